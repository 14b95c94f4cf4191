#include "RawBaseline.h"

#include "store/Database.h"
#include "store/Sqlite.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace kq::bench {

StatementRecorder::StatementRecorder(Database& db) : m_db(db)
{
    m_db.setStatementTrace([this](const std::string& sql, qint64 rows) {
        m_statements.push_back({sql, rows});
    });
}

StatementRecorder::~StatementRecorder()
{
    m_db.setStatementTrace({});
}

std::vector<RecordedStatement> StatementRecorder::take()
{
    return std::exchange(m_statements, {});
}

Result<void> PlainCopy::exportTo(Database& db, const QString& storePath, const QString& path)
{
    const QFileInfo copy(path);
    if (copy.exists() && copy.lastModified() >= QFileInfo(storePath).lastModified())
        return {};
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // The store is opened without SQLITE_OPEN_CREATE, which ATTACH inherits: an empty file is an
    // empty database. Owner-only, as the store: the copy holds the same records unencrypted.
    if (QFile empty(path); !empty.open(QIODevice::WriteOnly) ||
                           !empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QStringLiteral("cannot create %1").arg(path)};
    QString quoted = path;
    quoted.replace(u'\'', QStringLiteral("''"));
    try {
        db.exec("ATTACH DATABASE '" + quoted.toStdString() + "' AS plain KEY ''");
        db.exec("SELECT sqlcipher_export('plain')");
        db.exec("DETACH DATABASE plain");
    } catch (const StoreError& e) {
        return Error{QStringLiteral("cannot export a plain copy to %1: %2").arg(path, e.message())};
    }
    return {};
}

PlainCopy::PlainCopy(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "bench: cannot open the plain copy: %s\n", sqlite3_errmsg(m_db));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_exec(m_db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
                 nullptr, nullptr, nullptr);
}

PlainCopy::~PlainCopy()
{
    sqlite3_close_v2(m_db);
}

double PlainCopy::replay(const std::vector<RecordedStatement>& statements)
{
    QElapsedTimer timer;
    timer.start();
    for (const RecordedStatement& s : statements) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, s.sql.c_str(), int(s.sql.size()), &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bench: a recorded statement does not prepare on the copy: %s\n",
                         sqlite3_errmsg(m_db));
            return -1;
        }
        // As many rows as the caller took, and the step that found the end when it took them all.
        int rc = SQLITE_ROW;
        for (qint64 row = 0; row <= s.rows && rc == SQLITE_ROW; ++row)
            rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            std::fprintf(stderr, "bench: a recorded statement failed on the copy: %s\n",
                         sqlite3_errmsg(m_db));
            return -1;
        }
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace kq::bench
