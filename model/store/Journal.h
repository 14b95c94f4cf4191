#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace kq {

class Clock;
class Database;
struct Actor;

// One change a person made, described once for both the audit log and the sync outbox.
struct Change {
    enum class Op { Create, Update, Delete, None };

    QString entity;   // table-level name: account, centre, client, ...
    QString entityId; // the record's UUID
    Op op = Op::Update;
    QString action;     // what the audit log says; defaults to the op's name ("sign-in", "reveal", ...)
    QVariantMap fields; // changed fields with their new values; values go to the outbox only
    std::optional<qint64> baseServerRev;
    bool syncs = true; // false for local-only records (accounts) and pure access events
};

// The single write path: every repository calls record() inside the transaction of its write, so
// the audit entry and the outbox operation commit or roll back with the data.
class Journal {
public:
    Journal(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    void record(const Actor& actor, const Change& change);
    const Clock& clock() const { return m_clock; }
    Database& database() { return m_db; }

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kq
