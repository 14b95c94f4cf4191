#include "CaseFacts.h"

#include "store/Database.h"
#include "store/StoredValues.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace kq {

namespace {
using C = StandardServiceRule::Component;

// The first instant of a Beijing day as occurred_at writes it (UTC, milliseconds). Date-only
// texts sort before the instant of their own day's end, so both forms compare right (east of UTC).
QString startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

std::string_view viewOf(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

// The latest case event so far, as the replay orders them: by occurred_at, recorded_at, rowid.
struct Latest {
    std::string occurredAt, recordedAt;
    qint64 rowid = 0;
    std::uint8_t state = 0; // 0: none yet

    bool isBefore(std::string_view occurred, std::string_view recorded, qint64 id) const
    {
        if (state == 0)
            return true;
        if (const int c = std::string_view(occurredAt).compare(occurred); c != 0)
            return c < 0;
        if (const int c = std::string_view(recordedAt).compare(recorded); c != 0)
            return c < 0;
        return rowid < id;
    }
};
} // namespace

// Memory matters more than SQL here: a look-up in a hash of 100,000 ids costs a few cache misses,
// as much as the index entry it serves. So the clients are kept in id order and every scan that
// can comes in client order (the indexes lead with client_id, or SQLite sorts), and is matched by
// walking along (find()).
CaseFacts::CaseFacts(Database& db, const QList<ReportPeriod>& periods, Load load) : m_periods(periods)
{
    if (periods.isEmpty() || periods.size() > kMaxPeriods)
        throw std::invalid_argument("CaseFacts: 1 to 64 periods");
    for (qsizetype k = 0; k < periods.size(); ++k) {
        if (k > 0 && periods[k].to <= periods[k - 1].to)
            throw std::invalid_argument("CaseFacts: periods in ascending order");
        m_fromDays << isoDate(periods[k].from);
        m_endDays << isoDate(periods[k].to);
    }
    m_stateKeys << QString();
    loadClients(db, load);
    loadCaseFiles(db);
    replayStates(db);
    loadDocuments(db);
    loadFirsts(db);
}

qsizetype CaseFacts::find(std::string_view id, qsizetype& cursor) const
{
    const qsizetype n = size();
    const auto keyAt = [&](qsizetype i) { return viewOf(m_clients[std::size_t(i)].key); };
    qsizetype lo = 0, hi = n;
    if (cursor < n) {
        const int c = keyAt(cursor).compare(id);
        if (c == 0)
            return cursor;
        if (c < 0) { // ahead: the next few, then gallop
            lo = cursor + 1;
            for (qsizetype step = 1; lo < n; step *= 2) {
                const qsizetype probe = std::min(n - 1, cursor + step);
                const int d = keyAt(probe).compare(id);
                if (d >= 0) {
                    hi = probe + 1;
                    break;
                }
                lo = probe + 1;
                if (probe == n - 1)
                    break;
            }
        } else {
            hi = cursor;
        }
    }
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (keyAt(mid).compare(id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    cursor = std::min(lo, n > 0 ? n - 1 : 0);
    return lo < n && keyAt(lo) == id ? lo : -1;
}

void CaseFacts::loadClients(Database& db, Load load)
{
    Statement s =
        db.prepare(load == Profile ? "SELECT id, gender, birth_date, residence_county, diagnosis_code, "
                                     "risk_level FROM clients"
                                   : "SELECT id FROM clients");
    while (s.step()) {
        Client c;
        const std::string_view id = s.utf8(0);
        c.key = QByteArray(id.data(), qsizetype(id.size()));
        c.id = QString::fromUtf8(c.key);
        if (load == Profile) {
            c.gender = s.text(1);
            c.birthDate = s.date(2);
            c.county = s.text(3);
            c.diagnosis = s.text(4);
            c.riskLevel = s.int64(5);
        }
        m_clients.push_back(std::move(c));
    }
    // Time-ordered ids (UUIDv7) come nearly sorted (only ids made in the same millisecond swap
    // places): an insertion sort moves those few a step or two; any other order is sorted in full.
    const auto byKey = [](const Client& a, const Client& b) { return viewOf(a.key) < viewOf(b.key); };
    std::size_t unordered = 0;
    for (std::size_t i = 1; i < m_clients.size(); ++i)
        unordered += byKey(m_clients[i], m_clients[i - 1]) ? 1 : 0;
    if (unordered > m_clients.size() / 64) {
        std::sort(m_clients.begin(), m_clients.end(), byKey);
    } else if (unordered > 0) {
        for (std::size_t i = 1; i < m_clients.size(); ++i)
            for (std::size_t j = i; j > 0 && byKey(m_clients[j], m_clients[j - 1]); --j)
                std::swap(m_clients[j], m_clients[j - 1]);
    }
    const std::size_t n = m_clients.size();
    m_states.assign(n * std::size_t(m_periods.size()), 0);
    m_consent.assign(n, 0);
    m_agreement.assign(n, 0);
    m_served.assign(n, 0);
}

void CaseFacts::loadCaseFiles(Database& db)
{
    // In table order, which is the clients' order for time-ordered ids.
    Statement s = db.prepare("SELECT client_id, registered_on, waiting_since, review_due FROM case_files");
    qsizetype cursor = 0;
    while (s.step()) {
        const qsizetype i = find(s.utf8(0), cursor);
        if (i < 0)
            continue;
        Client& c = m_clients[std::size_t(i)];
        c.registeredOn = s.date(1);
        c.waitingSince = s.date(2);
        c.reviewDue = s.date(3);
    }
}

// The latest event before each period's end is the state at that end. For several ends, one pass
// over case_events_by_client_history, client by client and in time order within each. For one
// end, a seek per client in the same index is cheaper: the latest event and the one before it; when
// the two share occurred_at and recorded_at, the rowid decides, asked for that client alone.
void CaseFacts::replayStates(Database& db)
{
    const int n = int(m_periods.size());
    std::vector<std::string> bounds;
    for (const ReportPeriod& p : m_periods)
        bounds.push_back(startOf(p.to.addDays(1)).toStdString());
    std::vector<std::string> keys{std::string()}; // m_stateKeys as UTF-8
    const auto keyOf = [&](std::string_view status) -> std::uint8_t {
        for (std::size_t i = 1; i < keys.size(); ++i)
            if (keys[i] == status)
                return std::uint8_t(i);
        if (keys.size() >= 255)
            throw std::runtime_error("CaseFacts: too many distinct case states");
        keys.emplace_back(status);
        m_stateKeys << QString::fromUtf8(status.data(), qsizetype(status.size()));
        return std::uint8_t(keys.size() - 1);
    };

    if (n == 1) {
        // char(31) separates the state from the event's time: neither can hold it.
        Statement s =
            db.prepare("SELECT c.id, "
                       "(SELECT e.to_status || char(31) || e.occurred_at || char(31) || e.recorded_at "
                       " FROM case_events e WHERE e.client_id = c.id AND e.occurred_at < ?1 "
                       " ORDER BY e.occurred_at DESC, e.recorded_at DESC LIMIT 1), "
                       "(SELECT e.occurred_at || char(31) || e.recorded_at "
                       " FROM case_events e WHERE e.client_id = c.id AND e.occurred_at < ?1 "
                       " ORDER BY e.occurred_at DESC, e.recorded_at DESC LIMIT 1 OFFSET 1) "
                       "FROM clients c ORDER BY c.id");
        s.bind(1, QString::fromStdString(bounds.front()));
        Statement tie =
            db.prepare("SELECT to_status FROM case_events WHERE client_id = ? AND occurred_at < ? "
                       "ORDER BY occurred_at DESC, recorded_at DESC, rowid DESC LIMIT 1");
        qsizetype cursor = 0;
        while (s.step()) {
            const std::string_view latest = s.utf8(1);
            if (latest.empty())
                continue; // no event by the end
            const qsizetype client = find(s.utf8(0), cursor);
            if (client < 0)
                continue;
            const std::size_t cut = latest.find('\x1f');
            if (latest.substr(cut + 1) != s.utf8(2)) {
                m_states[std::size_t(client)] = keyOf(latest.substr(0, cut));
                continue;
            }
            tie.reset();
            tie.bindAll(m_clients[std::size_t(client)].id, QString::fromStdString(bounds.front()));
            if (tie.step())
                m_states[std::size_t(client)] = keyOf(tie.utf8(0));
        }
        return;
    }

    Statement s = db.prepare("SELECT client_id, occurred_at, recorded_at, rowid, to_status FROM case_events "
                             "WHERE occurred_at < ? ORDER BY client_id, occurred_at, recorded_at");
    s.bind(1, QString::fromStdString(bounds.back()));
    std::string current;
    qsizetype client = -1, cursor = 0;
    int k = 0;
    Latest latest;
    const auto settle = [&] { // the remaining ends see the latest event of the client
        for (; client >= 0 && k < n; ++k)
            m_states[std::size_t(client) * std::size_t(n) + std::size_t(k)] = latest.state;
    };
    while (s.step()) {
        const std::string_view id = s.utf8(0);
        if (id != current) {
            settle();
            current.assign(id);
            client = find(id, cursor);
            k = 0;
            latest.state = 0;
        }
        if (client < 0)
            continue;
        const std::string_view occurred = s.utf8(1);
        for (; k < n && occurred >= std::string_view(bounds[std::size_t(k)]); ++k)
            m_states[std::size_t(client) * std::size_t(n) + std::size_t(k)] = latest.state;
        const std::string_view recorded = s.utf8(2);
        const qint64 rowid = s.int64(3);
        if (latest.isBefore(occurred, recorded, rowid)) {
            latest.occurredAt.assign(occurred);
            latest.recordedAt.assign(recorded);
            latest.rowid = rowid;
            latest.state = keyOf(s.utf8(4));
        }
    }
    settle();
}

// Consents and agreements from signed_documents_in_force (the row holds the PDF: never read it).
void CaseFacts::loadDocuments(Database& db)
{
    Statement s =
        db.prepare("SELECT client_id, kind, valid_from, valid_until, revoked_on FROM signed_documents "
                   "WHERE kind IN ('consent', 'agreement') ORDER BY client_id, kind");
    qsizetype cursor = 0;
    while (s.step()) {
        const qsizetype i = find(s.utf8(0), cursor);
        if (i < 0)
            continue;
        const bool consent = s.utf8(1) == "consent";
        const QString from = s.text(2);
        const QString until = s.text(3);
        const QString revoked = s.text(4);
        const bool open = s.isNull(3);
        const bool kept = s.isNull(4);
        for (int k = 0; k < m_periods.size(); ++k) {
            const QString& day = m_endDays[k];
            if (from <= day && (open || until >= day) && (kept || revoked > day))
                (consent ? m_consent : m_agreement)[std::size_t(i)] |= bit(k);
        }
    }
}

// The earliest intake assessment (assessments_by_kind, sorted by client) and plan (plans_by_client).
void CaseFacts::loadFirsts(Database& db)
{
    Statement a = db.prepare("SELECT client_id, assessed_on FROM assessments "
                             "WHERE kind = 'intake' AND assessed_on <= ? ORDER BY client_id, assessed_on");
    a.bind(1, m_endDays.constLast());
    qsizetype cursor = 0;
    while (a.step())
        if (const qsizetype i = find(a.utf8(0), cursor);
            i >= 0 && m_clients[std::size_t(i)].firstIntake.isEmpty())
            m_clients[std::size_t(i)].firstIntake = a.text(1);
    Statement p = db.prepare(
        "SELECT client_id, starts_on FROM plans WHERE starts_on <= ? ORDER BY client_id, starts_on");
    p.bind(1, m_endDays.constLast());
    cursor = 0;
    while (p.step())
        if (const qsizetype i = find(p.utf8(0), cursor);
            i >= 0 && m_clients[std::size_t(i)].firstPlan.isEmpty())
            m_clients[std::size_t(i)].firstPlan = p.text(1);
}

const QString& CaseFacts::state(qsizetype client, int k) const
{
    return m_stateKeys[m_states[std::size_t(client) * std::size_t(m_periods.size()) + std::size_t(k)]];
}

bool CaseFacts::livesAtHome(qsizetype client, int k) const
{
    static const QSet<QString> keys{QStringLiteral("registered"),         QStringLiteral("waiting"),
                                    QStringLiteral("referred"),           QStringLiteral("assessing"),
                                    QStringLiteral("awaiting_agreement"), QStringLiteral("in_service")};
    return keys.contains(state(client, k));
}

bool CaseFacts::meets(qsizetype client, int k, StandardServiceRule::Component c) const
{
    const Client& f = m_clients[std::size_t(client)];
    switch (c) {
    case C::Consent:
        return m_consent[std::size_t(client)] & bit(k);
    case C::Agreement:
        return m_agreement[std::size_t(client)] & bit(k);
    case C::IntakeAssessment:
        return !f.firstIntake.isEmpty() && f.firstIntake <= m_endDays[k];
    case C::Plan:
        return !f.firstPlan.isEmpty() && f.firstPlan <= m_endDays[k];
    case C::ServiceInPeriod:
        return m_served[std::size_t(client)] & bit(k);
    case C::ReviewNotOverdue:
        return !f.reviewDue.isValid() || f.reviewDue >= m_periods[k].to;
    }
    return false;
}

void CaseFacts::markServed(std::string_view clientId, int k)
{
    if (const qsizetype i = find(clientId, m_servedCursor); i >= 0 && k >= 0)
        markServed(i, k);
}

int CaseFacts::periodOf(const QString& day) const
{
    for (int k = 0; k < m_periods.size(); ++k)
        if (m_fromDays[k] <= day && day <= m_endDays[k])
            return k;
    return -1;
}

void CaseFacts::markGroupAttendance(Database& db)
{
    // From the meetings of the span (group_activities_by_day, then the roster by primary key): a
    // client's whole attendance history can be long, the span's meetings are few. Sorted by client,
    // so the clients are found by walking along.
    Statement s = db.prepare("SELECT a.held_on, ga.client_id FROM group_activities a "
                             "JOIN group_attendance ga ON ga.activity_id = a.id "
                             "WHERE a.held_on BETWEEN ? AND ? AND ga.present = 1 ORDER BY ga.client_id");
    s.bindAll(m_fromDays.constFirst(), m_endDays.constLast());
    while (s.step())
        markServed(s.utf8(1), periodOf(s.text(0)));
}

} // namespace kq
