#include "ClientIndicators.h"

#include "CaseFacts.h"
#include "assessments/AssessmentVocabulary.h"
#include "clients/ClientVocabulary.h"
#include "geo/Divisions.h"
#include "lifecycle/CaseState.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

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
    void add(const QString& key, const QString& label, const QString& id) { add(at(key, label), id); }
    void add(Count& c, const QString& id)
    {
        ++c.n;
        if (m_keep)
            c.ids << id;
    }
    // The count of a key made from `part` (a state, a county, ...), looked up once per distinct part:
    // `make` gives the key and label the first time.
    template <typename Make> Count& cached(QHash<QString, Count*>& cache, const QString& part, Make make)
    {
        Count*& c = cache[part];
        if (!c) {
            const auto [key, label] = make();
            c = &at(key, label);
        }
        return *c;
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

void countClosures(Database& db, const ReportPeriod& period, Tally& t)
{
    t.at(QStringLiteral("closures.total"), Tr::tr("Closed in the period"));
    for (const QString& o : AssessmentVocabulary::outcomes())
        t.at(QStringLiteral("closures.") + o,
             Tr::tr("Closed in the period: %1").arg(AssessmentVocabulary::outcomeName(o)));
    t.at(QStringLiteral("closures.unknown"), Tr::tr("Closed in the period: outcome not recorded"));
    t.at(QStringLiteral("closures.withdrawn"), Tr::tr("Closed in the period: withdrew"));
    t.at(QStringLiteral("transfers_out"), Tr::tr("Transferred out in the period"));

    // case_events_by_action_client finds the month's few closures and transfers with their
    // clients; assessments_transfer_outcome the outcome of each closure (one row read).
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
                           "ORDER BY assessed_on DESC, created_at DESC, rowid DESC LIMIT 1");
        q->bindAll(id, isoDate(day));
        const QString outcome = q->step() ? q->text(0) : QStringLiteral("unknown");
        t.add(QStringLiteral("closures.") + outcome, outcome, id);
    }
}

} // namespace

// Query strategy (100k clients, 2M sessions; decision 0011): CaseFacts reads each kind of fact in
// one pass over an index (the state at the end replayed from case_events_by_client_history), the
// period's sessions come from sessions_by_day_all and group attendance from the period's meetings;
// closures and transfers from case_events_by_action_client. All counting is in C++ over the
// clients, so every breakdown costs nothing more.
QList<IndicatorGroup> ClientIndicators::compute(Database& db, const ReportPeriod& period,
                                                const StandardServiceRule& rule, bool keepRecords)
{
    const QDate end = period.to;
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

    CaseFacts facts(db, {period}, CaseFacts::Profile);
    Statement served =
        db.prepare("SELECT client_id FROM sessions WHERE held_on BETWEEN ? AND ? ORDER BY client_id");
    served.bindAll(isoDate(period.from), isoDate(period.to));
    while (served.step())
        facts.markServed(served.utf8(0), 0);
    facts.markGroupAttendance(db);

    // Every count the loop adds to, found once (the loop runs for every client; a map look-up and
    // a key built per client would cost as much as reading the client).
    Count& total = t.at(registeredTotal, {});
    Count& fresh = t.at(registeredNew, {});
    Count& waiting = t.at(waitingLong, {});
    Count& meetsAll = t.at(rate, {});
    QList<Count*> met;
    for (const C c : rule.components())
        met << &t.at(QStringLiteral("standard_service.component.") + StandardServiceRule::key(c), {});
    QHash<QString, Count*> byState, byAge, byGender, byCounty, byDiagnosis, byRisk;
    const QString prefix = QStringLiteral("clients.in_service.");
    qint64 denominator = 0;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const CaseFacts::Client& c = facts.client(i);
        const QString& id = c.id;
        if (c.registeredOn.isValid() && c.registeredOn <= end) {
            t.add(total, id);
            if (c.registeredOn >= period.from)
                t.add(fresh, id);
        }
        const QString& state = facts.state(i, 0);
        if (state.isEmpty())
            continue; // no case event by the end: not yet a case then
        t.add(t.cached(byState, state,
                       [&] { return std::pair(QStringLiteral("clients.state.") + state, state); }),
              id);
        if (state == u"waiting") {
            if (c.waitingSince.isValid() &&
                c.waitingSince.addMonths(3) <= end) // as the re-review rule counts
                t.add(waiting, id);
        }
        if (state == u"in_service") {
            const QString age = ClientVocabulary::ageGroupKey(ClientVocabulary::ageGroupOn(c.birthDate, end));
            t.add(t.cached(byAge, age,
                           [&] { return std::pair(prefix + QStringLiteral("by_age.") + age, QString()); }),
                  id);
            t.add(t.cached(
                      byGender, c.gender,
                      [&] { return std::pair(prefix + QStringLiteral("by_gender.") + c.gender, c.gender); }),
                  id);
            t.add(t.cached(byCounty, c.county,
                           [&] {
                               const Divisions::County* known = Divisions::instance().county(c.county);
                               return std::pair(prefix + QStringLiteral("by_county.") + c.county,
                                                Tr::tr("In service by county of residence: %1")
                                                    .arg(known ? known->name : c.county));
                           }),
                  id);
            t.add(
                t.cached(byDiagnosis, c.diagnosis,
                         [&] {
                             const QString diagnosis = c.diagnosis.trimmed().left(3).toUpper();
                             return std::pair(
                                 prefix + QStringLiteral("by_diagnosis.") +
                                     (diagnosis.isEmpty() ? QStringLiteral("none") : diagnosis),
                                 Tr::tr("In service by diagnosis group: %1")
                                     .arg(diagnosis.isEmpty() ? Tr::tr("no diagnosis recorded") : diagnosis));
                         }),
                id);
            const QString risk = riskKey(int(c.riskLevel));
            t.add(t.cached(byRisk, risk,
                           [&] { return std::pair(prefix + QStringLiteral("by_risk.") + risk, QString()); }),
                  id);
        }
        if (!facts.livesAtHome(i, 0))
            continue;
        ++denominator;
        bool all = true;
        for (qsizetype n = 0; n < met.size(); ++n) {
            if (facts.meets(i, 0, rule.components()[n]))
                t.add(*met[n], id);
            else
                all = false;
        }
        if (all)
            t.add(meetsAll, id);
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
