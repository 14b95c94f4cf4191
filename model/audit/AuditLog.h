#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kq {

class Database;
struct Actor;

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;  // username, or "system"
    QString action; // create, update, delete, sign-in, reveal, export, ...
    QString entity; // account, centre, client, ...
    QString entityId;
    QStringList fields; // names of the fields touched; never their values
};

// The tamper-evident log of who did what. Each entry's hash is BLAKE2b over the previous hash and
// the entry; the head (last seq and hash) is kept in `meta`, so editing, deleting or truncating
// entries breaks the chain at a point verify() can name.
class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction.
    void append(const AuditEntry& entry);

    struct Break {
        qint64 seq;     // first entry that does not verify (or the head position)
        QString reason; // untranslated, for logs and `kangqiao check`
    };
    // Walks the whole chain; nullopt when intact.
    std::optional<Break> verify();

    // Newest first, unchecked: for tests and callers that already hold the right to read.
    QList<AuditEntry> recent(int limit, int offset = 0);

    // What a supervisor narrows the log to; empty members do not filter.
    struct Filter {
        QString actor;       // username
        QStringList actions; // action keys (AuditVocabulary::actionsOf)
        QString clientId;    // entries about this client's record and everything belonging to it
        QDate from, to;      // local calendar days, both included
        bool isEmpty() const
        {
            return actor.isEmpty() && actions.isEmpty() && clientId.isEmpty() && !from.isValid() &&
                   !to.isValid();
        }
    };
    // The audit view's read: newest first, one page of `limit` from `offset`. Refused unless the
    // actor may view the audit log (Permission::ViewAuditLog: supervisors, administrators), so the
    // CLI, the window and any export obey the same rule.
    Result<QList<AuditEntry>> page(const Actor& actor, const Filter& filter, int limit, int offset = 0);
    // The chain's length, from the first and last sequence numbers (two index probes, not a walk
    // of millions of rows): entries are never deleted, and verify() proves there is no gap.
    qint64 count();
    // The chain's newest link: what a push tells the platform, so truncation is visible there.
    struct Head {
        qint64 seq = 0;
        QByteArray hash;
    };
    Head head();
    // Entries about any of these records, oldest first (a client's timeline).
    QList<AuditEntry> forRecords(const QStringList& entityIds);

private:
    QByteArray genesis();
    static QByteArray hashOf(const QByteArray& prev, const AuditEntry& e);

    Database& m_db;
};

} // namespace kq
