#include "ReferralIndicators.h"

#include "assessments/AssessmentVocabulary.h"
#include "lifecycle/CaseAction.h"
#include "lifecycle/CaseDeadlines.h"
#include "lifecycle/WorkingCalendar.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReferralIndicators)
};

// A count of clients' events, with the clients behind it when kept (each once).
struct Tally {
    qint64 value = 0;
    QStringList records;
    QSet<QString> seen;

    void add(const QString& clientId, bool keep)
    {
        ++value;
        if (keep && !seen.contains(clientId)) {
            seen.insert(clientId);
            records.append(clientId);
        }
    }
};

struct Event {
    QString clientId;
    QString action;
    QDate day; // local
    QString details;
};

// The local day of an occurred_at text. Parsing and converting each of a month's events costs more
// than reading it, so for the form the store writes (UTC with milliseconds, "…T…:…:….zzzZ") the
// day is found by comparing the text with the first instant of the local day that begins on the
// same UTC date, worked out once per date; any other text is converted as it always was.
class LocalDays {
public:
    QDate of(const QString& occurredAt)
    {
        if (occurredAt.size() != 24 || occurredAt[10] != u'T' || occurredAt[19] != u'.' ||
            occurredAt[23] != u'Z')
            return QDateTime::fromString(occurredAt, Qt::ISODateWithMs).toLocalTime().date();
        const QString utcDate = occurredAt.left(10);
        auto it = m_dates.constFind(utcDate);
        if (it == m_dates.cend()) {
            const QDate day = QDate::fromString(utcDate, Qt::ISODate);
            if (!day.isValid())
                return QDateTime::fromString(occurredAt, Qt::ISODateWithMs).toLocalTime().date();
            const QDate first =
                QDateTime(day, QTime(0, 0), Qt::UTC).toLocalTime().date(); // the day it starts in
            it = m_dates.insert(
                utcDate,
                {first, QDateTime(first.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs)});
        }
        return occurredAt < it->next ? it->first : it->first.addDays(1);
    }

private:
    struct Split {
        QDate first;  // the local day the UTC date starts in
        QString next; // the first instant of the local day after it, as occurred_at writes it
    };
    QHash<QString, Split> m_dates; // by UTC date
};

QString detail(const QString& json, const char* key)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String(key)).toString();
}

// occurred_at is UTC: the period's local days as a UTC range keep case_events_by_action_client usable.
QString utcStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

// The period's events of one action, in time order (then as recorded). The index holds the client;
// `details` is read from the row only when asked for.
QList<Event> eventsIn(Database& db, const char* action, const ReportPeriod& period, bool withDetails = false)
{
    LocalDays days;
    Statement s = db.prepare(withDetails ? "SELECT client_id, occurred_at, details FROM case_events "
                                           "WHERE action = ? AND occurred_at >= ? AND occurred_at < ? "
                                           "ORDER BY occurred_at, rowid"
                                         : "SELECT client_id, occurred_at FROM case_events "
                                           "WHERE action = ? AND occurred_at >= ? AND occurred_at < ? "
                                           "ORDER BY occurred_at, rowid");
    s.bindAll(QString::fromLatin1(action), utcStart(period.from), utcStart(period.to.addDays(1)));
    QList<Event> out;
    while (s.step())
        out.append({s.text(0), QString::fromLatin1(action), days.of(s.text(1)),
                    withDetails ? s.text(2) : QString()});
    return out;
}

struct ScaleDirection {
    const char* id;
    bool lowerIsBetter; // see resources/scales: SDSS and ADL totals rise with impairment
};
constexpr ScaleDirection kScales[] = {{"sdss", true}, {"barthel", false}, {"lawton-adl", true}};

QString scaleName(const QString& id)
{
    if (id == u"sdss")
        return Tr::tr("SDSS");
    if (id == u"barthel")
        return Tr::tr("Barthel index");
    return Tr::tr("ADL (Lawton–Brody)");
}
} // namespace

IndicatorGroup ReferralIndicators::compute(Database& db, const WorkingCalendar& calendar,
                                           const ReportPeriod& period, bool keepRecords)
{
    IndicatorGroup g{QStringLiteral("referrals"), Tr::tr("Referrals and outcomes"), {}};
    auto append = [&](const QString& key, const QString& label, Tally& t) {
        g.indicators.append(Indicator{key, label, t.value, -1, t.records});
    };
    auto count = [&](const QString& key, const QString& label, const char* action) {
        Tally t;
        for (const Event& e : eventsIn(db, action, period))
            t.add(e.clientId, keepRecords);
        append(key, label, t);
    };

    // Applications by way in: the way in is in each application's details.
    Tally applications;
    QMap<QString, Tally> byWay;
    for (const char* action : {"apply", "reapply"})
        for (const Event& e : eventsIn(db, action, period, true)) {
            applications.add(e.clientId, keepRecords);
            byWay[detail(e.details, "way_in")].add(e.clientId, keepRecords);
        }
    append(QStringLiteral("referrals.applications"), Tr::tr("Applications"), applications);
    for (WayIn w : WaysIn::all())
        append(QStringLiteral("referrals.in.") + WaysIn::key(w),
               Tr::tr("Applications: %1").arg(WaysIn::name(w)), byWay[WaysIn::key(w)]);

    count(QStringLiteral("referrals.registrations"), Tr::tr("Registrations"), "register");
    count(QStringLiteral("referrals.to_centre"), Tr::tr("Referrals to a centre"), "refer-to-centre");
    count(QStringLiteral("referrals.accepted"), Tr::tr("Referrals accepted"), "accept-referral");
    count(QStringLiteral("referrals.declined"), Tr::tr("Referrals declined"), "decline-referral");
    count(QStringLiteral("referrals.transfers_out"), Tr::tr("Transfers out (relocation)"), "transfer-out");
    count(QStringLiteral("referrals.green_channel"), Tr::tr("Green-channel referrals to hospital (relapse)"),
          "green-channel");

    // Deadline breaches: walk the history of each client with a registration or referral step in
    // the period, oldest first, to find the application and registration each step answers.
    Tally registrationBreaches, referralBreaches;
    {
        QStringList clients; // in the order first met
        QSet<QString> met;
        for (const char* action : {"register", "refer-to-centre", "place-on-waiting-list"})
            for (const Event& e : eventsIn(db, action, period))
                if (!met.contains(e.clientId)) {
                    met.insert(e.clientId);
                    clients.append(e.clientId);
                }
        // Every history in one pass over case_events_by_client_history (no row read), each in the
        // order it has always been walked (occurred_at, recorded_at, to_status, then as recorded);
        // an application's details are read only when a registration in the period is measured
        // against it. Counted per client, then added in the order the clients were met.
        struct Step {
            QString occurredAt, recordedAt, toStatus, action;
            qint64 rowid;
        };
        const QString from = utcStart(period.from);
        const QString to = utcStart(period.to.addDays(1));
        Statement h = db.prepare(
            "SELECT client_id, occurred_at, recorded_at, to_status, action, rowid FROM case_events "
            "WHERE client_id IN (SELECT client_id FROM case_events WHERE action IN ('register', "
            "'refer-to-centre', 'place-on-waiting-list') AND occurred_at >= ? AND occurred_at < ?) "
            "ORDER BY client_id");
        h.bindAll(from, to);
        Statement appliedOn = db.prepare("SELECT details FROM case_events WHERE rowid = ?");
        QHash<QString, std::pair<int, int>> breaches; // client → registrations, referrals late
        QList<Step> steps;
        LocalDays days;
        QString client;
        const auto walk = [&] {
            std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
                return std::tie(a.occurredAt, a.recordedAt, a.toStatus, a.rowid) <
                       std::tie(b.occurredAt, b.recordedAt, b.toStatus, b.rowid);
            });
            QDate applied, registered;
            qint64 application = -1; // rowid of the application whose date is not read yet
            bool referralStepTaken = false;
            std::pair<int, int> late{0, 0};
            for (const Step& step : std::as_const(steps)) {
                const QString& action = step.action;
                const QDate day = days.of(step.occurredAt);
                if (action == u"apply" || action == u"reapply") {
                    applied = day;
                    application = step.rowid;
                    registered = {}; // a platform referral arrives referred: no referral step of ours
                    referralStepTaken = false;
                } else if (action == u"register") {
                    registered = day;
                    referralStepTaken = false;
                    if (!period.contains(day) || !applied.isValid())
                        continue;
                    if (application >= 0) { // the date on the form, when it has one
                        appliedOn.reset();
                        appliedOn.bind(1, application);
                        const QDate onForm =
                            appliedOn.step()
                                ? QDate::fromString(detail(appliedOn.text(0), "applied_on"), Qt::ISODate)
                                : QDate();
                        if (onForm.isValid())
                            applied = onForm;
                        application = -1;
                    }
                    if (day > calendar.addWorkingDays(applied, CaseDeadlines::kRegistrationWorkingDays))
                        ++late.first;
                } else if (action == u"refer-to-centre" || action == u"place-on-waiting-list") {
                    if (registered.isValid() && !referralStepTaken && period.contains(day) &&
                        day > calendar.addWorkingDays(registered, CaseDeadlines::kReferralWorkingDays))
                        ++late.second;
                    referralStepTaken = true; // later hand-overs after a wait are not this deadline's
                }
            }
            if (late.first > 0 || late.second > 0)
                breaches.insert(client, late);
            steps.clear();
        };
        while (h.step()) {
            if (h.text(0) != client) {
                walk();
                client = h.text(0);
            }
            steps.append({h.text(1), h.text(2), h.text(3), h.text(4), h.int64(5)});
        }
        walk();
        for (const QString& c : std::as_const(clients)) {
            const std::pair<int, int> late = breaches.value(c);
            for (int n = 0; n < late.first; ++n)
                registrationBreaches.add(c, keepRecords);
            for (int n = 0; n < late.second; ++n)
                referralBreaches.add(c, keepRecords);
        }
    }
    append(QStringLiteral("referrals.breaches.registration"),
           Tr::tr("Registrations later than %n working day(s) after the application", nullptr,
                  CaseDeadlines::kRegistrationWorkingDays),
           registrationBreaches);
    append(QStringLiteral("referrals.breaches.referral"),
           Tr::tr("Referrals later than %n working day(s) after the registration", nullptr,
                  CaseDeadlines::kReferralWorkingDays),
           referralBreaches);

    // Closures by the outcome of the latest post-service assessment up to the day of closure.
    Tally closures;
    QMap<QString, Tally> byOutcome;
    // assessments_transfer_outcome, one row read for the outcome.
    Statement outcome =
        db.prepare("SELECT outcome FROM assessments WHERE client_id = ? AND kind = 'transfer' "
                   "AND outcome IS NOT NULL AND assessed_on <= ? "
                   "ORDER BY assessed_on DESC, created_at DESC, rowid DESC LIMIT 1");
    for (const Event& e : eventsIn(db, "close", period)) {
        closures.add(e.clientId, keepRecords);
        outcome.reset();
        outcome.bindAll(e.clientId, isoDate(e.day));
        if (outcome.step())
            byOutcome[outcome.text(0)].add(e.clientId, keepRecords);
    }
    append(QStringLiteral("referrals.closures"), Tr::tr("Closures"), closures);
    for (const QString& key : AssessmentVocabulary::outcomes())
        append(QStringLiteral("referrals.closures.") + key,
               Tr::tr("Closures: %1").arg(AssessmentVocabulary::outcomeName(key)), byOutcome[key]);
    count(QStringLiteral("referrals.withdrawals"), Tr::tr("Withdrawals"), "withdraw");

    // Assessments done, from assessments_by_kind (every kind: the table's CHECK allows these three).
    const QString from = isoDate(period.from);
    const QString to = isoDate(period.to);
    QMap<QString, Tally> byKind;
    Tally assessments;
    Statement done =
        db.prepare("SELECT kind, client_id FROM assessments "
                   "WHERE kind IN ('intake', 'periodic', 'transfer') AND assessed_on BETWEEN ? AND ? "
                   "ORDER BY assessed_on, kind, rowid");
    done.bindAll(from, to);
    while (done.step()) {
        assessments.add(done.text(1), keepRecords);
        byKind[done.text(0)].add(done.text(1), keepRecords);
    }
    append(QStringLiteral("referrals.assessments"), Tr::tr("Assessments done"), assessments);
    for (Assessment::Kind k : AssessmentVocabulary::kinds())
        append(QStringLiteral("referrals.assessments.") + AssessmentVocabulary::kindKey(k),
               Tr::tr("Assessments done: %1").arg(AssessmentVocabulary::kindName(k)),
               byKind[AssessmentVocabulary::kindKey(k)]);

    // The same cases as the front page's due list (CaseDeadlines), through case_files_by_review_due:
    // the cases due by the end are few, the clients in service many (CROSS JOIN keeps that order).
    Tally overdue;
    Statement late =
        db.prepare("SELECT f.client_id FROM case_files f CROSS JOIN clients c ON c.id = f.client_id "
                   "WHERE f.review_due <= ? "
                   "AND c.status IN ('in_service', 'hospitalised', 'awaiting_agreement')");
    late.bind(1, to);
    while (late.step())
        overdue.add(late.text(0), keepRecords);
    append(QStringLiteral("referrals.assessments_overdue"), Tr::tr("Periodic assessments overdue at the end"),
           overdue);

    // Scale change: each client's scale totals up to the end, oldest first, for clients assessed in
    // the period; the last two are compared when the last falls in the period. One pass for every
    // scale: the clients from assessments_by_kind, their assessments from
    // assessments_by_client_history and the totals from assessment_scales_totals (no row read).
    struct Total {
        QString scale, assessedOn, createdAt;
        qint64 rowid, total;
    };
    QMap<QString, std::array<Tally, 3>> change; // scale → improved, same, worse
    Statement totals = db.prepare(
        "SELECT a.client_id, s.scale_id, a.assessed_on, a.created_at, a.rowid, s.total FROM assessments a "
        "JOIN assessment_scales s ON s.assessment_id = a.id "
        "WHERE a.assessed_on <= ? AND a.client_id IN (SELECT client_id FROM assessments "
        "WHERE kind IN ('intake', 'periodic', 'transfer') AND assessed_on BETWEEN ? AND ?) "
        "ORDER BY a.client_id");
    totals.bindAll(to, from, to);
    QString client;
    QList<Total> history;
    auto settle = [&] {
        // Oldest first as before: by day, then as created, then as recorded.
        std::sort(history.begin(), history.end(), [](const Total& a, const Total& b) {
            return std::tie(a.assessedOn, a.createdAt, a.rowid) <
                   std::tie(b.assessedOn, b.createdAt, b.rowid);
        });
        for (const ScaleDirection& scale : kScales) {
            qint64 last = 0, before = 0;
            QString lastOn;
            int seen = 0;
            for (const Total& t : std::as_const(history))
                if (t.scale == QLatin1String(scale.id)) {
                    before = last;
                    last = t.total;
                    lastOn = t.assessedOn;
                    ++seen;
                }
            if (seen < 2 || !period.contains(QDate::fromString(lastOn, Qt::ISODate)))
                continue;
            const qint64 better = scale.lowerIsBetter ? before - last : last - before;
            change[QLatin1String(scale.id)][better > 0 ? 0 : better < 0 ? 2 : 1].add(client, keepRecords);
        }
        history.clear();
    };
    while (totals.step()) {
        if (totals.text(0) != client) {
            settle();
            client = totals.text(0);
        }
        history.append({totals.text(1), totals.text(2), totals.text(3), totals.int64(4), totals.int64(5)});
    }
    settle();
    for (const ScaleDirection& scale : kScales) {
        const QString id = QString::fromLatin1(scale.id);
        std::array<Tally, 3>& t = change[id];
        const QString prefix = QStringLiteral("referrals.change.") + id;
        append(prefix + QStringLiteral(".improved"), Tr::tr("%1 improved").arg(scaleName(id)), t[0]);
        append(prefix + QStringLiteral(".same"), Tr::tr("%1 unchanged").arg(scaleName(id)), t[1]);
        append(prefix + QStringLiteral(".worse"), Tr::tr("%1 worse").arg(scaleName(id)), t[2]);
    }
    return g;
}

} // namespace kq
