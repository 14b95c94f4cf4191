#include "PlanRepository.h"

#include "accounts/AccountRepository.h"
#include "auth/Actor.h"
#include "centre/CentreSettings.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Ids.h"
#include "lifecycle/CaseState.h"
#include "lifecycle/LifecycleService.h"
#include "services/ServiceCatalogue.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
};

// Goals and services are compact JSON text: SQLite 3.15 has no JSON1, the application parses them.
QString goalsJson(const QList<Plan::Goal>& goals)
{
    QJsonArray array;
    for (const Plan::Goal& g : goals)
        array.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("text"), g.text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString servicesJson(const QList<Plan::Service>& services)
{
    QJsonArray array;
    for (const Plan::Service& s : services)
        array.append(QJsonObject{{QStringLiteral("content"), s.content},
                                 {QStringLiteral("form"), s.form},
                                 {QStringLiteral("frequency"), s.frequency}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

// One service key against its list: known, and still offered for new plans. Whole sentences for
// contents and forms, so each translates as one.
void checkKey(QList<Error>& errors, const QString& key, const std::optional<ServiceEntry>& entry,
              const QString& field, const QString& row, bool content)
{
    if (key.isEmpty())
        errors.append(Error{content ? Tr::tr("%1: choose the service content.").arg(row)
                                    : Tr::tr("%1: choose the service form.").arg(row),
                            field});
    else if (!entry)
        errors.append(Error{content ? Tr::tr("%1: “%2” is not in the list of service contents.").arg(row, key)
                                    : Tr::tr("%1: “%2” is not in the list of service forms.").arg(row, key),
                            field});
    else if (!entry->active)
        errors.append(
            Error{(content ? Tr::tr("%1: “%2” is no longer offered; choose another service content.")
                           : Tr::tr("%1: “%2” is no longer offered; choose another service form."))
                      .arg(row, ServiceCatalogue::displayName(*entry)),
                  field});
}

Plan readPlan(const Statement& s)
{
    Plan p;
    p.id = s.text(0);
    p.clientId = s.text(1);
    p.assessmentId = s.text(2);
    p.startsOn = QDate::fromString(s.text(3), Qt::ISODate);
    p.reviewOn = QDate::fromString(s.text(4), Qt::ISODate);
    p.responsible = s.text(5);
    for (const QJsonValue v : arrayOf(s.text(6)))
        p.goals.append({v[QStringLiteral("id")].toString(), v[QStringLiteral("text")].toString()});
    for (const QJsonValue v : arrayOf(s.text(7)))
        p.services.append({v[QStringLiteral("content")].toString(), v[QStringLiteral("form")].toString(),
                           v[QStringLiteral("frequency")].toString()});
    p.createdBy = s.text(8);
    p.createdAt = QDateTime::fromString(s.text(9), Qt::ISODateWithMs);
    return p;
}

const char* const kPlanSelect =
    "SELECT id, client_id, assessment_id, starts_on, review_on, responsible, goals, "
    "services, created_by, created_at FROM plans WHERE client_id = ? "
    "ORDER BY starts_on DESC, created_at DESC, rowid DESC";
} // namespace

Result<QString> PlanRepository::save(const Actor& actor, Plan plan)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not write rehabilitation plans."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    {
        auto c = db.cached("SELECT status FROM clients WHERE id = ?");
        c->bind(1, plan.clientId);
        if (!c->step())
            return Error{Tr::tr("The client record was not found."), QStringLiteral("client"), NotFound};
        if (const std::optional<CaseState> state = CaseStates::fromKey(c->text(0));
            state && CaseStates::isReadOnly(*state))
            return Error{
                Tr::tr("This client was transferred to another centre; the record is read-only here."),
                {},
                ReadOnly};
    }

    QList<Error> errors;
    QDate assessedOn;
    {
        auto a = db.cached("SELECT client_id, kind, assessed_on FROM assessments WHERE id = ?");
        a->bind(1, plan.assessmentId);
        const QString field = QStringLiteral("assessment");
        if (!a->step() || a->text(0) != plan.clientId)
            errors.append(
                Error{Tr::tr("Choose the assessment of this client that the plan follows."), field});
        else if (a->text(1) == u"transfer")
            errors.append(Error{
                Tr::tr("A plan follows an intake or periodic assessment, not a post-service one."), field});
        else
            assessedOn = QDate::fromString(a->text(2), Qt::ISODate);
    }
    errors << check(plan, assessedOn, CentreSettings::load(db).reviewIntervalMonths());

    plan.responsible = plan.responsible.trimmed();
    if (plan.responsible.isEmpty()) {
        errors.append(Error{Tr::tr("Choose the staff member responsible for the plan."),
                            QStringLiteral("responsible")});
    } else {
        // The same rule as a client's case manager: an active account that may keep case records.
        const std::optional<Account> staff = AccountRepository(m_journal).findByUsername(plan.responsible);
        if (!staff || !staff->active || !roleAllows(staff->role, Permission::EditClinicalRecords))
            errors.append(Error{
                Tr::tr("%1 is not an active staff member who keeps case records.").arg(plan.responsible),
                QStringLiteral("responsible")});
    }
    if (!errors.isEmpty()) {
        return combinedErrors(errors, Invalid);
    }

    plan.id = newId();
    plan.createdBy = actor.username;
    plan.createdAt = m_journal.clock().now();
    const QString now = m_journal.clock().nowIso();
    const QString goals = goalsJson(plan.goals);
    const QString services = servicesJson(plan.services);
    db.cached("INSERT INTO plans(id, client_id, assessment_id, starts_on, review_on, responsible, goals, "
              "services, "
              "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(plan.id, plan.clientId, plan.assessmentId, isoDate(plan.startsOn), isoDate(plan.reviewOn),
                  plan.responsible, goals, services, plan.createdBy, now)
        .exec();
    m_journal.record(actor, {QStringLiteral("plan"),
                             plan.id,
                             Change::Op::Create,
                             {},
                             {{QStringLiteral("client_id"), plan.clientId},
                              {QStringLiteral("assessment_id"), plan.assessmentId},
                              {QStringLiteral("starts_on"), isoDate(plan.startsOn)},
                              {QStringLiteral("review_on"), isoDate(plan.reviewOn)},
                              {QStringLiteral("responsible"), plan.responsible},
                              {QStringLiteral("goals"), goals},
                              {QStringLiteral("services"), services},
                              {QStringLiteral("created_by"), plan.createdBy},
                              {QStringLiteral("created_at"), now}},
                             std::nullopt,
                             true});

    // The plan in force sets the next review; a plan entered late from paper does not.
    auto later = db.cached("SELECT 1 FROM plans WHERE client_id = ? AND starts_on > ? LIMIT 1");
    later->bindAll(plan.clientId, isoDate(plan.startsOn));
    if (!later->step()) {
        db.cached("UPDATE case_files SET review_due = ?, updated_at = ? WHERE client_id = ?")
            ->bindAll(isoDate(plan.reviewOn), now, plan.clientId)
            .exec();
        if (db.changes() > 0)
            LifecycleService::recordCaseFile(m_journal, actor, plan.clientId,
                                             {{QStringLiteral("review_due"), isoDate(plan.reviewOn)}}, false);
    }
    tx.commit();
    return plan.id;
}

QList<Error> PlanRepository::check(Plan& plan, const QDate& assessedOn, int reviewMonths)
{
    QList<Error> errors;
    if (!plan.startsOn.isValid())
        errors.append(Error{Tr::tr("Enter the date the plan starts."), QStringLiteral("starts-on")});
    else if (assessedOn.isValid() && plan.startsOn < assessedOn)
        errors.append(
            Error{Tr::tr("The plan cannot start before its assessment (%1).").arg(isoDate(assessedOn)),
                  QStringLiteral("starts-on")});
    if (plan.startsOn.isValid()) {
        if (!plan.reviewOn.isValid())
            plan.reviewOn = plan.startsOn.addMonths(reviewMonths);
        else if (plan.reviewOn <= plan.startsOn)
            errors.append(Error{Tr::tr("The review must be after the start of the plan."),
                                QStringLiteral("review-on")});
        else if (plan.reviewOn > plan.startsOn.addMonths(Plan::kMaxReviewMonths))
            errors.append(
                Error{Tr::tr("The review must be within %1 months of the start.").arg(Plan::kMaxReviewMonths),
                      QStringLiteral("review-on")});
    }

    // Goals: blank rows of the form are dropped; numbers in messages are the rows as entered.
    QList<Plan::Goal> goals;
    QSet<QString> goalIds;
    for (qsizetype i = 0; i < plan.goals.size(); ++i) {
        Plan::Goal g{plan.goals[i].id.trimmed(), plan.goals[i].text.trimmed()};
        if (g.text.isEmpty())
            continue;
        const QString field = QStringLiteral("goal-%1").arg(i + 1);
        if (g.text.size() > Plan::kMaxGoalLength)
            errors.append(Error{
                Tr::tr("Goal %1 is longer than %2 characters.").arg(i + 1).arg(Plan::kMaxGoalLength), field});
        if (g.id.isEmpty())
            g.id = newId();
        else if (QUuid::fromString(g.id).isNull() || goalIds.contains(g.id))
            errors.append(Error{Tr::tr("Goal %1 has an invalid or repeated id.").arg(i + 1), field});
        goalIds.insert(g.id);
        goals.append(g);
    }
    if (goals.isEmpty())
        errors.append(Error{Tr::tr("Write at least one goal."), QStringLiteral("goals")});
    else if (goals.size() > Plan::kMaxGoals)
        errors.append(
            Error{Tr::tr("A plan has at most %1 goals.").arg(Plan::kMaxGoals), QStringLiteral("goals")});
    plan.goals = goals;

    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_journal.database());
    QList<Plan::Service> services;
    for (qsizetype i = 0; i < plan.services.size(); ++i) {
        Plan::Service s{plan.services[i].content.trimmed(), plan.services[i].form.trimmed(),
                        plan.services[i].frequency.trimmed()};
        if (s.content.isEmpty() && s.form.isEmpty() && s.frequency.isEmpty())
            continue;
        const QString prefix = QStringLiteral("service-%1-").arg(i + 1);
        const QString row = Tr::tr("Service %1").arg(i + 1);
        checkKey(errors, s.content, catalogue.content(s.content), prefix + QStringLiteral("content"), row,
                 true);
        checkKey(errors, s.form, catalogue.form(s.form), prefix + QStringLiteral("form"), row, false);
        if (s.frequency.isEmpty())
            errors.append(Error{Tr::tr("%1: enter how often, e.g. twice a week.").arg(row),
                                prefix + QStringLiteral("frequency")});
        else if (s.frequency.size() > Plan::kMaxFrequencyLength)
            errors.append(Error{Tr::tr("%1: the frequency is longer than %2 characters.")
                                    .arg(row)
                                    .arg(Plan::kMaxFrequencyLength),
                                prefix + QStringLiteral("frequency")});
        services.append(s);
    }
    if (services.isEmpty())
        errors.append(Error{Tr::tr("Plan at least one service."), QStringLiteral("services")});
    else if (services.size() > Plan::kMaxServices)
        errors.append(Error{Tr::tr("A plan has at most %1 services.").arg(Plan::kMaxServices),
                            QStringLiteral("services")});
    plan.services = services;
    return errors;
}

Result<Plan> PlanRepository::current(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see rehabilitation plans."), {}, NotPermitted};
    Statement s = m_journal.database().prepare(kPlanSelect);
    s.bind(1, clientId);
    if (!s.step())
        return Error{Tr::tr("There is no rehabilitation plan yet."), {}, NotFound};
    return readPlan(s);
}

Result<QList<Plan>> PlanRepository::list(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see rehabilitation plans."), {}, NotPermitted};
    Statement s = m_journal.database().prepare(kPlanSelect);
    s.bind(1, clientId);
    QList<Plan> out;
    while (s.step())
        out.append(readPlan(s));
    return out;
}

} // namespace kq
