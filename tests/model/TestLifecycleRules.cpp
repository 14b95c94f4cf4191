#include "lifecycle/Application.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/WorkingCalendar.h"

#include <QTest>

using namespace kq;
using S = CaseState;
using A = CaseAction;

namespace {

const QDate kToday(2026, 11, 23); // a Monday

// Every precondition met: only the state decides.
CaseFacts readyFacts(CaseState state)
{
    CaseFacts f;
    f.state = state;
    f.wayIn = WayIn::Voluntary;
    f.appliedOn = kToday.addDays(-30);
    f.needsReviewedOn = kToday.addDays(-29);
    f.registeredOn = kToday.addDays(-28);
    f.waitingSince = kToday.addDays(-10);
    f.resumeState = S::InService;
    f.intakeAssessed = true;
    f.planned = true;
    f.agreementSigned = true;
    f.transferAssessed = true;
    return f;
}

// Every input any action asks for.
CaseInput fullInput()
{
    CaseInput in;
    in.reason = QStringLiteral("家属陪同来访");
    in.document = QStringLiteral("纸质协议 2026-118");
    Application app;
    app.wayIn = WayIn::Voluntary;
    app.appliedOn = kToday;
    in.details = app.toDetails();
    in.details.insert(QStringLiteral("outcome"), QStringLiteral("continue"));
    in.details.insert(QStringLiteral("centre"), QStringLiteral("朝阳区阳光康复中心"));
    in.details.insert(QStringLiteral("hospital"), QStringLiteral("北京安定医院"));
    in.details.insert(QStringLiteral("county"), QStringLiteral("110108"));
    in.details.insert(QStringLiteral("follow_up_on"), kToday.addMonths(1).toString(Qt::ISODate));
    return in;
}

// The workflow of DOMAIN.md written out by hand, independently of LifecycleRules::fromStates.
QMap<std::pair<S, A>, S> expectedTransitions()
{
    QMap<std::pair<S, A>, S> t;
    t[{S::Applied, A::ReviewNeeds}] = S::Applied;
    t[{S::Applied, A::Register}] = S::Registered;
    t[{S::Applied, A::DeclineRegistration}] = S::NotRegistered;
    t[{S::Applied, A::Withdraw}] = S::Closed;
    t[{S::Registered, A::PlaceOnWaitingList}] = S::Waiting;
    t[{S::Registered, A::ReferToCentre}] = S::Referred;
    t[{S::Registered, A::TransferOut}] = S::TransferredOut;
    t[{S::Registered, A::Withdraw}] = S::Closed;
    t[{S::NotRegistered, A::Reapply}] = S::Applied;
    t[{S::Waiting, A::ReviewWaiting}] = S::Waiting;
    t[{S::Waiting, A::ReferToCentre}] = S::Referred;
    t[{S::Waiting, A::TransferOut}] = S::TransferredOut;
    t[{S::Waiting, A::Withdraw}] = S::Closed;
    t[{S::Referred, A::AcceptReferral}] = S::Assessing;
    t[{S::Referred, A::DeclineReferral}] = S::Waiting;
    t[{S::Referred, A::TransferOut}] = S::TransferredOut;
    t[{S::Referred, A::Withdraw}] = S::Closed;
    t[{S::Assessing, A::CompleteIntake}] = S::AwaitingAgreement;
    t[{S::Assessing, A::GreenChannel}] = S::Hospitalised;
    t[{S::Assessing, A::TransferOut}] = S::TransferredOut;
    t[{S::Assessing, A::Withdraw}] = S::Closed;
    t[{S::AwaitingAgreement, A::StartService}] = S::InService;
    t[{S::AwaitingAgreement, A::GreenChannel}] = S::Hospitalised;
    t[{S::AwaitingAgreement, A::TransferOut}] = S::TransferredOut;
    t[{S::AwaitingAgreement, A::Withdraw}] = S::Closed;
    t[{S::InService, A::GreenChannel}] = S::Hospitalised;
    t[{S::InService, A::TransferOut}] = S::TransferredOut;
    t[{S::InService, A::Close}] = S::Closed;
    t[{S::InService, A::Withdraw}] = S::Closed;
    t[{S::Hospitalised, A::ResumeService}] = S::InService;
    t[{S::Hospitalised, A::TransferOut}] = S::TransferredOut;
    t[{S::Hospitalised, A::Close}] = S::Closed;
    t[{S::Hospitalised, A::Withdraw}] = S::Closed;
    t[{S::Closed, A::RecordFollowUp}] = S::Closed;
    t[{S::Closed, A::Reapply}] = S::Applied;
    return t;
}

Result<CaseState> check(const CaseFacts& f, CaseAction a, const CaseInput& in)
{
    return LifecycleRules::check(f, a, in, kToday);
}

} // namespace

class TestLifecycleRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStateTimesEveryAction()
    {
        const auto expected = expectedTransitions();
        int allowed = 0;
        for (CaseState s : CaseStates::all()) {
            for (CaseAction a : CaseActions::all()) {
                const Result<CaseState> r = check(readyFacts(s), a, fullInput());
                const QString where = CaseStates::key(s) + u' ' + CaseActions::key(a);
                if (expected.contains({s, a})) {
                    QVERIFY2(r.ok(),
                             qPrintable(where + QStringLiteral(": ") + (r ? QString() : r.error().message)));
                    const CaseState want = expected.value({s, a});
                    QVERIFY2(r.value() == want, qPrintable(where));
                    QVERIFY2(LifecycleRules::available(readyFacts(s)).contains(a), qPrintable(where));
                    ++allowed;
                } else {
                    QVERIFY2(!r.ok(), qPrintable(where + QStringLiteral(" should be refused")));
                    QCOMPARE(r.error().code, int(LifecycleRules::NotFromState));
                    // The message says what was tried and where the case stands.
                    QVERIFY2(r.error().message.contains(CaseStates::name(s)), qPrintable(r.error().message));
                    QVERIFY2(r.error().message.contains(CaseActions::name(a)), qPrintable(r.error().message));
                    QVERIFY(!LifecycleRules::available(readyFacts(s)).contains(a));
                }
            }
        }
        QCOMPARE(allowed, int(expected.size()));
    }

    void transferredOutIsReadOnlyAndHasNoActions()
    {
        QVERIFY(CaseStates::isReadOnly(S::TransferredOut));
        QVERIFY(LifecycleRules::available(readyFacts(S::TransferredOut)).isEmpty());
        for (CaseState s : CaseStates::all())
            QCOMPARE(CaseStates::isReadOnly(s), s == S::TransferredOut);
    }

    void keysRoundTrip()
    {
        for (CaseState s : CaseStates::all())
            QCOMPARE(CaseStates::fromKey(CaseStates::key(s)), s);
        for (CaseAction a : CaseActions::all())
            QCOMPARE(CaseActions::fromKey(CaseActions::key(a)), a);
        for (WayIn w : WaysIn::all())
            QCOMPARE(WaysIn::fromKey(WaysIn::key(w)), w);
        QVERIFY(!CaseStates::fromKey(QStringLiteral("active")));
    }

    void registrationNeedsAReviewForVoluntaryAndReportedApplications()
    {
        for (WayIn w : WaysIn::all()) {
            CaseFacts f = readyFacts(S::Applied);
            f.wayIn = w;
            f.needsReviewedOn = {};
            const Result<CaseState> r = check(f, A::Register, {});
            if (w == WayIn::Voluntary || w == WayIn::Reported) {
                QVERIFY(!r.ok());
                QCOMPARE(r.error().code, int(LifecycleRules::Precondition));
                QVERIFY(r.error().message.contains(QStringLiteral("needs review")));
            } else {
                QVERIFY(r.ok());
            }
        }
    }

    void reasonsAndDetailsAreRequiredByName_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("dropped"); // "reason" or a detail key
        QTest::addColumn<QString>("field");
        const auto row = [](const char* tag, S s, A a, const char* dropped, const char* field) {
            QTest::newRow(tag) << int(s) << int(a) << QString::fromLatin1(dropped)
                               << QString::fromLatin1(field);
        };
        row("review needs", S::Applied, A::ReviewNeeds, "reason", "reason");
        row("decline registration", S::Applied, A::DeclineRegistration, "reason", "reason");
        row("waiting list", S::Registered, A::PlaceOnWaitingList, "reason", "reason");
        row("re-review outcome", S::Waiting, A::ReviewWaiting, "outcome", "outcome");
        row("re-review summary", S::Waiting, A::ReviewWaiting, "reason", "reason");
        row("refer: centre", S::Registered, A::ReferToCentre, "centre", "centre");
        row("decline referral", S::Referred, A::DeclineReferral, "reason", "reason");
        row("green channel: hospital", S::InService, A::GreenChannel, "hospital", "hospital");
        row("green channel: reason", S::InService, A::GreenChannel, "reason", "reason");
        row("transfer: county", S::InService, A::TransferOut, "county", "county");
        row("transfer: reason", S::InService, A::TransferOut, "reason", "reason");
        row("close: follow-up", S::InService, A::Close, "follow_up_on", "follow_up_on");
        row("withdraw", S::Waiting, A::Withdraw, "reason", "reason");
        row("follow-up call", S::Closed, A::RecordFollowUp, "reason", "reason");
        row("reapply: date", S::Closed, A::Reapply, "applied_on", "applied-on");
    }

    void reasonsAndDetailsAreRequiredByName()
    {
        QFETCH(int, state);
        QFETCH(int, action);
        QFETCH(QString, dropped);
        QFETCH(QString, field);
        CaseInput in = fullInput();
        if (dropped == u"reason")
            in.reason = QStringLiteral("   ");
        else
            in.details.remove(dropped);
        const Result<CaseState> r = check(readyFacts(CaseState(state)), CaseAction(action), in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(LifecycleRules::MissingInput));
        QCOMPARE(r.error().field, field);
    }

    void preconditionsSayWhatIsMissing()
    {
        CaseFacts f = readyFacts(S::Assessing);
        f.intakeAssessed = false;
        Result<CaseState> r = check(f, A::CompleteIntake, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(LifecycleRules::Precondition));
        QVERIFY(r.error().message.startsWith(QStringLiteral("No intake assessment yet")));

        f.intakeAssessed = true;
        f.planned = false;
        r = check(f, A::CompleteIntake, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("No rehabilitation plan yet")));

        f = readyFacts(S::AwaitingAgreement);
        f.agreementSigned = false;
        r = check(f, A::StartService, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("not signed yet")));
        CaseInput paper;
        paper.document = QStringLiteral("纸质协议 2026-118");
        QCOMPARE(check(f, A::StartService, paper).value(), S::InService);

        f = readyFacts(S::InService);
        f.transferAssessed = false;
        r = check(f, A::Close, fullInput());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("No post-service assessment yet")));
    }

    void waitingMoreThanThreeMonthsBlocksTheHandOverUntilReReviewed()
    {
        CaseFacts f = readyFacts(S::Waiting);
        f.waitingSince = QDate(2026, 8, 24);
        QCOMPARE(LifecycleRules::waitingReviewDue(f), QDate(2026, 11, 24));
        QVERIFY(check(f, A::ReferToCentre, fullInput()).ok()); // one day short of three months

        f.waitingSince = QDate(2026, 8, 23);
        QCOMPARE(LifecycleRules::waitingReviewDue(f), kToday);
        Result<CaseState> r = check(f, A::ReferToCentre, fullInput());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, int(LifecycleRules::Precondition));
        QVERIFY(r.error().message.startsWith(QStringLiteral("No re-review yet")));

        // A hand-over done before the three months were up but recorded today is no breach.
        CaseInput late = fullInput();
        late.at = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
        QVERIFY(check(f, A::ReferToCentre, late).ok());

        f.waitingReviewedOn = QDate(2026, 11, 20); // re-reviewed: the clock starts again
        QCOMPARE(LifecycleRules::waitingReviewDue(f), QDate(2027, 2, 20));
        QVERIFY(check(f, A::ReferToCentre, fullInput()).ok());

        // A re-review from an earlier wait does not count for this one.
        f.waitingSince = QDate(2026, 6, 1);
        f.waitingReviewedOn = QDate(2026, 5, 1);
        QVERIFY(!check(f, A::ReferToCentre, fullInput()).ok());
        QVERIFY(!LifecycleRules::waitingReviewDue(readyFacts(S::Registered)).isValid());
    }

    void reReviewWithdrawalClosesTheCase()
    {
        CaseInput in = fullInput();
        in.details[QStringLiteral("outcome")] = QStringLiteral("withdraw");
        QCOMPARE(check(readyFacts(S::Waiting), A::ReviewWaiting, in).value(), S::Closed);
        in.details[QStringLiteral("outcome")] = QStringLiteral("changed_needs");
        QCOMPARE(check(readyFacts(S::Waiting), A::ReviewWaiting, in).value(), S::Waiting);
        in.details[QStringLiteral("outcome")] = QStringLiteral("maybe");
        QCOMPARE(check(readyFacts(S::Waiting), A::ReviewWaiting, in).error().field,
                 QStringLiteral("outcome"));
    }

    void serviceResumesWhereTheGreenChannelInterruptedIt()
    {
        CaseFacts f = readyFacts(S::Hospitalised);
        f.resumeState = S::AwaitingAgreement;
        QCOMPARE(check(f, A::ResumeService, {}).value(), S::AwaitingAgreement);
        f.resumeState.reset();
        QCOMPARE(check(f, A::ResumeService, {}).value(), S::InService);
    }

    void badDatesAndCountiesAreRefused()
    {
        CaseInput in = fullInput();
        in.at = QDateTime(kToday.addDays(1), QTime(9, 0));
        QCOMPARE(check(readyFacts(S::InService), A::GreenChannel, in).error().field, QStringLiteral("at"));

        // Nor before the case reached its current state.
        CaseFacts since = readyFacts(S::InService);
        since.stateSince = kToday.addDays(-2);
        in.at = QDateTime(kToday.addDays(-3), QTime(9, 0));
        QCOMPARE(check(since, A::GreenChannel, in).error().field, QStringLiteral("at"));
        in.at = QDateTime(kToday.addDays(-2), QTime(9, 0));
        QVERIFY(check(since, A::GreenChannel, in).ok());

        in = fullInput();
        in.details[QStringLiteral("county")] = QStringLiteral("999999");
        const Result<CaseState> r = check(readyFacts(S::InService), A::TransferOut, in);
        QCOMPARE(r.error().field, QStringLiteral("county"));
        QVERIFY(r.error().message.contains(QStringLiteral("999999")));

        in = fullInput();
        in.details[QStringLiteral("follow_up_on")] = kToday.addDays(-1).toString(Qt::ISODate);
        QCOMPARE(check(readyFacts(S::InService), A::Close, in).error().field, QStringLiteral("follow_up_on"));
    }

    void platformReapplicationArrivesReferred()
    {
        Application app;
        app.wayIn = WayIn::Platform;
        app.appliedOn = kToday;
        app.platformReference = QStringLiteral("ZJ-2026-000123");
        CaseInput in;
        in.details = app.toDetails();
        QCOMPARE(check(readyFacts(S::Closed), A::Reapply, in).value(), S::Referred);
    }

    void applicationsAreValidatedByWayIn()
    {
        Application a;
        a.wayIn = WayIn::Hospital;
        a.appliedOn = kToday;
        QCOMPARE(a.validate(kToday).error().field, QStringLiteral("hospital"));
        a.hospital = QStringLiteral("北京安定医院");
        QCOMPARE(a.validate(kToday).error().field, QStringLiteral("consent"));
        a.guardianConsented = true;
        QVERIFY(a.validate(kToday).ok());
        a.appliedOn = kToday.addDays(1);
        QCOMPARE(a.validate(kToday).error().field, QStringLiteral("applied-on"));

        Application r;
        r.wayIn = WayIn::Reported;
        r.appliedOn = kToday;
        QCOMPARE(r.validate(kToday).error().field, QStringLiteral("reporter-kind"));
        r.reporterKind = QStringLiteral("residents_committee");
        QCOMPARE(r.validate(kToday).error().field, QStringLiteral("reporter"));
        r.reporterName = QStringLiteral("和平里社区居委会");
        QCOMPARE(r.validate(kToday).error().field, QStringLiteral("channel"));
        r.channel = QStringLiteral("visit");
        QVERIFY(r.validate(kToday).ok());
        // Details keep only the fields of the way in, and come back the same.
        const Application back = Application::fromDetails(r.toDetails());
        QCOMPARE(back.reporterName, r.reporterName);
        QCOMPARE(back.channel, r.channel);
        QCOMPARE(back.appliedOn, kToday);
        QVERIFY(!r.toDetails().contains(QStringLiteral("hospital")));
    }

    void workingDaysSkipWeekendsAndHolidaysAndCountAdjustedWorkdays()
    {
        WorkingCalendar cal;
        // Friday 2026-11-20 + 5 working days = Friday 2026-11-27.
        QCOMPARE(cal.addWorkingDays(QDate(2026, 11, 20), 5), QDate(2026, 11, 27));
        QCOMPARE(cal.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 27)), 5);
        // National Day week 2026: 1–7 October off, Saturday 10 October worked (调休).
        for (int d = 1; d <= 7; ++d)
            cal.set(QDate(2026, 10, d), WorkingCalendar::DayKind::Holiday, QStringLiteral("国庆节"));
        cal.set(QDate(2026, 10, 10), WorkingCalendar::DayKind::Workday, QStringLiteral("国庆节调休"));
        // Applied Wednesday 30 September: 1 working day (Sep 30 excluded) is 8 Oct, then 9, 10 (Sat),
        // 12, 13.
        QCOMPARE(cal.addWorkingDays(QDate(2026, 9, 30), 5), QDate(2026, 10, 13));
        QVERIFY(cal.isWorkingDay(QDate(2026, 10, 10)));
        QVERIFY(!cal.isWorkingDay(QDate(2026, 10, 5)));
        cal.remove(QDate(2026, 10, 10));
        QVERIFY(!cal.isWorkingDay(QDate(2026, 10, 10)));
        // A hostile calendar with every day a holiday ends, not loops.
        WorkingCalendar closed;
        for (QDate d(2027, 1, 1); d.year() == 2027; d = d.addDays(1))
            closed.set(d, WorkingCalendar::DayKind::Holiday);
        QVERIFY(closed.addWorkingDays(QDate(2026, 12, 31), 5).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLifecycleRules)
#include "TestLifecycleRules.moc"
