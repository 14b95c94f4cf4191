#include "clients/ClientValidator.h"
#include "clients/ClientVocabulary.h"
#include "geo/Divisions.h"
#include "identity/ResidentId.h"

#include <QSet>
#include <QTest>

using namespace kq;

namespace {

const QDate kToday(2026, 1, 5);
// 110105 朝阳区, born 1990-03-07, sequence 123 (odd: male), check character 9.
const QString kIdNumber = QStringLiteral("110105199003071239");
// 110103 was 崇文区, merged into 东城区 in 2010: still in the ID numbers of people registered there.
const QString kAbolishedArea = QStringLiteral("110103");

QString idNumberFor(const QString& area, const QDate& birth, int sequence)
{
    return ResidentId::compose(area, birth, sequence);
}

Guardian guardian(const QString& name, const QString& relation, const QString& phone, bool legal = true,
                  bool signing = false)
{
    Guardian g;
    g.name = name;
    g.relation = relation;
    g.phone = phone;
    g.legalGuardian = legal;
    g.signingContact = signing;
    return g;
}

// An adult with the least a valid record needs; birth date and gender come from the ID number.
ClientRecord minimal()
{
    ClientRecord r;
    r.name = QStringLiteral("张三");
    r.idNumber = kIdNumber;
    r.residenceCounty = QStringLiteral("110105");
    return r;
}

// A child (born 2016) with no ID number to hand.
ClientRecord child()
{
    ClientRecord r;
    r.name = QStringLiteral("曾小乐");
    r.gender = Gender::Female;
    r.birthDate = QDate(2016, 5, 20);
    r.residenceCounty = QStringLiteral("110105");
    return r;
}

QStringList fieldsOf(const ClientCheck& check)
{
    QStringList fields;
    for (const Error& e : check.errors)
        fields << e.field;
    return fields;
}

QString describe(const ClientCheck& check)
{
    QStringList lines;
    for (const Error& e : check.errors)
        lines << e.describe();
    return lines.join(QStringLiteral(" | "));
}

} // namespace

#define KQ_VERIFY_VALID(check) QVERIFY2((check).ok(), qPrintable(describe(check)))

class TestClientValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void minimalRecordIsValidAndDerivesBirthDateAndGender()
    {
        ClientRecord r = minimal();
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        KQ_VERIFY_VALID(check);
        QVERIFY(check.notices.isEmpty());
        QCOMPARE(r.birthDate, QDate(1990, 3, 7));
        QCOMPARE(r.gender, Gender::Male);
        QCOMPARE(r.idNumber, kIdNumber);
        QVERIFY(check.summary().isEmpty());
    }

    void trimsText()
    {
        ClientRecord r = minimal();
        r.name = QStringLiteral("  张三 \t");
        r.address = QStringLiteral("  朝阳北路1号  ");
        r.notes = QStringLiteral(" note ");
        r.idNumber = QStringLiteral(" 110105 19900307 1239 ");
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        KQ_VERIFY_VALID(check);
        QCOMPARE(r.name, QStringLiteral("张三"));
        QCOMPARE(r.address, QStringLiteral("朝阳北路1号"));
        QCOMPARE(r.notes, QStringLiteral("note"));
        QCOMPARE(r.idNumber, kIdNumber);
    }

    void nameIsRequired_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("ideographic space") << QStringLiteral("\u3000");
    }
    void nameIsRequired()
    {
        QFETCH(QString, name);
        ClientRecord r = minimal();
        r.name = name;
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), QStringList{QStringLiteral("name")});
    }

    void nameLength()
    {
        ClientRecord r = minimal();
        r.name = QString(40, u'名');
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        r.name = QString(41, u'名');
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("name")});
    }

    void nameWithMinorityMiddleDotIsValid()
    {
        ClientRecord r = minimal();
        r.name = QStringLiteral("阿依古丽·买买提");
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
    }

    void nameRefusesControlAndDirectionCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("tab inside") << QStringLiteral("张\t三");
        QTest::newRow("newline inside") << QStringLiteral("张\n三");
        QTest::newRow("bell") << QStringLiteral("张三\u0007");
        QTest::newRow("right-to-left override") << QStringLiteral("张\u202E三");
        QTest::newRow("right-to-left mark") << QStringLiteral("\u200F张三");
        QTest::newRow("right-to-left isolate") << QStringLiteral("张\u2067三");
        QTest::newRow("zero-width space") << QStringLiteral("张\u200B三");
        QTest::newRow("nul") << QString(QStringLiteral("张三") + QChar(0) + QStringLiteral("丰"));
    }
    void nameRefusesControlAndDirectionCharacters()
    {
        QFETCH(QString, name);
        ClientRecord r = minimal();
        r.name = name;
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), QStringList{QStringLiteral("name")});
    }

    void guardianAndAssessorTextRefusesDirectionCharacters()
    {
        ClientRecord r = minimal();
        r.riskAssessor = QStringLiteral("zhao\u202Emin");
        r.guardians << guardian(QStringLiteral("张\u202E父"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"));
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QVERIFY2(fieldsOf(check).contains(QStringLiteral("risk-assessor")), qPrintable(describe(check)));
        QVERIFY2(fieldsOf(check).contains(QStringLiteral("guardian-1-name")), qPrintable(describe(check)));
    }

    void idNumberErrorsNameTheIdField_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::newRow("check character") << QStringLiteral("110105199003071238");
        QTest::newRow("too short") << QStringLiteral("11010519900307123");
        QTest::newRow("too long") << QStringLiteral("1101051990030712399");
        QTest::newRow("letter") << QStringLiteral("11010519900307A239");
        QTest::newRow("bad date") << QStringLiteral("110105199002301230");
        QTest::newRow("future birth") << idNumberFor(QStringLiteral("110105"), kToday.addDays(1), 123);
        QTest::newRow("15 digits with X") << QStringLiteral("11010590030712X");
        QTest::newRow("area code 9") << QStringLiteral("910105199003071239");
    }
    void idNumberErrorsNameTheIdField()
    {
        QFETCH(QString, idNumber);
        ClientRecord r = minimal();
        r.idNumber = idNumber;
        // Birth date and gender given, so that the ID number is the only problem.
        r.birthDate = QDate(1990, 3, 7);
        r.gender = Gender::Male;
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), QStringList{QStringLiteral("id-number")});
        QVERIFY(!check.errors.first().message.isEmpty());
    }

    void blankIdNumberMeansNone()
    {
        ClientRecord r = child();
        r.idNumber = QStringLiteral("   ");
        r.guardians << guardian(QStringLiteral("曾强"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"));
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        QVERIFY(r.idNumber.isEmpty());
    }

    void legacyIdNumberIsUpgradedWithANotice()
    {
        ClientRecord r = minimal();
        r.idNumber = QStringLiteral("110105900307123");
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        KQ_VERIFY_VALID(check);
        QCOMPARE(r.idNumber, kIdNumber);
        QCOMPARE(r.birthDate, QDate(1990, 3, 7));
        QCOMPARE(r.gender, Gender::Male);
        QCOMPARE(check.notices.size(), 1);
        // The notice shows the upgraded number masked, never in full.
        QVERIFY2(!check.notices.first().contains(kIdNumber), qPrintable(check.notices.first()));
        QVERIFY2(check.notices.first().contains(ResidentId::mask(kIdNumber)),
                 qPrintable(check.notices.first()));
    }

    void lowerCaseCheckCharacterIsUpperCased()
    {
        ClientRecord r = minimal();
        r.idNumber = QStringLiteral("11010519750101123x");
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        QCOMPARE(r.idNumber, QStringLiteral("11010519750101123X"));
    }

    void givenBirthDateAndGenderAreCrossChecked()
    {
        ClientRecord r = minimal();
        r.birthDate = QDate(1990, 3, 7);
        r.gender = Gender::Male;
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));

        r = minimal();
        r.birthDate = QDate(1990, 7, 3);
        r.gender = Gender::Male;
        ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), QStringList{QStringLiteral("birth-date")});
        QCOMPARE(r.birthDate, QDate(1990, 7, 3)); // the entered date is kept for the person to correct

        r = minimal();
        r.gender = Gender::Female;
        check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), QStringList{QStringLiteral("gender")});
        QCOMPARE(r.gender, Gender::Female);

        r = minimal();
        r.birthDate = QDate(1991, 3, 7);
        r.gender = Gender::Female;
        check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), (QStringList{QStringLiteral("birth-date"), QStringLiteral("gender")}));
    }

    void femaleIdNumberDerivesFemale()
    {
        ClientRecord r = minimal();
        r.idNumber = idNumberFor(QStringLiteral("440308"), QDate(1985, 7, 15), 8);
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        QCOMPARE(r.gender, Gender::Female);
        QCOMPARE(r.birthDate, QDate(1985, 7, 15));
    }

    void areaCodeOfAnAbolishedCountyIsAcceptedWithANotice()
    {
        QVERIFY(!Divisions::instance().all().isEmpty());
        QVERIFY2(!Divisions::instance().isCounty(kAbolishedArea), "110103 (崇文区) should not be current");
        QVERIFY(Divisions::instance().isCounty(QStringLiteral("110101")));
        ClientRecord r = minimal();
        r.idNumber = idNumberFor(kAbolishedArea, QDate(1962, 10, 1), 57);
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        KQ_VERIFY_VALID(check);
        QCOMPARE(check.notices.size(), 1);
        QVERIFY2(check.notices.first().contains(kAbolishedArea), qPrintable(check.notices.first()));
        QCOMPARE(r.birthDate, QDate(1962, 10, 1));

        // A legacy 15-digit number from the abolished county: both notices.
        r = minimal();
        r.idNumber = kAbolishedArea + QStringLiteral("621001057");
        const ClientCheck legacy = ClientValidator::normalise(r, kToday);
        KQ_VERIFY_VALID(legacy);
        QCOMPARE(legacy.notices.size(), 2);
        QCOMPARE(r.idNumber, idNumberFor(kAbolishedArea, QDate(1962, 10, 1), 57));
    }

    void birthDateRules()
    {
        // No ID number: the birth date is required.
        ClientRecord r = child();
        r.guardians << guardian(QStringLiteral("曾强"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"));
        r.birthDate = QDate();
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("birth-date")});

        r.birthDate = kToday.addDays(1);
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("birth-date")});

        r.birthDate = QDate(1899, 12, 31);
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("birth-date")});

        r.birthDate = kToday; // born today: a valid (if unusual) date
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
    }

    void genderIsRequiredWithoutIdNumber()
    {
        ClientRecord r = child();
        r.guardians << guardian(QStringLiteral("曾强"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"));
        r.gender = Gender::Unknown;
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("gender")});
    }

    void residenceCountyIsRequiredAndMustBeACounty_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("county") << QStringLiteral("110105") << true;
        QTest::newRow("county-level city") << QStringLiteral("130181") << true;
        QTest::newRow("province") << QStringLiteral("110000") << false;
        QTest::newRow("prefecture") << QStringLiteral("130100") << false;
        QTest::newRow("abolished") << kAbolishedArea << false;
        QTest::newRow("letters") << QStringLiteral("abcdef") << false;
        QTest::newRow("short") << QStringLiteral("11010") << false;
    }
    void residenceCountyIsRequiredAndMustBeACounty()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        if (!code.isEmpty())
            QCOMPARE(Divisions::instance().isCounty(code), valid);
        ClientRecord r = minimal();
        r.residenceCounty = code;
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), valid ? QStringList() : QStringList{QStringLiteral("residence-county")});
    }

    void householdCountyIsOptionalButValidated()
    {
        ClientRecord r = minimal();
        r.householdCounty.clear();
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        r.householdCounty = QStringLiteral("370102");
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        r.householdCounty = QStringLiteral("370100");
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)),
                 QStringList{QStringLiteral("household-county")});
        r.householdCounty = kAbolishedArea;
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)),
                 QStringList{QStringLiteral("household-county")});
    }

    void phoneIsNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::newRow("mobile with spaces")
            << QStringLiteral("138 0013 8000") << QStringLiteral("13800138000");
        QTest::newRow("mobile +86") << QStringLiteral("+86 138-0013-8000") << QStringLiteral("13800138000");
        QTest::newRow("landline") << QStringLiteral("(010) 6512 3456") << QStringLiteral("01065123456");
        QTest::newRow("landline with extension")
            << QStringLiteral("0571-87654321 转 802") << QStringLiteral("057187654321-802");
        QTest::newRow("full-width") << QStringLiteral("１３８００１３８０００")
                                    << QStringLiteral("13800138000");
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
    }
    void phoneIsNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        ClientRecord r = minimal();
        r.phone = input;
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        QCOMPARE(r.phone, digits);
    }

    void invalidPhoneNamesThePhoneField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("too short") << QStringLiteral("1380013800");
        QTest::newRow("no area code") << QStringLiteral("65123456");
        QTest::newRow("letters") << QStringLiteral("138abc38000");
        QTest::newRow("mobile 12") << QStringLiteral("12800138000");
    }
    void invalidPhoneNamesThePhoneField()
    {
        QFETCH(QString, input);
        ClientRecord r = minimal();
        r.phone = input;
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("phone")});
    }

    void diagnosisIsAnIcd10FCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("normalised"); // empty: invalid
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("F20") << QStringLiteral("F20") << QStringLiteral("F20");
        QTest::newRow("F20.0") << QStringLiteral("F20.0") << QStringLiteral("F20.0");
        QTest::newRow("F31.81") << QStringLiteral("F31.81") << QStringLiteral("F31.81");
        QTest::newRow("lower case, spaces") << QStringLiteral(" f25.1 ") << QStringLiteral("F25.1");
        QTest::newRow("not chapter F") << QStringLiteral("G40.0") << QString();
        QTest::newRow("one digit") << QStringLiteral("F2") << QString();
        QTest::newRow("three decimals") << QStringLiteral("F20.123") << QString();
        QTest::newRow("trailing dot") << QStringLiteral("F20.") << QString();
        QTest::newRow("no letter") << QStringLiteral("20.0") << QString();
        QTest::newRow("words") << QStringLiteral("schizophrenia") << QString();
    }
    void diagnosisIsAnIcd10FCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, normalised);
        ClientRecord r = minimal();
        r.diagnosisCode = code;
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        const bool expectValid = code.isEmpty() || !normalised.isEmpty();
        if (expectValid) {
            KQ_VERIFY_VALID(check);
            QCOMPARE(r.diagnosisCode, normalised);
        } else {
            QCOMPARE(fieldsOf(check), QStringList{QStringLiteral("diagnosis")});
        }
    }

    void riskLevelRules_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QDate>("assessedOn");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("not assessed") << -1 << QDate() << QStringList();
        for (int level = 0; level <= 5; ++level) {
            QTest::addRow("level %d with date", level) << level << kToday.addDays(-3) << QStringList();
            QTest::addRow("level %d without date", level)
                << level << QDate() << QStringList{QStringLiteral("risk-assessed-on")};
        }
        QTest::newRow("assessed today") << 2 << kToday << QStringList();
        QTest::newRow("future date") << 2 << kToday.addDays(1)
                                     << QStringList{QStringLiteral("risk-assessed-on")};
        QTest::newRow("6") << 6 << kToday << QStringList{QStringLiteral("risk-level")};
        QTest::newRow("-2") << -2 << kToday << QStringList{QStringLiteral("risk-level")};
    }
    void riskLevelRules()
    {
        QFETCH(int, level);
        QFETCH(QDate, assessedOn);
        QFETCH(QStringList, fields);
        ClientRecord r = minimal();
        r.riskLevel = level;
        r.riskAssessedOn = assessedOn;
        r.riskAssessor = QStringLiteral("zhao.min");
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check), fields);
    }

    void disabilityLevelNeedsCertificate_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("none") << 0 << QString() << QStringList();
        QTest::newRow("level 2 with certificate")
            << 2 << QStringLiteral("11010519900307123962") << QStringList();
        QTest::newRow("level 1 without")
            << 1 << QString() << QStringList{QStringLiteral("disability-certificate")};
        QTest::newRow("level 4 blank")
            << 4 << QStringLiteral("  ") << QStringList{QStringLiteral("disability-certificate")};
        QTest::newRow("level 5") << 5 << QStringLiteral("x")
                                 << QStringList{QStringLiteral("disability-level")};
        QTest::newRow("level -1") << -1 << QString() << QStringList{QStringLiteral("disability-level")};
        QTest::newRow("certificate too long")
            << 3 << QString(31, u'1') << QStringList{QStringLiteral("disability-certificate")};
    }
    void disabilityLevelNeedsCertificate()
    {
        QFETCH(int, level);
        QFETCH(QString, certificate);
        QFETCH(QStringList, fields);
        ClientRecord r = minimal();
        r.disabilityLevel = level;
        r.disabilityCertificate = certificate;
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), fields);
    }

    void guardianFieldsAreNamedByPosition()
    {
        ClientRecord r = minimal();
        r.guardians << guardian(QStringLiteral("张父"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"), true, true)
                    << guardian(QString(), QStringLiteral("father-in-law"), QString(), false)
                    << guardian(QStringLiteral("张姐"), QStringLiteral("sibling"), QStringLiteral("12345"),
                                false);
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QCOMPARE(fieldsOf(check),
                 (QStringList{QStringLiteral("guardian-2-name"), QStringLiteral("guardian-2-relation"),
                              QStringLiteral("guardian-2-phone"), QStringLiteral("guardian-3-phone")}));
        // Messages say which guardian.
        for (const Error& e : check.errors)
            QVERIFY2(e.message.contains(QStringLiteral("Guardian ")), qPrintable(e.message));
    }

    void guardianPhoneIsNormalised()
    {
        ClientRecord r = minimal();
        r.guardians << guardian(QStringLiteral("张父"), QStringLiteral("parent"),
                                QStringLiteral("+86 139 1234 5678"));
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        QCOMPARE(r.guardians.first().phone, QStringLiteral("13912345678"));
    }

    void guardianTextLimits()
    {
        ClientRecord r = minimal();
        r.guardians << guardian(QString(41, u'名'), QStringLiteral("parent"), QStringLiteral("13912345678"));
        r.guardians.first().address = QString(201, u'路');
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)),
                 (QStringList{QStringLiteral("guardian-1-name"), QStringLiteral("guardian-1-address")}));
    }

    void loneGuardianBecomesTheSigningContact()
    {
        ClientRecord r = minimal();
        r.guardians << guardian(QStringLiteral("张父"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"), false, false);
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        QVERIFY(r.guardians.first().signingContact);
    }

    void exactlyOneSigningContactAmongSeveral()
    {
        ClientRecord r = minimal();
        r.guardians << guardian(QStringLiteral("张父"), QStringLiteral("parent"),
                                QStringLiteral("13912345678"))
                    << guardian(QStringLiteral("张母"), QStringLiteral("parent"),
                                QStringLiteral("13987654321"));
        ClientRecord none = r;
        QCOMPARE(fieldsOf(ClientValidator::normalise(none, kToday)),
                 QStringList{QStringLiteral("signing-contact")});
        QVERIFY(!none.guardians[0].signingContact && !none.guardians[1].signingContact); // no guessing

        ClientRecord two = r;
        two.guardians[0].signingContact = true;
        two.guardians[1].signingContact = true;
        QCOMPARE(fieldsOf(ClientValidator::normalise(two, kToday)),
                 QStringList{QStringLiteral("signing-contact")});

        ClientRecord one = r;
        one.guardians[1].signingContact = true;
        KQ_VERIFY_VALID(ClientValidator::normalise(one, kToday));

        ClientRecord loneTwice = minimal(); // a lone guardian already marked stays marked
        loneTwice.guardians << guardian(QStringLiteral("张父"), QStringLiteral("parent"),
                                        QStringLiteral("13912345678"), true, true);
        KQ_VERIFY_VALID(ClientValidator::normalise(loneTwice, kToday));
    }

    void aChildNeedsALegalGuardian()
    {
        ClientRecord noGuardian = child();
        QCOMPARE(fieldsOf(ClientValidator::normalise(noGuardian, kToday)),
                 QStringList{QStringLiteral("guardians")});

        ClientRecord carerOnly = child();
        carerOnly.guardians << guardian(QStringLiteral("曾奶奶"), QStringLiteral("relative"),
                                        QStringLiteral("13912345678"), false);
        QCOMPARE(fieldsOf(ClientValidator::normalise(carerOnly, kToday)),
                 QStringList{QStringLiteral("guardians")});

        ClientRecord withLegal = child();
        withLegal.guardians << guardian(QStringLiteral("曾奶奶"), QStringLiteral("relative"),
                                        QStringLiteral("13912345678"), false, false)
                            << guardian(QStringLiteral("曾强"), QStringLiteral("parent"),
                                        QStringLiteral("13987654321"), true, true);
        KQ_VERIFY_VALID(ClientValidator::normalise(withLegal, kToday));
    }

    void statusMustBeALifecycleState()
    {
        ClientRecord r = minimal();
        r.status = QStringLiteral("archived");
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("status")});
        r.status = QStringLiteral("in_service");
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
    }

    void forAChildTheGuardianWhoSignsIsALegalGuardian()
    {
        ClientRecord r = child();
        r.guardians << guardian(QStringLiteral("曾奶奶"), QStringLiteral("relative"),
                                QStringLiteral("13912345678"), false, true)
                    << guardian(QStringLiteral("曾强"), QStringLiteral("parent"),
                                QStringLiteral("13987654321"), true, false);
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)),
                 QStringList{QStringLiteral("signing-contact")});

        // An adult may sign with any guardian, legal or not.
        ClientRecord adult = minimal();
        adult.guardians = r.guardians;
        KQ_VERIFY_VALID(ClientValidator::normalise(adult, kToday));
    }

    void fourteenthBirthdayEndsTheChildRule()
    {
        ClientRecord r = child();
        r.birthDate = kToday.addYears(-14); // 14 today: adolescent
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
        r.birthDate = kToday.addYears(-14).addDays(1); // 14 tomorrow: still a child
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("guardians")});
    }

    void childRuleUsesTheBirthDateFromTheIdNumber()
    {
        ClientRecord r = minimal();
        r.idNumber = idNumberFor(QStringLiteral("110105"), QDate(2015, 8, 1), 124);
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)), QStringList{QStringLiteral("guardians")});
        QCOMPARE(r.gender, Gender::Female);
    }

    void textLimitsOfOtherFields()
    {
        ClientRecord r = minimal();
        r.address = QString(201, u'路');
        r.notes = QString(4001, u'x');
        r.caseManager = QString(33, u'a');
        r.riskAssessor = QString(41, u'a');
        QCOMPARE(fieldsOf(ClientValidator::normalise(r, kToday)),
                 (QStringList{QStringLiteral("address"), QStringLiteral("risk-assessor"),
                              QStringLiteral("case-manager"), QStringLiteral("notes")}));
        // Line breaks are fine in free text.
        r = minimal();
        r.address = QStringLiteral("朝阳北路1号\n3单元");
        r.notes = QStringLiteral("第一行\n第二行\t缩进");
        KQ_VERIFY_VALID(ClientValidator::normalise(r, kToday));
    }

    void everyInvalidFieldIsReportedAtOnce()
    {
        ClientRecord r;
        r.name = QStringLiteral("张\u202E三");
        r.idNumber = QStringLiteral("110105199003071238"); // wrong check character
        r.gender = Gender::Male;
        r.birthDate = kToday.addYears(1);
        r.phone = QStringLiteral("12345");
        r.householdCounty = QStringLiteral("999999");
        r.residenceCounty.clear();
        r.diagnosisCode = QStringLiteral("X99");
        r.riskLevel = 3;
        r.disabilityLevel = 2;
        r.guardians << guardian(QString(), QStringLiteral("parent"), QStringLiteral("13912345678"), true,
                                true)
                    << guardian(QStringLiteral("张母"), QStringLiteral("aunt"), QStringLiteral("5"), false,
                                true);
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        const QStringList fields = fieldsOf(check);
        const QStringList expected{QStringLiteral("name"),
                                   QStringLiteral("id-number"),
                                   QStringLiteral("birth-date"),
                                   QStringLiteral("phone"),
                                   QStringLiteral("household-county"),
                                   QStringLiteral("residence-county"),
                                   QStringLiteral("diagnosis"),
                                   QStringLiteral("risk-assessed-on"),
                                   QStringLiteral("disability-certificate"),
                                   QStringLiteral("guardian-1-name"),
                                   QStringLiteral("guardian-2-relation"),
                                   QStringLiteral("guardian-2-phone"),
                                   QStringLiteral("signing-contact")};
        for (const QString& f : expected)
            QVERIFY2(fields.contains(f), qPrintable(f + QStringLiteral(" missing from: ") + describe(check)));
        QCOMPARE(QSet<QString>(fields.begin(), fields.end()).size(), fields.size()); // each field once
        QCOMPARE(fields.size(), expected.size());
        QCOMPARE(check.summary().split(u'\n').size(), check.errors.size());
        for (const Error& e : check.errors)
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    }

    void errorsNeverQuoteTheFullIdNumber()
    {
        ClientRecord r = minimal();
        r.birthDate = QDate(1991, 1, 1);
        r.gender = Gender::Female;
        const ClientCheck check = ClientValidator::normalise(r, kToday);
        QVERIFY(!check.ok());
        QVERIFY2(!check.summary().contains(kIdNumber), qPrintable(check.summary()));
    }
};

QTEST_GUILESS_MAIN(TestClientValidator)
#include "TestClientValidator.moc"
