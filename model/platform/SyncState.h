#pragma once

#include "PlatformLink.h"

#include <optional>

namespace kq {

class Database;

// What the sync engine keeps between rounds, in table sync_state: the enrolment, the pull cursor
// and the outcome of the last attempt. Writes join the caller's transaction (a pulled page and its
// cursor commit together).
class SyncState {
public:
    explicit SyncState(Database& db) : m_db(db) {}

    std::optional<PlatformLink> link();
    void saveLink(const PlatformLink& link);
    void saveToken(const QString& token, const QDateTime& issuedAt, const QDateTime& expiresAt);
    // Forgets the enrolment and the cursor; records and pending changes stay.
    void forgetLink();

    QString cursor();
    void setCursor(const QString& cursor);

    QDateTime lastSuccess();
    QString lastError();
    QDateTime lastAttempt();
    void recordSuccess(const QDateTime& at);
    void recordFailure(const QDateTime& at, const QString& error);

private:
    QString value(const QString& key);
    void setValue(const QString& key, const QString& value);

    Database& m_db;
};

} // namespace kq
