#include "ClientIndicators.h"

#include "assessments/AssessmentVocabulary.h"
#include "clients/ClientVocabulary.h"
#include "geo/Divisions.h"
#include "lifecycle/CaseState.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientIndicators)
};

using C = StandardServiceRule::Component;

// The first instant of a Beijing day as occurred_at writes it (UTC, milliseconds). Date-only
// texts sort before the instant of their own day's end, so both forms compare right (east of UTC).
QString startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

// One indicator being counted: its ids are kept only when asked, sorted when taken.
struct Count {
    QString label;
    qint64 n = 0;
    QStringList ids;
};

class Tally {
public:
    explicit Tally(bool keep) : m_keep(keep) {}

    // Declares an indicator (so it is listed with zero) and returns it.
    Count& at(const QString& key, const QString& label)
    {
        auto it = m_counts.find(key);
        if (it == m_counts.end()) {
            it = m_counts.insert(key, Count{label, 0, {}});
            m_order << key;
        }
        return *it;
    }
    void add(const QString& key, const QString& label, const QString& id)
    {
        Count& c = at(key, label);
        ++c.n;
        if (m_keep)
            c.ids << id;
    }
    Indicator take(const QString& key, qint64 denominator = -1)
    {
        Count c = m_counts.value(key);
        std::sort(c.ids.begin(), c.ids.end());
        return Indicator{key, c.label, c.n, denominator, c.ids};
    }
    // Indicators whose key starts with `prefix`, in key order (counties, diagnosis groups).
    QList<Indicator> takeSorted(const QString& prefix)
    {
        QList<Indicator> out;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            if (it.key().startsWith(prefix))
                out << take(it.key());
        return out;
    }
    QList<Indicator> takeInOrder(const QString& prefix)
    {
        QList<Indicator> out;
        for (const QString& key : std::as_const(m_order))
            if (key.startsWith(prefix))
                out << take(key);
        return out;
    }

private:
    bool m_keep;
    QMap<QString, Count> m_counts;
    QStringList m_order;
};

QString riskKey(int level)
{
    return level >= 0 && level <= 5 ? QString::number(level) : QStringLiteral("not_assessed");
}

// The states of clients registered and living at home: the rate's denominator (DOMAIN.md).
bool livesAtHome(const QString& state)
{
    static const QSet<QString> keys{QStringLiteral("registered"),         QStringLiteral("waiting"),
                                    QStringLiteral("referred"),           QStringLiteral("assessing"),
                                    QStringLiteral("awaiting_agreement"), QStringLiteral("in_service")};
    return keys.contains(state);
}

// Clients marked present at a group meeting held in the period. From the meetings of the period
// (group_activities_by_day, then the roster by primary key): a client's whole attendance
// history can be long, a month's meetings are few.
QSet<QString> attendedGroups(Database& db, const ReportPeriod& period)
{
    QSet<QString> out;
    Statement s = db.prepare("SELECT DISTINCT ga.client_id FROM group_activities a "
                             "JOIN group_attendance ga ON ga.activity_id = a.id "
                             "WHERE a.held_on BETWEEN ? AND ? AND ga.present = 1");
    s.bindAll(isoDate(period.from), isoDate(period.to));
    while (s.step())
        out.insert(s.text(0));
    return out;
}

void countClosures(Database& db, const ReportPeriod& period, Tally& t)
{
    t.at(QStringLiteral("closures.total"), Tr::tr("Closed in the period"));
    for (const QString& o : AssessmentVocabulary::outcomes())
        t.at(QStringLiteral("closures.") + o,
             Tr::tr("Closed in the period: %1").arg(AssessmentVocabulary::outcomeName(o)));
    t.at(QStringLiteral("closures.unknown"), Tr::tr("Closed in the period: outcome not recorded"));
    t.at(QStringLiteral("closures.withdrawn"), Tr::tr("Closed in the period: withdrew"));
    t.at(QStringLiteral("transfers_out"), Tr::tr("Transferred out in the period"));

    // case_events_by_action(action, occurred_at) finds the month's few closures and transfers;
    // one outcome look-up per closure is fine.
    Statement s = db.prepare("SELECT client_id, action, occurred_at FROM case_events "
                             "WHERE action IN ('close', 'withdraw', 'transfer-out') "
                             "AND occurred_at >= ? AND occurred_at < ?");
    s.bindAll(startOf(period.from), startOf(period.to.addDays(1)));
    while (s.step()) {
        const QString id = s.text(0);
        const QString action = s.text(1);
        if (action == u"transfer-out") {
            t.add(QStringLiteral("transfers_out"), {}, id);
            continue;
        }
        t.add(QStringLiteral("closures.total"), {}, id);
        if (action == u"withdraw") {
            t.add(QStringLiteral("closures.withdrawn"), {}, id);
            continue;
        }
        const QString text = s.text(2);
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QDate day =
            at.isValid() ? at.toLocalTime().date() : QDate::fromString(text.left(10), Qt::ISODate);
        auto q = db.cached("SELECT outcome FROM assessments WHERE client_id = ? AND kind = 'transfer' "
                           "AND outcome IS NOT NULL AND outcome <> '' AND assessed_on <= ? "
                           "ORDER BY assessed_on DESC, created_at DESC LIMIT 1");
        q->bindAll(id, isoDate(day));
        const QString outcome = q->step() ? q->text(0) : QStringLiteral("unknown");
        t.add(QStringLiteral("closures.") + outcome, outcome, id);
    }
}

} // namespace

// Query strategy (100k clients, 1.6M case events, 2M sessions): one pass over clients with
// case_files, each row carrying the state at the end (latest event by occurred_at through
// case_events_by_client: a client's dozen events, sorted) and the rule's components as EXISTS
// probes on per-client indexes (sessions_by_client and plans_by_client cover their probes;
// signed_documents_by_client and assessments_by_client read a few rows). Group attendance comes
// from the period's meetings as one set; closures and transfers from case_events_by_action. All
// counting is in C++ over that one pass, so every breakdown costs nothing more. The document
// probes test revoked_on last: it lies after the PDF in the row, and reading it walks the PDF's
// overflow pages, so the date tests go first to skip documents out of force.
QList<IndicatorGroup> ClientIndicators::compute(Database& db, const ReportPeriod& period,
                                                const StandardServiceRule& rule, bool keepRecords)
{
    const QDate end = period.to;
    const QString endDay = isoDate(end);
    Tally t(keepRecords);

    const QString registeredTotal = QStringLiteral("clients.registered_total");
    const QString registeredNew = QStringLiteral("clients.registered_new");
    t.at(registeredTotal, Tr::tr("Registered clients (cumulative)"));
    t.at(registeredNew, Tr::tr("Registered in the period"));
    for (const CaseState s : CaseStates::all())
        t.at(QStringLiteral("clients.state.") + CaseStates::key(s),
             Tr::tr("At the end of the period: %1").arg(CaseStates::name(s)));
    const QString waitingLong = QStringLiteral("clients.waiting_over_3_months");
    t.at(waitingLong, Tr::tr("Waiting 3 months or more at the end of the period"));
    for (const AgeGroup g : {AgeGroup::Child, AgeGroup::Adolescent, AgeGroup::Adult, AgeGroup::Older})
        t.at(QStringLiteral("clients.in_service.by_age.") + ClientVocabulary::ageGroupKey(g),
             Tr::tr("In service by age group: %1").arg(ClientVocabulary::ageGroupName(g)));
    for (const Gender g : {Gender::Male, Gender::Female, Gender::Unknown})
        t.at(QStringLiteral("clients.in_service.by_gender.") + ClientVocabulary::genderKey(g),
             Tr::tr("In service by gender: %1").arg(ClientVocabulary::genderName(g)));
    for (int level = -1; level <= 5; ++level)
        t.at(QStringLiteral("clients.in_service.by_risk.") + riskKey(level),
             Tr::tr("In service by risk level: %1").arg(ClientVocabulary::riskLevelName(level)));
    const QString rate = QStringLiteral("standard_service.rate");
    t.at(rate, Tr::tr("Registered clients receiving standardised service"));
    for (const C c : rule.components())
        t.at(QStringLiteral("standard_service.component.") + StandardServiceRule::key(c),
             Tr::tr("Meeting the requirement: %1").arg(StandardServiceRule::name(c)));

    const QSet<QString> groups = attendedGroups(db, period);
    qint64 denominator = 0;
    Statement s = db.prepare(
        "SELECT c.id, c.gender, c.birth_date, c.residence_county, c.diagnosis_code, c.risk_level, "
        "f.registered_on, f.waiting_since, f.review_due, "
        "(SELECT e.to_status FROM case_events e WHERE e.client_id = c.id AND e.occurred_at < ?1 "
        " ORDER BY e.occurred_at DESC, e.recorded_at DESC, e.rowid DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM signed_documents d WHERE d.client_id = c.id AND d.kind = 'consent' "
        " AND d.valid_from <= ?2 AND (d.valid_until IS NULL OR d.valid_until >= ?2) "
        " AND (d.revoked_on IS NULL OR d.revoked_on > ?2)), "
        "EXISTS (SELECT 1 FROM signed_documents d WHERE d.client_id = c.id AND d.kind = 'agreement' "
        " AND d.valid_from <= ?2 AND (d.valid_until IS NULL OR d.valid_until >= ?2) "
        " AND (d.revoked_on IS NULL OR d.revoked_on > ?2)), "
        "EXISTS (SELECT 1 FROM assessments a WHERE a.client_id = c.id AND a.assessed_on <= ?2 "
        " AND a.kind = 'intake'), "
        "EXISTS (SELECT 1 FROM plans p WHERE p.client_id = c.id AND p.starts_on <= ?2), "
        "EXISTS (SELECT 1 FROM sessions x WHERE x.client_id = c.id AND x.held_on BETWEEN ?3 AND ?2) "
        "FROM clients c LEFT JOIN case_files f ON f.client_id = c.id");
    s.bind(1, startOf(end.addDays(1)));
    s.bind(2, endDay);
    s.bind(3, isoDate(period.from));
    while (s.step()) {
        const QString id = s.text(0);
        const QDate registered = s.date(6);
        if (registered.isValid() && registered <= end) {
            t.add(registeredTotal, {}, id);
            if (registered >= period.from)
                t.add(registeredNew, {}, id);
        }
        const QString state = s.text(9);
        if (state.isEmpty())
            continue; // no case event by the end: not yet a case then
        t.add(QStringLiteral("clients.state.") + state, state, id);
        if (state == u"waiting") {
            const QDate since = s.date(7);
            if (since.isValid() && since.addMonths(3) <= end) // as the re-review rule counts
                t.add(waitingLong, {}, id);
        }
        if (state == u"in_service") {
            const QString prefix = QStringLiteral("clients.in_service.");
            t.add(prefix + QStringLiteral("by_age.") +
                      ClientVocabulary::ageGroupKey(ClientVocabulary::ageGroupOn(s.date(2), end)),
                  {}, id);
            t.add(prefix + QStringLiteral("by_gender.") + s.text(1), s.text(1), id);
            const QString county = s.text(3);
            const Divisions::County* known = Divisions::instance().county(county);
            t.add(prefix + QStringLiteral("by_county.") + county,
                  Tr::tr("In service by county of residence: %1").arg(known ? known->name : county), id);
            const QString diagnosis = s.text(4).trimmed().left(3).toUpper();
            t.add(prefix + QStringLiteral("by_diagnosis.") +
                      (diagnosis.isEmpty() ? QStringLiteral("none") : diagnosis),
                  Tr::tr("In service by diagnosis group: %1")
                      .arg(diagnosis.isEmpty() ? Tr::tr("no diagnosis recorded") : diagnosis),
                  id);
            t.add(prefix + QStringLiteral("by_risk.") + riskKey(int(s.int64(5))), {}, id);
        }
        if (!livesAtHome(state))
            continue;
        const QDate reviewDue = s.date(8);
        // Indexed by Component, in declaration order (no allocation per client).
        static_assert(int(C::ReviewNotOverdue) == 5);
        const bool met[] = {s.int64(10) != 0,
                            s.int64(11) != 0,
                            s.int64(12) != 0,
                            s.int64(13) != 0,
                            s.int64(14) != 0 || groups.contains(id),
                            !reviewDue.isValid() || reviewDue >= end};
        ++denominator;
        bool all = true;
        for (const C c : rule.components()) {
            if (met[int(c)])
                t.add(QStringLiteral("standard_service.component.") + StandardServiceRule::key(c), {}, id);
            else
                all = false;
        }
        if (all)
            t.add(rate, {}, id);
    }
    countClosures(db, period, t);

    IndicatorGroup clients{QStringLiteral("clients"), Tr::tr("Clients"), {}};
    clients.indicators << t.take(registeredTotal) << t.take(registeredNew)
                       << t.takeInOrder(QStringLiteral("clients.state.")) << t.take(waitingLong)
                       << t.takeInOrder(QStringLiteral("closures."))
                       << t.take(QStringLiteral("transfers_out"))
                       << t.takeInOrder(QStringLiteral("clients.in_service.by_age."))
                       << t.takeInOrder(QStringLiteral("clients.in_service.by_gender."))
                       << t.takeSorted(QStringLiteral("clients.in_service.by_county."))
                       << t.takeSorted(QStringLiteral("clients.in_service.by_diagnosis."))
                       << t.takeInOrder(QStringLiteral("clients.in_service.by_risk."));
    IndicatorGroup standard{QStringLiteral("standard_service"), Tr::tr("Standardised service"), {}};
    standard.indicators << t.take(rate, denominator);
    for (const C c : rule.components())
        standard.indicators << t.take(
            QStringLiteral("standard_service.component.") + StandardServiceRule::key(c), denominator);
    return {clients, standard};
}

} // namespace kq
