#pragma once

#include "ReportPeriod.h"
#include "StandardServiceRule.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>
#include <vector>

namespace kq {

class Database;

// What the client indicators and the standardised-service rate know of every client at the end of
// each of one or more report periods (the dashboard's trend asks for twelve at once). Each kind of
// fact comes from one statement over an index (decision 0011), not a query per client.
// - The state at a period's end: the to_status of the client's latest case event (by occurred_at,
//   recorded_at, rowid) strictly before the local day after the end; empty without one. (Only
//   when two events of a client share occurred_at and recorded_at is that client asked again.)
// - Consent and agreement in force on the last day, an intake assessment and a plan on or before
//   it, the case file's dates (today's: registered_on, waiting_since, review_due).
// - Served in the period: set by the caller (markServed), which reads the sessions anyway.
// With `Profile`, also what the in-service breakdowns need from clients (gender, birth date,
// county, diagnosis, risk level). Periods are given in ascending order; at most kMaxPeriods.
class CaseFacts {
public:
    enum Load { CasesOnly, Profile };
    static constexpr int kMaxPeriods = 64;

    struct Client {
        QByteArray key; // the id as stored (UTF-8): clients are kept in this order
        QString id;
        QString gender, county, diagnosis; // Profile only
        QDate birthDate;                   // Profile only
        qint64 riskLevel = -1;             // Profile only
        QDate registeredOn, waitingSince, reviewDue;
        QString firstIntake, firstPlan; // the earliest assessed_on / starts_on, as stored; empty: none
    };

    CaseFacts(Database& db, const QList<ReportPeriod>& periods, Load load);

    const QList<ReportPeriod>& periods() const { return m_periods; }
    qsizetype size() const { return qsizetype(m_clients.size()); }
    const Client& client(qsizetype i) const { return m_clients[std::size_t(i)]; }
    // The client's position, or -1 for an id not among the clients. `cursor` is where the last
    // look-up ended: ids asked for in ascending order (index scans by client) are found by walking
    // on from it, in memory order, any other order by binary search.
    qsizetype find(std::string_view id, qsizetype& cursor) const;
    qsizetype indexOf(const QString& id) const
    {
        qsizetype cursor = 0;
        const QByteArray utf8 = id.toUtf8();
        return find(std::string_view(utf8.constData(), std::size_t(utf8.size())), cursor);
    }

    // The state key at the end of period k (a CaseState key as stored), empty without an event.
    const QString& state(qsizetype client, int k) const;
    // Registered and living at home at the end of period k: the rate's denominator (DOMAIN.md).
    bool livesAtHome(qsizetype client, int k) const;
    // Whether the client meets a component of the standardised-service rule in period k.
    bool meets(qsizetype client, int k, StandardServiceRule::Component c) const;

    // A session or attended group meeting of the client in period k (ids best in ascending order).
    void markServed(qsizetype client, int k) { m_served[std::size_t(client)] |= bit(k); }
    void markServed(std::string_view clientId, int k);
    // The period holding `day` (ISO text, compared as SQLite compares text), or -1.
    int periodOf(const QString& day) const;
    // The clients present at group meetings held in each period (attendance as recorded, whether
    // or not the meeting's attendance was closed), marked served.
    void markGroupAttendance(Database& db);

private:
    static std::uint64_t bit(int k) { return std::uint64_t(1) << k; }
    void loadClients(Database& db, Load load);
    void loadCaseFiles(Database& db);
    void replayStates(Database& db);
    void loadDocuments(Database& db);
    void loadFirsts(Database& db);

    QList<ReportPeriod> m_periods;
    QStringList m_fromDays, m_endDays; // ISO texts of each period's first and last day
    std::vector<Client> m_clients;
    qsizetype m_servedCursor = 0;
    QStringList m_stateKeys;                                     // distinct to_status texts; 0 is "no event"
    std::vector<std::uint8_t> m_states;                          // client * periods + k → m_stateKeys index
    std::vector<std::uint64_t> m_consent, m_agreement, m_served; // bit k: period k
};

} // namespace kq
