#include "core/TextLimits.h"
#include "lifecycle/Application.h"
#include "lifecycle/LifecycleRules.h"

#include <QTest>

using namespace kq;

namespace {

const QDate kToday(2026, 11, 23);
const QString kSql = QStringLiteral("'; DROP TABLE clients;--");

CaseFacts inService()
{
    CaseFacts f;
    f.state = CaseState::InService;
    f.wayIn = WayIn::Voluntary;
    f.appliedOn = kToday.addDays(-60);
    f.stateSince = kToday.addDays(-30);
    f.intakeAssessed = f.planned = f.agreementSigned = true;
    return f;
}

CaseInput greenChannel(const QString& hospital, const QString& reason)
{
    CaseInput in;
    in.reason = reason;
    in.details.insert(QStringLiteral("hospital"), hospital);
    return in;
}

} // namespace

// The default limits on typed text (decision 0020) and the records that use them: the same
// refusal, naming the field and the limit, whether the value came from a form, the command line or sync.
class TestTextLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesScriptsAndEmojiUpToTheLimitAreData()
    {
        const QString name = (kSql + QStringLiteral("康复😀")).leftJustified(TextLimits::kOrganisation, u'桥');
        QVERIFY(!TextLimits::check(name, QStringLiteral("hospital"), QStringLiteral("The hospital"),
                                   TextLimits::kOrganisation, TextLimits::Kind::Line));
    }

    void overTheLimitIsRefusedNamingTheFieldAndTheLimit()
    {
        const std::optional<Error> e =
            TextLimits::check(QString(10 * 1024 * 1024, u'x'), QStringLiteral("reason"),
                              QStringLiteral("The reason"), TextLimits::kReason, TextLimits::Kind::Text);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("reason"));
        QVERIFY(e->message.contains(QStringLiteral("The reason")));
        QVERIFY(e->message.contains(QStringLiteral("2000")));
    }

    void aLineRefusesControlAndDirectionCharacters_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("right-to-left override") << QStringLiteral("abc\u202Edef");
        QTest::newRow("zero-width joiner") << QStringLiteral("ab\u200Dc");
        QTest::newRow("escape") << QStringLiteral("a\x1b[2Jb");
        QTest::newRow("line break") << QStringLiteral("a\nb");
    }

    void aLineRefusesControlAndDirectionCharacters()
    {
        QFETCH(QString, value);
        QVERIFY(TextLimits::check(value, QStringLiteral("doctor"), QStringLiteral("The doctor"), 40,
                                  TextLimits::Kind::Line));
    }

    void textKeepsLineBreaksAndDirectionMarksButNotControlCharacters()
    {
        const auto check = [](const QString& v) {
            return TextLimits::check(v, QStringLiteral("notes"), QStringLiteral("The notes"), 4000,
                                     TextLimits::Kind::Text);
        };
        QVERIFY(!check(QStringLiteral("第一行\n第二行\r\n\t缩进 مرحبا \u202Bخطة\u202C")));
        QVERIFY(check(QStringLiteral("a\x01b")));
        QVERIFY(check(QStringLiteral("a\x7f")));
    }

    void anApplicationNamesItsOverlongField()
    {
        Application a;
        a.wayIn = WayIn::Hospital;
        a.appliedOn = kToday;
        a.patientConsented = true;
        a.hospital = QString(10 * 1024 * 1024, u'院');
        Result<void> r = a.validate(kToday);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("hospital"));
        QVERIFY(r.error().message.contains(QStringLiteral("100")));
        a.hospital = QStringLiteral("北京安定医院");
        a.doctor = QStringLiteral("李\u202E医生");
        r = a.validate(kToday);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("doctor"));
    }

    void anApplicationDoesNotHoldTheFieldsOfAnotherWayInAgainstIt()
    {
        Application a;
        a.wayIn = WayIn::Voluntary;
        a.appliedOn = kToday;
        a.hospital = QString(1000, u'院'); // typed, then the way in changed: not kept
        QVERIFY(a.validate(kToday).ok());
    }

    void aCaseStepRefusesOverlongOrHiddenInputNamingIt()
    {
        const CaseFacts f = inService();
        Result<CaseState> r =
            LifecycleRules::check(f, CaseAction::GreenChannel,
                                  greenChannel(QStringLiteral("北京安定医院"), QString(2001, u'x')), kToday);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("reason"));
        r = LifecycleRules::check(f, CaseAction::GreenChannel,
                                  greenChannel(QStringLiteral("北京\u202E医院"), QStringLiteral("复发")),
                                  kToday);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("hospital"));
        CaseInput in = greenChannel(QStringLiteral("北京安定医院"), QStringLiteral("复发"));
        in.details.insert(kSql, QStringLiteral("x"));
        r = LifecycleRules::check(f, CaseAction::GreenChannel, in, kToday);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("details"));
        in = greenChannel(QStringLiteral("北京安定医院"), QStringLiteral("复发"));
        in.document = QString(65, u'9');
        r = LifecycleRules::check(f, CaseAction::GreenChannel, in, kToday);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("document"));
    }

    void aCaseStepTakesQuotesAndScriptsAsData()
    {
        const Result<CaseState> r =
            LifecycleRules::check(inService(), CaseAction::GreenChannel,
                                  greenChannel(QStringLiteral("O'Brien \"安定\" 医院"),
                                               kSql + QStringLiteral(" 😀 مرحبا \u202Eخطة\n")),
                                  kToday);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), CaseState::Hospitalised);
    }
};

QTEST_GUILESS_MAIN(TestTextLimits)
#include "TestTextLimits.moc"
