#pragma once

#include "Statement.h"

#include <QString>

#include <string_view>

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
    // Runs one or more statements without results.
    void exec(std::string_view sql);
    // Runs a single-value query (PRAGMA or SELECT) and returns the first column as text.
    QString queryText(std::string_view sql);
    qint64 queryInt(std::string_view sql);

    // Re-encrypts the whole file under a new raw key (sqlite3_rekey).
    void rekey(const SecureBytes& newRawKey);

    QString cipherVersion() { return queryText("PRAGMA cipher_version"); }
    const QString& path() const { return m_path; }
    sqlite3* handle() { return m_db; }
    int changes() const;
    bool inTransaction() const;

    // True when the file starts with the plain SQLite header, i.e. it is not encrypted.
    static bool looksLikePlainSqlite(const QString& path);

private:
    void applySettings();
    [[noreturn]] void fail(int rc, std::string_view sql);

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace kq
