#pragma once

// The raw-SQLite baseline of kangqiao-bench: the statements a Kangqiao operation ran, recorded as
// they ran (values bound, rows stepped) through Database::setStatementTrace, replayed through the
// sqlite3 C API on an unencrypted copy of the same store. The ratio of the two is what Kangqiao's
// layers and SQLCipher's page encryption cost over the bare queries.

#include "core/Result.h"

#include <QString>

#include <string>
#include <vector>

struct sqlite3;

namespace kq {
class Database;
}

namespace kq::bench {

struct RecordedStatement {
    std::string sql; // expanded: values inline
    qint64 rows = 0; // rows the caller stepped
};

// Records every statement `db` finishes while it lives. The SQL carries personal data: it stays in
// memory and is never printed.
class StatementRecorder {
public:
    explicit StatementRecorder(Database& db);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    std::vector<RecordedStatement> take();

private:
    Database& m_db;
    std::vector<RecordedStatement> m_statements;
};

// An unencrypted copy of a store (sqlcipher_export), opened with the settings Kangqiao uses
// (WAL, synchronous=FULL, foreign keys, the default page cache).
class PlainCopy {
public:
    // Exports `db` to `path` unless a copy at least as new as the store is there already.
    static Result<void> exportTo(Database& db, const QString& storePath, const QString& path);

    explicit PlainCopy(const QString& path);
    ~PlainCopy();
    PlainCopy(const PlainCopy&) = delete;
    PlainCopy& operator=(const PlainCopy&) = delete;
    bool isOpen() const { return m_db != nullptr; }

    // Runs the statements as recorded (prepare, step as many rows, finalize); milliseconds, or a
    // negative number when one fails (the error is printed, never the SQL).
    double replay(const std::vector<RecordedStatement>& statements);

private:
    sqlite3* m_db = nullptr;
};

} // namespace kq::bench
