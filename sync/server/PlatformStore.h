#pragma once

#include "StoreQuery.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>
#include <optional>
#include <unordered_map>

namespace kq::platform {

// The reference platform's own SQLite file (<data>/platform.sqlite) through QtSql. WAL with
// synchronous=FULL (an answered push survives a power cut) and a busy timeout, because admin
// commands write from another process while the server runs. Failures throw StoreFailure.
class PlatformStore {
public:
    static constexpr int SchemaVersion = 2; // 2: field_revs grouped by change

    // Opens (creating the directory and schema when needed). Throws StoreFailure.
    static std::unique_ptr<PlatformStore> open(const QString& dataDir);
    ~PlatformStore();
    PlatformStore(const PlatformStore&) = delete;
    PlatformStore& operator=(const PlatformStore&) = delete;

    // Binds positionally and executes; throws StoreFailure naming the statement. Each distinct
    // statement is prepared once per connection and reused (a push runs the same handful of
    // statements for every operation; their text is fixed and values are bound, so the cache stays
    // small). One still being read when it is run again gets a fresh copy.
    StoreQuery exec(const QString& sql, const QVariantList& values = {});
    // One value of a single-row query, or a null QVariant when there is no row.
    QVariant scalar(const QString& sql, const QVariantList& values = {});

    // The next server-wide revision; only inside a StoreTransaction (throws otherwise). Counted
    // here and written to the `revision` row once, when the transaction commits: a push of 500
    // operations does one UPDATE, not 500. The write lock (BEGIN IMMEDIATE) is held from the first
    // read to the commit, so no other writer can hand out the same numbers. A savepoint rolled back
    // leaves a gap, which is harmless: pulls only need revisions to increase.
    qint64 nextRevision();
    qint64 currentRevision();
    // Random per-store key that signs pull cursors.
    QByteArray cursorKey();

    QString path() const { return m_path; }

private:
    friend class StoreTransaction;
    friend class StoreSavepoint;
    PlatformStore(QString connection, QString path);
    // StoreTransaction's hooks: after BEGIN, before COMMIT (throws when the transaction was lost),
    // after COMMIT or ROLLBACK.
    void transactionBegan() { m_inTransaction = true; }
    void writeRevision();
    void transactionEnded()
    {
        m_inTransaction = false;
        m_revision.reset();
    }
    // StoreSavepoint's: SQLite rolled the whole transaction back by itself (disk full, I/O error).
    // Nothing may be written after that: it would commit on its own, outside any transaction.
    void transactionLost() { transactionEnded(); }
    void migrate();

    struct Statement {
        QSqlQuery query;
        bool busy = false;
    };
    Statement& prepared(const QString& sql);

    QString m_connection;
    QString m_path;
    QByteArray m_cursorKey;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
    bool m_inTransaction = false;
    std::optional<qint64> m_revision; // the last one handed out in this transaction, not yet written
};

} // namespace kq::platform
