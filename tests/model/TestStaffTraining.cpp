#include "CaseFixture.h"

#include "staff/StaffIndicators.h"
#include "staff/StaffTrainingRepository.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// Staff training records and qualifications (issue 8): what is refused and by whom, and the staff
// indicators on a hand-built team with the numbers worked out below.
class TestStaffTraining : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store; // today is Monday 2026-11-23 in Beijing

    StaffTrainingRepository repo() { return StaffTrainingRepository(m_store.journal()); }
    const Actor& supervisor() { return m_store.ws().actor(); } // wang.li, the set-up supervisor

    static TrainingRecord record(const QString& username, const QDate& on, int minutes,
                                 const QString& topic = QStringLiteral("精神障碍社区康复服务规范"))
    {
        TrainingRecord r;
        r.username = username;
        r.heldOn = on;
        r.minutes = minutes;
        r.topic = topic;
        r.provider = QStringLiteral("区精神卫生中心");
        return r;
    }

    void add(const TrainingRecord& r)
    {
        const Result<QString> id = repo().add(supervisor(), r);
        if (!id)
            qFatal("add failed: %s", qPrintable(id.error().describe()));
    }

    void profile(const QString& username, const char* qualification, bool direct)
    {
        const Result<void> r =
            repo().setProfile(supervisor(), {username, {}, QString::fromLatin1(qualification), direct});
        if (!r)
            qFatal("profile failed: %s", qPrintable(r.error().describe()));
    }

    QString fieldOf(const TrainingRecord& r)
    {
        const Result<QString> id = repo().add(supervisor(), r);
        return id ? QStringLiteral("(saved)") : id.error().field;
    }

    static const Indicator& find(const IndicatorGroup& g, const QString& key)
    {
        for (const Indicator& i : g.indicators)
            if (i.key == key)
                return i;
        qFatal("no indicator %s", qPrintable(key));
    }

    // The team:
    //   wang.li   王丽 supervisor    social work    direct   2026: 12 h + 8 h         = 1200 min
    //   zhang.wei 张伟 case manager  psychiatry     direct   2025-12-31: 8 h (not 2026);
    //                                                        2026: 9 h (01-01) + 12 h = 1260 min
    //   li.na     李娜 case manager  other          direct   2026: 19.5 h             = 1170 min
    //   zhao.min  赵敏 front desk    none           no       2026: 2 h                =  120 min
    //   chen.gang 陈刚 administrator (not staff for the indicators)
    //   liu.qiang 刘强 case manager, disabled (not counted)
    void buildTeam()
    {
        Workspace& ws = m_store.ws();
        addAccount(ws, QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::CaseManager);
        addAccount(ws, QStringLiteral("li.na"), QStringLiteral("李娜"), Role::CaseManager);
        addAccount(ws, QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::FrontDesk);
        addAccount(ws, QStringLiteral("chen.gang"), QStringLiteral("陈刚"), Role::Administrator);
        addAccount(ws, QStringLiteral("liu.qiang"), QStringLiteral("刘强"), Role::CaseManager);
        KQ_VERIFY_OK(AccountService(ws, KdfParams::fastest()).disable(QStringLiteral("liu.qiang")));

        profile(QStringLiteral("wang.li"), "social_work", true);
        profile(QStringLiteral("zhang.wei"), "psychiatry", true);
        profile(QStringLiteral("li.na"), "other", true);
        profile(QStringLiteral("zhao.min"), "none", false);
        profile(QStringLiteral("chen.gang"), "psychology", false);

        add(record(QStringLiteral("wang.li"), QDate(2026, 3, 15), 12 * 60));
        add(record(QStringLiteral("wang.li"), QDate(2026, 10, 20), 8 * 60));
        add(record(QStringLiteral("zhang.wei"), QDate(2025, 12, 31), 8 * 60));
        add(record(QStringLiteral("zhang.wei"), QDate(2026, 1, 1), 9 * 60));
        add(record(QStringLiteral("zhang.wei"), QDate(2026, 9, 10), 12 * 60));
        add(record(QStringLiteral("li.na"), QDate(2026, 5, 6),
                   *TrainingHours::parse(QStringLiteral("19.5"))));
        add(record(QStringLiteral("zhao.min"), QDate(2026, 4, 1), 2 * 60));
        add(record(QStringLiteral("liu.qiang"), QDate(2026, 2, 2), 30));
    }

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void hoursParseToWholeMinutesAndFormatRoundedDown()
    {
        QCOMPARE(TrainingHours::parse(QStringLiteral("2")), std::optional<int>(120));
        QCOMPARE(TrainingHours::parse(QStringLiteral(" 1.5 ")), std::optional<int>(90));
        QCOMPARE(TrainingHours::parse(QStringLiteral("1,5")), std::optional<int>(90));
        QCOMPARE(TrainingHours::parse(QStringLiteral("0.1")), std::optional<int>(6)); // exact, no float error
        QCOMPARE(TrainingHours::parse(QStringLiteral("0.75")), std::optional<int>(45));
        for (const char* bad : {"", ".", "abc", "1.234", "-1", "1e2", "12345"})
            QVERIFY2(!TrainingHours::parse(QString::fromLatin1(bad)), bad);
        QCOMPARE(TrainingHours::format(1200), QStringLiteral("20"));
        QCOMPARE(TrainingHours::format(90), QStringLiteral("1.5"));
        QCOMPARE(TrainingHours::format(1199), QStringLiteral("19.9")); // never "20.0" while short
    }

    void refusalsNameTheField()
    {
        const QString me = supervisor().username;
        const QDate today(2026, 11, 23);
        QCOMPARE(fieldOf(record(QStringLiteral("nobody"), today, 60)), QStringLiteral("username"));
        QCOMPARE(fieldOf(record({}, today, 60)), QStringLiteral("username"));
        QCOMPARE(fieldOf(record(me, QDate(), 60)), QStringLiteral("held-on"));
        QCOMPARE(fieldOf(record(me, today.addDays(1), 60)), QStringLiteral("held-on"));
        QCOMPARE(fieldOf(record(me, today, 0)), QStringLiteral("hours"));
        QCOMPARE(fieldOf(record(me, today, 24 * 60 + 1)), QStringLiteral("hours"));
        QCOMPARE(fieldOf(record(me, today, 60, QStringLiteral("  "))), QStringLiteral("topic"));
        QCOMPARE(fieldOf(record(me, today, 60, QString(201, u'培'))), QStringLiteral("topic"));
        TrainingRecord longProvider = record(me, today, 60);
        longProvider.provider = QString(201, u'x');
        QCOMPARE(fieldOf(longProvider), QStringLiteral("provider"));
        // Several faults: the first is named and every one is said.
        const Result<QString> both = repo().add(supervisor(), record(me, today.addDays(1), 0, {}));
        QVERIFY(!both);
        QCOMPARE(both.error().code, int(StaffTrainingRepository::Invalid));
        QCOMPARE(both.error().field, QStringLiteral("held-on"));
        QCOMPARE(both.error().message.count(QLatin1Char('\n')), 2);
        // The limits themselves are allowed: today, a whole day, 200 characters.
        QCOMPARE(fieldOf(record(me, today, 24 * 60, QString(200, u'培'))), QStringLiteral("(saved)"));
        const QList<TrainingRecord> saved = repo().list(supervisor(), 2026).value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].minutes, 24 * 60);
        QCOMPARE(saved[0].createdBy, me);

        const Result<void> badQualification =
            repo().setProfile(supervisor(), {me, {}, QStringLiteral("astrology"), true});
        QCOMPARE(badQualification.error().field, QStringLiteral("qualification"));
        const Result<void> badUser =
            repo().setProfile(supervisor(), {QStringLiteral("nobody"), {}, QStringLiteral("none"), true});
        QCOMPARE(badUser.error().field, QStringLiteral("username"));
    }

    void caseManagerIsRefusedSupervisorAllowed()
    {
        const Actor manager =
            addAccount(m_store.ws(), QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::CaseManager);
        const Actor desk =
            addAccount(m_store.ws(), QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::FrontDesk);
        const TrainingRecord r = record(manager.username, QDate(2026, 11, 2), 90);
        for (const Actor& refused : {manager, desk}) {
            QCOMPARE(repo().add(refused, r).error().code, int(StaffTrainingRepository::NotPermitted));
            QCOMPARE(repo().list(refused, 2026).error().code, int(StaffTrainingRepository::NotPermitted));
            QCOMPARE(repo().profiles(refused).error().code, int(StaffTrainingRepository::NotPermitted));
            QVERIFY(!repo().setProfile(refused, {manager.username, {}, QStringLiteral("psychology"), true}));
        }
        const Result<QString> id = repo().add(supervisor(), r);
        KQ_VERIFY_OK(id);
        QVERIFY(!repo().remove(manager, id.value()));
        QCOMPARE(repo().list(supervisor(), 2026).value().size(), 1);

        // The write and the removal are in the audit log and go to the platform: every workstation
        // of the centre counts the same training hours (decision 0013).
        KQ_VERIFY_OK(repo().remove(supervisor(), id.value()));
        QCOMPARE(repo().list(supervisor(), 2026).value().size(), 0);
        QCOMPARE(repo().remove(supervisor(), id.value()).error().code,
                 int(StaffTrainingRepository::NotFound));
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM audit_log WHERE entity = 'staff_training'"), 2);
        QCOMPARE(m_store.db().queryInt("SELECT count(*) FROM outbox WHERE entity = 'staff_training'"), 2);
    }

    void profilesListTheStaffWithDefaults()
    {
        buildTeam();
        const QList<StaffProfile> staff = repo().profiles(supervisor()).value();
        QStringList names;
        for (const StaffProfile& p : staff)
            names << p.username;
        // Active, not administrators; the disabled case manager and chen.gang are left out.
        QCOMPARE(names.size(), 4);
        QVERIFY(!names.contains(QStringLiteral("chen.gang")));
        QVERIFY(!names.contains(QStringLiteral("liu.qiang")));
        // In pinyin order of the names (李 王 张 赵), not in the characters' code order (张 李 王 赵).
        QCOMPARE(names, (QStringList{QStringLiteral("li.na"), QStringLiteral("wang.li"),
                                     QStringLiteral("zhang.wei"), QStringLiteral("zhao.min")}));
        // A new account has no profile row yet: no qualification, serves clients directly.
        addAccount(m_store.ws(), QStringLiteral("sun.li"), QStringLiteral("孙丽"), Role::CaseManager);
        const QList<StaffProfile> withNew = repo().profiles(supervisor()).value();
        QCOMPARE(withNew.size(), 5);
        for (const StaffProfile& p : withNew)
            if (p.username == u"sun.li") {
                QCOMPARE(p.qualification, QStringLiteral("none"));
                QVERIFY(p.directService);
                QCOMPARE(p.displayName, QStringLiteral("孙丽"));
            }
    }

    void indicatorsOnTheTeam()
    {
        buildTeam();
        const IndicatorGroup g = StaffIndicators::compute(m_store.db(), 2026, QDate(2026, 11, 23), true);
        QCOMPARE(g.key, QStringLiteral("staff"));
        // Headcount 4: wang.li, zhang.wei, li.na, zhao.min.
        QCOMPARE(find(g, QStringLiteral("staff.headcount")).value, 4);
        // Qualified: wang.li (social work) and zhang.wei (psychiatry): 2 of 4 = 50%, above 30%.
        const Indicator& qualified = find(g, QStringLiteral("staff.qualified"));
        QCOMPARE(qualified.value, 2);
        QCOMPARE(qualified.denominator, 4);
        QCOMPARE(qualified.rate(), 0.5);
        QVERIFY(qualified.label.contains(QStringLiteral("30%")));
        // Direct service: all but zhao.min.
        QCOMPARE(find(g, QStringLiteral("staff.direct_service")).value, 3);
        // (1200 + 1260 + 1170) / 3 = 3630 / 3 = 1210 minutes; zhao.min's 120 are not in it.
        QCOMPARE(find(g, QStringLiteral("staff.training_minutes_avg")).value, 1210);
        // Short of 20 h (1200 min): li.na with 1170; wang.li with exactly 1200 is not.
        const Indicator& shortOf = find(g, QStringLiteral("staff.training_short"));
        QCOMPARE(shortOf.value, 1);
        QCOMPARE(shortOf.records, QStringList{QStringLiteral("li.na")});
        // Per person: 2025-12-31 is not in 2026, 2026-01-01 is.
        const Indicator& zhang = find(g, QStringLiteral("staff.training_minutes.zhang.wei"));
        QCOMPARE(zhang.value, 1260);
        QCOMPARE(zhang.records.size(), 2);
        QCOMPARE(find(g, QStringLiteral("staff.training_minutes.zhao.min")).value, 120);
        QCOMPARE(find(g, QStringLiteral("staff.training_minutes.wang.li")).value, 1200);
        // No drill-down unless asked for.
        const IndicatorGroup bare = StaffIndicators::compute(m_store.db(), 2026, QDate(2026, 11, 23), false);
        QVERIFY(find(bare, QStringLiteral("staff.training_short")).records.isEmpty());
        QCOMPARE(find(bare, QStringLiteral("staff.training_short")).value, 1);
    }

    void indicatorsCountTheYearUpToTheDayAsked()
    {
        buildTeam();
        // 2025: only zhang.wei's 480 minutes on 2025-12-31; 480 / 3 = 160; all three are short.
        const IndicatorGroup y2025 = StaffIndicators::compute(m_store.db(), 2025, QDate(2026, 11, 23), true);
        QCOMPARE(find(y2025, QStringLiteral("staff.training_minutes.zhang.wei")).value, 480);
        QCOMPARE(find(y2025, QStringLiteral("staff.training_minutes_avg")).value, 160);
        QCOMPARE(find(y2025, QStringLiteral("staff.training_short")).value, 3);
        // 2026 as of 30 June: wang.li 720, zhang.wei 540, li.na 1170 = 2430 / 3 = 810; all short.
        const IndicatorGroup june = StaffIndicators::compute(m_store.db(), 2026, QDate(2026, 6, 30), false);
        QCOMPARE(find(june, QStringLiteral("staff.training_minutes.wang.li")).value, 720);
        QCOMPARE(find(june, QStringLiteral("staff.training_minutes_avg")).value, 810);
        QCOMPARE(find(june, QStringLiteral("staff.training_short")).value, 3);
        // The list of a year holds that year's records only.
        QCOMPARE(repo().list(supervisor(), 2025).value().size(), 1);
        QCOMPARE(repo().list(supervisor(), 2026).value().size(), 7);
    }

    void emptyTeamAveragesZero()
    {
        // Only the supervisor, with no training and no profile row: direct, short, average 0.
        const IndicatorGroup g = StaffIndicators::compute(m_store.db(), 2026, QDate(2026, 11, 23), true);
        QCOMPARE(find(g, QStringLiteral("staff.headcount")).value, 1);
        QCOMPARE(find(g, QStringLiteral("staff.qualified")).value, 0);
        QCOMPARE(find(g, QStringLiteral("staff.training_minutes_avg")).value, 0);
        QCOMPARE(find(g, QStringLiteral("staff.training_short")).value, 1);
    }
};

QTEST_MAIN(TestStaffTraining)
#include "TestStaffTraining.moc"
