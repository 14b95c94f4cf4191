#include "Database.h"

#include "Sqlite.h"
#include "StoreError.h"
#include "crypto/SecureBytes.h"

#include <sodium.h>

#include <QFile>
#include <QFileInfo>

namespace kq {

StoreError::Kind kindOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreError::Kind::WrongKeyOrCorrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Busy;
    case SQLITE_CONSTRAINT:
        return StoreError::Kind::Constraint;
    default:
        return StoreError::Kind::Generic;
    }
}

namespace {

constexpr std::size_t kRawKeySize = 32;

// SQLCipher takes a raw key as the literal x'<64 hex digits>'; build it in guarded memory.
SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    if (key.size() != kRawKeySize)
        throw StoreError(StoreError::Kind::Generic, 0, QStringLiteral("database key must be 32 bytes"));
    SecureBytes literal(2 * kRawKeySize + 3 + 1);
    auto* p = reinterpret_cast<char*>(literal.data());
    p[0] = 'x';
    p[1] = '\'';
    sodium_bin2hex(p + 2, 2 * kRawKeySize + 1, key.data(), kRawKeySize);
    p[2 + 2 * kRawKeySize] = '\'';
    return literal;
}

constexpr int kLiteralLength = 2 * 32 + 3;

} // namespace

bool Database::looksLikePlainSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Database::Database(const QString& path, const SecureBytes& rawKey, OpenMode mode) : m_path(path)
{
    const bool exists = QFileInfo::exists(path);
    if (exists && looksLikePlainSqlite(path))
        throw StoreError(StoreError::Kind::NotEncrypted, 0,
                         QStringLiteral("the file is an unencrypted SQLite database"));
    if (!exists && mode == OpenMode::ExistingOnly)
        throw StoreError(StoreError::Kind::Generic, SQLITE_CANTOPEN,
                         QStringLiteral("the file does not exist"));

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const SecureBytes literal = rawKeyLiteral(rawKey); // may throw: before the handle exists
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "open");

    rc = sqlite3_key(m_db, literal.data(), kLiteralLength);
    if (rc != SQLITE_OK)
        fail(rc, "key");
    try {
        applySettings();
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    if (m_trace)
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
    m_cache.clear(); // finalize before closing
    // sqlite3_close_v2 frees SQLCipher's codec context, which zeroes its key material.
    sqlite3_close_v2(m_db);
}

void Database::applySettings()
{
    // Self-check: an sqlite3 without the codec answers nothing to cipher_version.
    const QString version = queryText("PRAGMA cipher_version");
    if (version.isEmpty())
        throw StoreError(StoreError::Kind::NotSqlCipher, 0,
                         QStringLiteral("the store is not running on SQLCipher; refusing to continue"));

    // The file format is pinned to SQLCipher 3's (4096-byte pages, HMAC-SHA1, PBKDF2-SHA1 for
    // the HMAC key) so it opens on 3.4 and on 4.x. A raw key skips the slow KDF entirely.
    exec("PRAGMA cipher_page_size = 4096");
    if (!version.startsWith(u'3')) {
        exec("PRAGMA cipher_hmac_algorithm = HMAC_SHA1");
        exec("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1");
    }
    if (queryInt("PRAGMA cipher_page_size") != 4096)
        throw StoreError(StoreError::Kind::Generic, 0,
                         QStringLiteral("cipher_page_size did not take effect"));

    // First real read: with a wrong key (or a file that is not ours) SQLCipher reports NOTADB here.
    queryInt("SELECT count(*) FROM sqlite_master");

    if (queryText("PRAGMA journal_mode = WAL").compare(u"wal", Qt::CaseInsensitive) != 0)
        throw StoreError(StoreError::Kind::Generic, 0, QStringLiteral("WAL mode could not be enabled"));
    exec("PRAGMA foreign_keys = ON");
    if (queryInt("PRAGMA foreign_keys") != 1)
        throw StoreError(StoreError::Kind::Generic, 0, QStringLiteral("foreign keys could not be enabled"));
    exec("PRAGMA synchronous = FULL");
    if (queryInt("PRAGMA synchronous") != 2)
        throw StoreError(StoreError::Kind::Generic, 0,
                         QStringLiteral("synchronous=FULL did not take effect"));
    // Every page read from disk is decrypted and its HMAC checked, so a larger cache of decrypted
    // pages saves most of the crypto on busy tables (32 MiB; the default is 2 MiB).
    exec("PRAGMA cache_size = -32768");
    // Savepoint journals and sort spills stay in memory: no decrypted data in temporary files,
    // and no encryption work for pages that never reach the database.
    exec("PRAGMA temp_store = MEMORY");
    sqlite3_busy_timeout(m_db, 5000);
}

void Database::fail(int rc, std::string_view sql)
{
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString text = QString::fromUtf8(sql.data(), qsizetype(sql.size()));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    throw StoreError(kindOf(rc), rc, message, text);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

Database::CachedStatement Database::cached(const std::string& sql)
{
    std::unique_ptr<Statement>& slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    return CachedStatement(*slot);
}

void Database::exec(std::string_view sql)
{
    // sqlite3_exec needs a terminated string; our SQL is literal text, so copy once.
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        throw StoreError(kindOf(sqlite3_extended_errcode(m_db)), rc, message, QString::fromStdString(text));
    }
}

QString Database::queryText(std::string_view sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.text(0) : QString();
}

qint64 Database::queryInt(std::string_view sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.int64(0) : 0;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::suspendTriggers(const std::string& namePrefix, const std::string& settleSql)
{
    if (!inTransaction())
        throw StoreError(StoreError::Kind::Generic, 0,
                         QStringLiteral("triggers can only be suspended inside a write transaction"));
    for (const Suspension& s : m_suspended)
        if (s.prefix == namePrefix)
            return;
    Suspension suspension{namePrefix, settleSql, {}};
    std::vector<std::string> names;
    {
        Statement list = prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND substr(name, 1, ?) = ? ORDER BY name");
        list.bind(1, qint64(namePrefix.size())).bind(2, QString::fromStdString(namePrefix));
        while (list.step()) {
            names.push_back(list.text(0).toStdString());
            suspension.createSql.push_back(list.text(1).toStdString());
        }
    }
    // Recorded before the drops: if one fails, the caller's rollback undoes the others and forgets.
    m_suspended.push_back(std::move(suspension));
    for (const std::string& name : names)
        exec("DROP TRIGGER \"" + name + '"');
}

void Database::restoreSuspendedTriggers()
{
    for (const Suspension& s : m_suspended) {
        for (const std::string& sql : s.createSql)
            exec(sql);
        exec(s.settleSql);
    }
    m_suspended.clear();
}

void Database::forgetSuspendedTriggers()
{
    m_suspended.clear();
}

void Database::setCacheSizeMiB(int mib)
{
    exec("PRAGMA cache_size = " + std::to_string(-1024 * qint64(mib)));
}

void Database::setStatementTrace(StatementTrace trace)
{
    m_trace = std::move(trace);
    m_tracedRows.clear();
    if (!m_trace) {
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
        return;
    }
    // ROW counts what the caller stepped; PROFILE comes when the statement finishes or is reset.
    sqlite3_trace_v2(
        m_db, SQLITE_TRACE_ROW | SQLITE_TRACE_PROFILE,
        [](unsigned event, void* context, void* p, void*) -> int {
            auto* self = static_cast<Database*>(context);
            if (event == SQLITE_TRACE_ROW) {
                ++self->m_tracedRows[p];
                return 0;
            }
            auto* statement = static_cast<sqlite3_stmt*>(p);
            const auto it = self->m_tracedRows.find(p);
            const qint64 rows = it == self->m_tracedRows.end() ? 0 : it->second;
            if (it != self->m_tracedRows.end())
                self->m_tracedRows.erase(it);
            if (char* sql = sqlite3_expanded_sql(statement)) {
                self->m_trace(std::string(sql), rows);
                sqlite3_free(sql);
            }
            return 0;
        },
        this);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes(m_db);
}

void Database::rekey(const SecureBytes& newRawKey)
{
    const SecureBytes literal = rawKeyLiteral(newRawKey);
    const int rc = sqlite3_rekey(m_db, literal.data(), kLiteralLength);
    if (rc != SQLITE_OK)
        throw StoreError(kindOf(rc), rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("rekey"));
    // In WAL mode the re-encrypted pages are in the WAL, and the main file stays under the old key
    // until a checkpoint: fold them in now, so a copy of the file no longer opens with the old key.
    // Best effort (another reader may hold the WAL); the re-key itself has already succeeded.
    (void)sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

void Database::copyTo(Database& target)
{
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup) {
        const int rc = sqlite3_extended_errcode(target.m_db);
        throw StoreError(kindOf(rc), rc, QString::fromUtf8(sqlite3_errmsg(target.m_db)),
                         QStringLiteral("backup"));
    }
    // -1: every page in one step. A step that finds the source busy (a WAL recovery under way)
    // changes nothing and may be retried.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int code = finished != SQLITE_OK ? finished : rc;
        throw StoreError(kindOf(code), code, QString::fromUtf8(sqlite3_errstr(code)),
                         QStringLiteral("backup"));
    }
}

} // namespace kq
