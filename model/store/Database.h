#pragma once

#include "Statement.h"

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace kq {

class SecureBytes;

// One open, keyed SQLCipher connection. Owns the sqlite3 handle; closing wipes SQLCipher's copy of
// the key. Every setting that decides whether the file opens elsewhere is applied explicitly and
// read back, because SQLCipher ignores pragmas it does not know.
class Database {
public:
    enum class OpenMode { ExistingOnly, CreateIfMissing };

    // Opens `path` with a raw 32-byte key. Throws StoreError (NotEncrypted for a plain SQLite file,
    // WrongKeyOrCorrupt when the key does not decrypt page 1, NotSqlCipher if linked wrongly).
    Database(const QString& path, const SecureBytes& rawKey, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(std::string_view sql);
    // A statement prepared once per connection and reused: for SQL run many times (journal,
    // search keys, bulk inserts). Bindings and state are reset when the returned guard goes.
    // Do not hold two guards for the same SQL at once.
    class CachedStatement {
    public:
        explicit CachedStatement(Statement& s) : m_statement(s) {}
        ~CachedStatement() { m_statement.reset(); }
        CachedStatement(const CachedStatement&) = delete;
        CachedStatement& operator=(const CachedStatement&) = delete;
        Statement* operator->() { return &m_statement; }
        Statement& operator*() { return m_statement; }

    private:
        Statement& m_statement;
    };
    CachedStatement cached(const std::string& sql);
    // Runs one or more statements without results.
    void exec(std::string_view sql);
    // Runs a single-value query (PRAGMA or SELECT) and returns the first column as text.
    QString queryText(std::string_view sql);
    qint64 queryInt(std::string_view sql);

    // Re-encrypts the whole file under a new raw key (sqlite3_rekey).
    void rekey(const SecureBytes& newRawKey);

    // Copies the whole database into `target` page by page (sqlite3 online backup API) in one step,
    // that is under one read transaction: a consistent snapshot, while writers elsewhere carry on
    // (WAL). Pages pass through decrypted and `target`'s codec encrypts them, so `target` must be
    // keyed with the same cipher settings (page size, reserved bytes); see decision 0016.
    void copyTo(Database& target);

    QString cipherVersion() { return queryText("PRAGMA cipher_version"); }
    const QString& path() const { return m_path; }
    int changes() const;
    bool inTransaction() const;
    // Page cache for decrypted pages, in MiB (32 by default; bulk jobs raise it).
    void setCacheSizeMiB(int mib);
    qint64 totalChanges() const;
    // Bookkeeping for Transaction (nested transactions join the outer one).
    void markNestedFailure() { m_nestedFailure = true; }
    bool clearNestedFailure() { return std::exchange(m_nestedFailure, false); }

    // For a bulk write (an import, a first sync, demo data): drops the triggers whose names start
    // with `namePrefix` for the rest of the current write transaction. Its commit creates them again
    // and then runs `settleSql` — what they would have done, for the whole batch at once — before
    // COMMIT; a rollback undoes the drop. Why: any trigger on a table makes each insert or update on
    // it that may abort keep a statement journal, which SQLCipher encrypts page by page (0015).
    void suspendTriggers(const std::string& namePrefix, const std::string& settleSql);
    // Transaction's part: before COMMIT, and after a ROLLBACK (which restored them already).
    void restoreSuspendedTriggers();
    void forgetSuspendedTriggers();

    // Every statement this connection finishes, with its values bound and the rows it stepped, to
    // `trace` (none when empty). For the benchmark's raw-SQLite baseline, which replays them on a
    // plain copy: the SQL holds personal data, so nothing may log or keep it.
    using StatementTrace = std::function<void(const std::string& expandedSql, qint64 rows)>;
    void setStatementTrace(StatementTrace trace);

    // True when the file starts with the plain SQLite header, i.e. it is not encrypted.
    static bool looksLikePlainSqlite(const QString& path);

private:
    void applySettings();
    [[noreturn]] void fail(int rc, std::string_view sql);

    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    bool m_nestedFailure = false;
    struct Suspension {
        std::string prefix;
        std::string settleSql;
        std::vector<std::string> createSql;
    };
    std::vector<Suspension> m_suspended;
    StatementTrace m_trace;
    std::unordered_map<const void*, qint64> m_tracedRows; // statement → rows stepped so far
};

} // namespace kq
