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
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

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

QDate localDay(const QString& occurredAt)
{
    return QDateTime::fromString(occurredAt, Qt::ISODateWithMs).toLocalTime().date();
}

QString detail(const QString& json, const char* key)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String(key)).toString();
}

// occurred_at is UTC: the period's local days as a UTC range keep case_events_by_action usable.
QString utcStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QList<Event> eventsIn(Database& db, const char* action, const ReportPeriod& period)
{
    Statement s =
        db.prepare("SELECT client_id, occurred_at, details FROM case_events "
                   "WHERE action = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at");
    s.bindAll(QString::fromLatin1(action), utcStart(period.from), utcStart(period.to.addDays(1)));
    QList<Event> out;
    while (s.step())
        out.append({s.text(0), QString::fromLatin1(action), localDay(s.text(1)), s.text(2)});
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
        for (const Event& e : eventsIn(db, action, period)) {
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
        QStringList clients;
        for (const char* action : {"register", "refer-to-centre", "place-on-waiting-list"})
            for (const Event& e : eventsIn(db, action, period))
                if (!clients.contains(e.clientId))
                    clients.append(e.clientId);
        Statement h = db.prepare("SELECT action, occurred_at, details FROM case_events WHERE client_id = ? "
                                 "ORDER BY occurred_at, recorded_at");
        for (const QString& client : clients) {
            h.reset();
            h.bind(1, client);
            QDate applied, registered;
            bool referralStepTaken = false;
            while (h.step()) {
                const QString action = h.text(0);
                const QDate day = localDay(h.text(1));
                if (action == u"apply" || action == u"reapply") {
                    const QDate onForm = QDate::fromString(detail(h.text(2), "applied_on"), Qt::ISODate);
                    applied = onForm.isValid() ? onForm : day;
                    registered = {}; // a platform referral arrives referred: no referral step of ours
                    referralStepTaken = false;
                } else if (action == u"register") {
                    registered = day;
                    referralStepTaken = false;
                    if (period.contains(day) && applied.isValid() &&
                        day > calendar.addWorkingDays(applied, CaseDeadlines::kRegistrationWorkingDays))
                        registrationBreaches.add(client, keepRecords);
                } else if (action == u"refer-to-centre" || action == u"place-on-waiting-list") {
                    if (registered.isValid() && !referralStepTaken && period.contains(day) &&
                        day > calendar.addWorkingDays(registered, CaseDeadlines::kReferralWorkingDays))
                        referralBreaches.add(client, keepRecords);
                    referralStepTaken = true; // later hand-overs after a wait are not this deadline's
                }
            }
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
    Statement outcome =
        db.prepare("SELECT outcome FROM assessments WHERE client_id = ? AND kind = 'transfer' "
                   "AND outcome IS NOT NULL AND assessed_on <= ? "
                   "ORDER BY assessed_on DESC, created_at DESC LIMIT 1");
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

    // Assessments done. No index leads with assessed_on; the table grows by a few rows per client
    // a year, far below the sessions.
    const QString from = isoDate(period.from);
    const QString to = isoDate(period.to);
    QMap<QString, Tally> byKind;
    Tally assessments;
    Statement done = db.prepare("SELECT kind, client_id FROM assessments WHERE assessed_on BETWEEN ? AND ?");
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

    // The same cases as the front page's due list (CaseDeadlines), through case_files_by_review_due.
    Tally overdue;
    Statement late = db.prepare("SELECT f.client_id FROM case_files f JOIN clients c ON c.id = f.client_id "
                                "WHERE f.review_due <= ? "
                                "AND c.status IN ('in_service', 'hospitalised', 'awaiting_agreement')");
    late.bind(1, to);
    while (late.step())
        overdue.add(late.text(0), keepRecords);
    append(QStringLiteral("referrals.assessments_overdue"), Tr::tr("Periodic assessments overdue at the end"),
           overdue);

    // Scale change: each client's scale totals up to the end, oldest first, for clients assessed in
    // the period; the last two are compared when the last falls in the period.
    for (const ScaleDirection& scale : kScales) {
        const QString id = QString::fromLatin1(scale.id);
        Statement s = db.prepare("SELECT a.client_id, a.assessed_on, s.total FROM assessments a "
                                 "JOIN assessment_scales s ON s.assessment_id = a.id AND s.scale_id = ? "
                                 "WHERE a.assessed_on <= ? AND a.client_id IN "
                                 "(SELECT client_id FROM assessments WHERE assessed_on BETWEEN ? AND ?) "
                                 "ORDER BY a.client_id, a.assessed_on, a.created_at");
        s.bindAll(id, to, from, to);
        Tally improved, same, worse;
        QString client;
        QDate lastOn;
        qint64 last = 0, before = 0;
        int seen = 0;
        auto settle = [&] {
            if (seen < 2 || !period.contains(lastOn))
                return;
            const qint64 better = scale.lowerIsBetter ? before - last : last - before;
            (better > 0 ? improved : better < 0 ? worse : same).add(client, keepRecords);
        };
        while (s.step()) {
            if (s.text(0) != client) {
                settle();
                client = s.text(0);
                seen = 0;
            }
            before = last;
            last = s.int64(2);
            lastOn = s.date(1);
            ++seen;
        }
        settle();
        const QString prefix = QStringLiteral("referrals.change.") + id;
        append(prefix + QStringLiteral(".improved"), Tr::tr("%1 improved").arg(scaleName(id)), improved);
        append(prefix + QStringLiteral(".same"), Tr::tr("%1 unchanged").arg(scaleName(id)), same);
        append(prefix + QStringLiteral(".worse"), Tr::tr("%1 worse").arg(scaleName(id)), worse);
    }
    return g;
}

} // namespace kq
