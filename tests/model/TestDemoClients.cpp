#include "clients/ClientValidator.h"
#include "clients/ClientVocabulary.h"
#include "demo/DemoClients.h"
#include "geo/Divisions.h"
#include "identity/ResidentId.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace kq;

namespace {

const QDate kToday(2026, 1, 5);
const QStringList kManagers{QStringLiteral("zhao.min"), QStringLiteral("qian.li")};

// Every field of a record, guardians included, as one line: for comparing generated people.
QString describe(const ClientRecord& r)
{
    QStringList parts{r.id,
                      r.name,
                      ClientVocabulary::genderKey(r.gender),
                      r.birthDate.toString(Qt::ISODate),
                      r.idNumber,
                      r.phone,
                      r.address,
                      r.householdCounty,
                      r.residenceCounty,
                      r.diagnosisCode,
                      ClientVocabulary::severeDisorderKey(r.severeDisorder),
                      QString::number(r.riskLevel),
                      r.riskAssessedOn.toString(Qt::ISODate),
                      r.riskAssessor,
                      r.disabilityCertificate,
                      QString::number(r.disabilityLevel),
                      QString::number(r.lowIncome),
                      QString::number(r.hardshipAllowance),
                      QString::number(r.severeDisabilityCare),
                      QString::number(r.guardianshipReward),
                      ClientVocabulary::insuranceKey(r.insurance),
                      r.caseManager,
                      r.status,
                      r.notes,
                      QString::number(r.rev)};
    for (const Guardian& g : r.guardians)
        parts << g.id << g.name << g.relation << g.phone << g.address << QString::number(g.legalGuardian)
              << QString::number(g.signingContact);
    return parts.join(u'|');
}

QList<ClientRecord> generate(quint32 seed, int count, const QDate& today = kToday,
                             const QStringList& managers = kManagers)
{
    DemoClients demo(seed, today, managers);
    QList<ClientRecord> out;
    for (int i = 0; i < count; ++i)
        out << demo.next();
    return out;
}

QString errorsOf(const ClientCheck& check)
{
    QStringList lines;
    for (const Error& e : check.errors)
        lines << e.describe();
    return lines.join(QStringLiteral(" | "));
}

} // namespace

class TestDemoClients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesTheSamePeople()
    {
        const QList<ClientRecord> a = generate(42, 300);
        const QList<ClientRecord> b = generate(42, 300);
        QCOMPARE(a.size(), 300);
        QCOMPARE(b.size(), 300);
        for (int i = 0; i < a.size(); ++i)
            QCOMPARE(describe(a[i]), describe(b[i]));
    }

    void differentSeedsGiveDifferentPeople()
    {
        const QList<ClientRecord> a = generate(42, 100);
        const QList<ClientRecord> b = generate(43, 100);
        int same = 0;
        for (int i = 0; i < a.size(); ++i)
            same += describe(a[i]) == describe(b[i]) ? 1 : 0;
        QCOMPARE(same, 0);
        QSet<QString> idsA;
        for (const ClientRecord& r : a)
            idsA << r.idNumber;
        int shared = 0;
        for (const ClientRecord& r : b)
            shared += idsA.contains(r.idNumber) ? 1 : 0;
        QVERIFY2(shared < 5, qPrintable(QString::number(shared)));
    }

    void everyRecordIsValidAsGenerated_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("managers");
        QTest::newRow("seed 1") << quint32(1) << kToday << kManagers;
        QTest::newRow("seed 20260105") << quint32(20260105) << kToday << kManagers;
        QTest::newRow("leap day") << quint32(7) << QDate(2028, 2, 29) << kManagers;
        QTest::newRow("new year's eve") << quint32(8) << QDate(2025, 12, 31) << kManagers;
        QTest::newRow("no case managers") << quint32(9) << kToday << QStringList();
    }
    void everyRecordIsValidAsGenerated()
    {
        QFETCH(quint32, seed);
        QFETCH(QDate, today);
        QFETCH(QStringList, managers);
        const QList<ClientRecord> records = generate(seed, 2000, today, managers);
        for (const ClientRecord& generated : records) {
            ClientRecord r = generated;
            const ClientCheck check = ClientValidator::normalise(r, today);
            QVERIFY2(check.ok(), qPrintable(generated.name + QStringLiteral(": ") + errorsOf(check)));
            // Current county codes only, so no notices; already in normal form.
            QVERIFY2(check.notices.isEmpty(), qPrintable(check.notices.join(u' ')));
            QCOMPARE(describe(r), describe(generated));
        }
    }

    void idNumbersAreValidAndUnique()
    {
        const QList<ClientRecord> records = generate(20260105, 5000);
        QSet<QString> seen;
        for (const ClientRecord& r : records) {
            const Result<ResidentId> id = ResidentId::parse(r.idNumber, kToday);
            QVERIFY2(id, qPrintable(r.idNumber));
            QCOMPARE(id.value().number, r.idNumber);
            QVERIFY(!id.value().upgradedFromLegacy);
            QCOMPARE(id.value().birthDate, r.birthDate);
            QCOMPARE(id.value().gender, r.gender);
            QCOMPARE(id.value().areaCode, r.householdCounty);
            QVERIFY(Divisions::instance().isCounty(id.value().areaCode));
            QVERIFY2(!seen.contains(r.idNumber), qPrintable(r.idNumber));
            seen << r.idNumber;
        }
    }

    void agesAndGuardiansArePlausible()
    {
        const QList<ClientRecord> records = generate(5, 3000);
        QHash<AgeGroup, int> groups;
        QHash<int, int> risks;
        int children = 0;
        int withPhone = 0;
        for (const ClientRecord& r : records) {
            const int age = ClientVocabulary::ageOn(r.birthDate, kToday);
            QVERIFY2(age >= 10 && age <= 90, qPrintable(QString::number(age)));
            const AgeGroup group = ClientVocabulary::ageGroupOn(r.birthDate, kToday);
            ++groups[group];
            ++risks[r.riskLevel];
            withPhone += r.phone.isEmpty() ? 0 : 1;

            QVERIFY(!r.guardians.isEmpty());
            QVERIFY(r.guardians.size() <= 2);
            int signing = 0;
            bool legal = false;
            for (int i = 0; i < r.guardians.size(); ++i) {
                const Guardian& g = r.guardians[i];
                QVERIFY(ClientVocabulary::relationKeys().contains(g.relation));
                QVERIFY(g.name.size() >= 2 && g.name.size() <= 3);
                QVERIFY(g.phone != r.phone);
                signing += g.signingContact ? 1 : 0;
                legal = legal || g.legalGuardian;
                // Relations that fit the client's age.
                if (age < 18)
                    QVERIFY2(g.relation != u"spouse" && g.relation != u"child",
                             qPrintable(r.name + g.relation));
                if (g.relation == u"child")
                    QVERIFY2(age >= 40, qPrintable(QString::number(age)));
                if (g.relation == u"spouse")
                    QVERIFY2(age >= 20, qPrintable(QString::number(age)));
                if (g.relation == u"parent")
                    QVERIFY2(age < 60, qPrintable(QString::number(age)));
            }
            QCOMPARE(signing, 1);
            if (age < 45)
                QCOMPARE(r.guardians.first().relation, QStringLiteral("parent"));
            if (group == AgeGroup::Child) {
                ++children;
                QVERIFY2(legal, qPrintable(r.name));
                // The one who signs for a child is a legal guardian.
                for (const Guardian& g : r.guardians)
                    if (g.signingContact)
                        QVERIFY(g.legalGuardian);
            }

            // Clinical and benefit fields that hang together.
            QVERIFY(r.riskLevel >= 0 && r.riskLevel <= 5);
            QVERIFY(r.riskAssessedOn.isValid() && r.riskAssessedOn <= kToday);
            QVERIFY(r.riskAssessedOn >= kToday.addDays(-180));
            QVERIFY(r.riskAssessedOn >= r.birthDate);
            QVERIFY(kManagers.contains(r.caseManager));
            QVERIFY(kManagers.contains(r.riskAssessor));
            QVERIFY(r.diagnosisCode.startsWith(u'F'));
            QCOMPARE(r.disabilityLevel > 0, !r.disabilityCertificate.isEmpty());
            if (r.hardshipAllowance || r.severeDisabilityCare)
                QVERIFY(r.disabilityLevel > 0);
            if (r.severeDisabilityCare)
                QVERIFY(r.disabilityLevel <= 2);
            QVERIFY(Divisions::instance().isCounty(r.residenceCounty));
            QCOMPARE(r.status, QStringLiteral("registered"));
            QVERIFY(r.id.isEmpty()); // the repository gives ids
        }
        // A realistic spread: mostly adults, every group and every risk level present, some
        // children (who need legal guardians) among them.
        for (AgeGroup g : {AgeGroup::Child, AgeGroup::Adolescent, AgeGroup::Adult, AgeGroup::Older})
            QVERIFY2(groups.value(g) > 0, qPrintable(ClientVocabulary::ageGroupKey(g)));
        QVERIFY(groups.value(AgeGroup::Adult) > records.size() / 2);
        QVERIFY(children > 0);
        for (int level = 0; level <= 5; ++level)
            QVERIFY2(risks.value(level) > 0, qPrintable(QString::number(level)));
        QVERIFY(risks.value(0) > risks.value(3)); // most are stable
        QVERIFY(withPhone > records.size() / 2 && withPhone < records.size());
    }

    void namesAreChineseAndVaried()
    {
        const QList<ClientRecord> records = generate(11, 2000);
        QSet<QString> names;
        QSet<QString> surnames;
        for (const ClientRecord& r : records) {
            QVERIFY(r.name.size() == 2 || r.name.size() == 3);
            for (QChar c : r.name)
                QVERIFY2(c.script() == QChar::Script_Han, qPrintable(r.name));
            names << r.name;
            surnames << r.name.left(1);
        }
        QVERIFY2(names.size() > 1000, qPrintable(QString::number(names.size())));
        QVERIFY2(surnames.size() > 50, qPrintable(QString::number(surnames.size())));
    }
};

QTEST_GUILESS_MAIN(TestDemoClients)
#include "TestDemoClients.moc"
