#include "DemoCentre.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountService.h"
#include "centre/CentreSettings.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "demo/DemoClients.h"
#include "demo/DemoSessions.h"
#include "documents/ServiceGate.h"
#include "lifecycle/CaseState.h"
#include "scales/ScaleLibrary.h"
#include "sessions/GroupActivityRepository.h"
#include "staff/StaffTrainingRepository.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace kq::shots {

const QString DemoCentre::kPassword = QStringLiteral("Kangqiao-Demo-2026");
const QString DemoCentre::kSupervisor = QStringLiteral("chen.jing");

namespace {
struct Member {
    const char* username;
    const char16_t* displayName;
    Role role;
    const char* qualification; // StaffQualifications key
};
// The staff of a small centre. The supervisor comes first: she creates the store.
constexpr Member kStaff[] = {
    {"chen.jing", u"陈静", Role::Supervisor, "social_work"},
    {"li.na", u"李娜", Role::CaseManager, "social_work"},
    {"zhang.wei", u"张伟", Role::CaseManager, "psychology"},
    {"liu.yang", u"刘洋", Role::CaseManager, "none"},
    {"zhao.min", u"赵敏", Role::FrontDesk, "none"},
    {"sun.lei", u"孙磊", Role::Administrator, "none"},
};

Result<void> fail(const Error& e)
{
    return Error{QStringLiteral("demo centre: %1").arg(e.describe())};
}
} // namespace

Result<void> DemoCentre::create(const StorePaths& paths, Workspace& workspace, const Clock& clock)
{
    Workspace::Setup setup;
    setup.centre = CentreProfile{{},
                                 QStringLiteral("BJ-CY-0012"),
                                 QStringLiteral("朝阳区康桥社区康复服务中心"),
                                 QStringLiteral("110105")};
    setup.username = kSupervisor;
    setup.displayName = QString::fromUtf16(kStaff[0].displayName);
    setup.kdf = KdfParams::fastest(); // pictures, not protection: no second of Argon2id per account
    if (Result<SecureBytes> r = Workspace::initialise(paths, setup, SecureBytes::fromUtf8(kPassword), clock);
        !r)
        return fail(r.error());
    if (Result<void> r = workspace.unlock(kSupervisor, SecureBytes::fromUtf8(kPassword)); !r)
        return fail(r.error());
    const QDate today = clock.now().toLocalTime().date();
    if (Result<void> r = addStaff(workspace); !r)
        return r;
    for (auto step : {&DemoCentre::addClients, &DemoCentre::addTraining, &DemoCentre::addGroupMeeting}) {
        if (Result<void> r = step(workspace, today); !r)
            return r;
    }
    return {};
}

Result<void> DemoCentre::addStaff(Workspace& workspace)
{
    AccountService accounts(workspace, KdfParams::fastest());
    for (const Member& m : kStaff) {
        const QString username = QLatin1String(m.username);
        if (username == kSupervisor)
            continue;
        if (Result<Account> r = accounts.create(username, QString::fromUtf16(m.displayName), m.role,
                                                SecureBytes::fromUtf8(kPassword));
            !r)
            return fail(r.error());
    }
    return {};
}

Result<void> DemoCentre::addClients(Workspace& workspace, const QDate& today)
{
    QStringList caseManagers;
    for (const Account& a : AccountRepository(workspace.journal()).list())
        if (a.active && roleAllows(a.role, Permission::EditClinicalRecords))
            caseManagers << a.username;
    constexpr quint32 kSeed = 2026;
    DemoClients people(kSeed, today, caseManagers);
    const ScaleLibrary scales;
    DemoCases cases(kSeed, today, workspace.journal(), scales, caseManagers);
    {
        Transaction tx(workspace.database());
        for (int i = 0; i < kClients; ++i)
            if (Result<QString> r = cases.add(workspace.actor(), people.next()); !r)
                return fail(r.error());
        tx.commit();
    }
    const Result<DemoSessions::Counts> sessions =
        DemoSessions(kSeed, today, workspace.journal(), caseManagers).add(workspace.actor(), kSessions);
    if (!sessions)
        return fail(sessions.error());
    return {};
}

Result<void> DemoCentre::addTraining(Workspace& workspace, const QDate& today)
{
    StaffTrainingRepository training(workspace.journal());
    for (const Member& m : kStaff) {
        if (m.role == Role::Administrator)
            continue; // keeps the system running; serves no clients
        StaffProfile p;
        p.username = QLatin1String(m.username);
        p.qualification = QLatin1String(m.qualification);
        p.directService = m.role != Role::FrontDesk;
        if (Result<void> r = training.setProfile(workspace.actor(), p); !r)
            return fail(r.error());
    }
    struct Course {
        const char16_t* topic;
        const char16_t* provider;
        int minutes;
        int monthsAgo;
        QList<const char*> who;
    };
    const QList<Course> courses{
        {u"精神障碍社区康复服务规范培训",
         u"区残联",
         6 * 60,
         9,
         {"chen.jing", "li.na", "zhang.wei", "liu.yang"}},
        {u"康复需求评估与SDSS量表使用", u"市精神卫生中心", 4 * 60, 6, {"li.na", "zhang.wei", "liu.yang"}},
        {u"危机干预与绿色通道转诊", u"北京回龙观医院", 3 * 60, 3, {"chen.jing", "li.na", "zhang.wei"}},
        {u"个人信息保护与病历管理", u"中心内部", 2 * 60, 1, {"chen.jing", "li.na", "zhang.wei", "liu.yang"}},
    };
    for (const Course& c : courses) {
        QDate day = today.addMonths(-c.monthsAgo);
        if (day.year() != today.year())
            day = QDate(today.year(), 1, 1); // this year's hours are what the indicator counts
        for (const char* who : c.who) {
            TrainingRecord t;
            t.username = QLatin1String(who);
            t.heldOn = day;
            t.minutes = c.minutes;
            t.topic = QString::fromUtf16(c.topic);
            t.provider = QString::fromUtf16(c.provider);
            if (Result<QString> r = training.add(workspace.actor(), t); !r)
                return fail(r.error());
        }
    }
    return {};
}

Result<void> DemoCentre::addGroupMeeting(Workspace& workspace, const QDate& today)
{
    // The demo's cases carry their signed consent and agreement (DemoDocuments; the price list is
    // the demo's too); the group takes clients whose documents are in force today, as the gate asks.
    QStringList members;
    for (const QString& id : inService(workspace))
        if (members.size() < 8 &&
            ServiceGate::check(workspace.database(), id, today, CentreSettings::GateMode::Block))
            members.append(id);
    GroupActivity a;
    a.topic = QStringLiteral("社交技能训练：如何开始一段对话");
    a.facilitators = {QStringLiteral("li.na"), QStringLiteral("zhang.wei")};
    a.heldOn = today;
    a.startsAt = QTime(9, 0);
    a.minutes = 90;
    a.content = QStringLiteral("social_skills");
    a.capacity = 10;
    for (const QString& id : members)
        a.roster.append({id, {}, std::nullopt, {}});
    GroupActivityRepository groups(workspace.journal());
    // Weekly for a month: the calendar and the list show a series.
    if (Result<GroupActivityRepository::Saved> r = groups.create(workspace.actor(), a, today.addDays(21)); !r)
        return fail(r.error());
    return {};
}

QStringList DemoCentre::inService(Workspace& workspace)
{
    ClientListModel model;
    model.setSource(&workspace.database(), workspace.clock().now().toLocalTime().date(), true);
    ClientFilter filter;
    filter.status = CaseStates::key(CaseState::InService);
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.clientIdAt(row);
    return ids;
}

} // namespace kq::shots
