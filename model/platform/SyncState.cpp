#include "SyncState.h"

#include "store/Database.h"
#include "store/Transaction.h"

namespace kq {

namespace {
const QString kServer = QStringLiteral("server");
const QString kCa = QStringLiteral("ca_pem");
const QString kCentreCode = QStringLiteral("centre_code");
const QString kCentreName = QStringLiteral("centre_name");
const QString kDeviceId = QStringLiteral("device_id");
const QString kDeviceName = QStringLiteral("device_name");
const QString kToken = QStringLiteral("token");
const QString kTokenIssued = QStringLiteral("token_issued_at");
const QString kTokenExpires = QStringLiteral("token_expires_at");
const QString kEnrolledAt = QStringLiteral("enrolled_at");
const QString kCursor = QStringLiteral("cursor");
const QString kLastSuccess = QStringLiteral("last_success_at");
const QString kLastAttempt = QStringLiteral("last_attempt_at");
const QString kLastError = QStringLiteral("last_error");

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}
} // namespace

QString SyncState::value(const QString& key)
{
    Statement s = m_db.prepare("SELECT value FROM sync_state WHERE key = ?");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void SyncState::setValue(const QString& key, const QString& value)
{
    // SQLite 3.15 has no UPSERT; the key is the primary key, so REPLACE is an upsert here.
    if (value.isNull()) {
        m_db.prepare("DELETE FROM sync_state WHERE key = ?").bindAll(key).exec();
        return;
    }
    m_db.prepare("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)").bindAll(key, value).exec();
}

std::optional<PlatformLink> SyncState::link()
{
    PlatformLink l;
    l.deviceId = value(kDeviceId);
    if (l.deviceId.isEmpty())
        return std::nullopt;
    l.server = value(kServer);
    l.caPem = value(kCa).toUtf8();
    l.centreCode = value(kCentreCode);
    l.centreName = value(kCentreName);
    l.deviceName = value(kDeviceName);
    l.token = value(kToken);
    l.tokenIssuedAt = fromIso(value(kTokenIssued));
    l.tokenExpiresAt = fromIso(value(kTokenExpires));
    l.enrolledAt = fromIso(value(kEnrolledAt));
    return l;
}

void SyncState::saveLink(const PlatformLink& link)
{
    Transaction tx(m_db);
    setValue(kServer, link.server);
    setValue(kCa, QString::fromUtf8(link.caPem));
    setValue(kCentreCode, link.centreCode);
    setValue(kCentreName, link.centreName);
    setValue(kDeviceId, link.deviceId);
    setValue(kDeviceName, link.deviceName);
    setValue(kToken, link.token);
    setValue(kTokenIssued, iso(link.tokenIssuedAt));
    setValue(kTokenExpires, iso(link.tokenExpiresAt));
    setValue(kEnrolledAt, iso(link.enrolledAt));
    tx.commit();
}

void SyncState::saveToken(const QString& token, const QDateTime& issuedAt, const QDateTime& expiresAt)
{
    Transaction tx(m_db);
    setValue(kToken, token);
    setValue(kTokenIssued, iso(issuedAt));
    setValue(kTokenExpires, iso(expiresAt));
    tx.commit();
}

void SyncState::forgetLink()
{
    Transaction tx(m_db);
    for (const QString& key : {kServer, kCa, kCentreCode, kCentreName, kDeviceId, kDeviceName, kToken,
                               kTokenIssued, kTokenExpires, kEnrolledAt, kCursor})
        setValue(key, QString());
    tx.commit();
}

QString SyncState::cursor()
{
    return value(kCursor);
}

void SyncState::setCursor(const QString& cursor)
{
    setValue(kCursor, cursor);
}

QDateTime SyncState::lastSuccess()
{
    return fromIso(value(kLastSuccess));
}

QString SyncState::lastError()
{
    return value(kLastError);
}

QDateTime SyncState::lastAttempt()
{
    return fromIso(value(kLastAttempt));
}

void SyncState::recordSuccess(const QDateTime& at)
{
    Transaction tx(m_db);
    setValue(kLastSuccess, iso(at));
    setValue(kLastAttempt, iso(at));
    setValue(kLastError, QString());
    tx.commit();
}

void SyncState::recordFailure(const QDateTime& at, const QString& error)
{
    Transaction tx(m_db);
    setValue(kLastAttempt, iso(at));
    setValue(kLastError, error);
    tx.commit();
}

} // namespace kq
