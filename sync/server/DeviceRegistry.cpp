#include "DeviceRegistry.h"

#include "PlatformStore.h"
#include "Secrets.h"
#include "StoreTransaction.h"
#include "protocol/WireJson.h"

#include <QRegularExpression>

#include <QUuid>

namespace kq::platform {

namespace {

QString text(const QDateTime& t)
{
    return sync::wire::toTimestamp(t);
}

QDateTime time(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

const QString DeviceColumns = QStringLiteral("SELECT id, centre, name, enrolled_at, token_expires_at, "
                                             "revoked_at, last_seen_at, audit_seq FROM devices ");

Device readDevice(const StoreQuery& q)
{
    Device d;
    d.id = q.value(0).toString();
    d.centre = q.value(1).toString();
    d.name = q.value(2).toString();
    d.enrolledAt = time(q.value(3));
    d.tokenExpiresAt = time(q.value(4));
    d.revoked = !q.value(5).isNull();
    d.lastSeenAt = time(q.value(6));
    if (!q.value(7).isNull())
        d.auditSeq = q.value(7).toLongLong();
    return d;
}

} // namespace

DeviceRegistry::DeviceRegistry(PlatformStore& store, qint64 tokenLifetimeSeconds)
    : m_store(store), m_tokenLifetime(tokenLifetimeSeconds)
{
}

Result<void> DeviceRegistry::addCentre(const QString& code, const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!pattern.match(code).hasMatch())
        return Error(QStringLiteral("a centre code is 1-64 letters, digits, '-' or '_'"),
                     QStringLiteral("code"));
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error(QStringLiteral("a centre name is 1-200 characters"), QStringLiteral("name"));
    StoreTransaction tx(m_store);
    if (centre(code))
        return Error(QStringLiteral("centre %1 exists already").arg(code), QStringLiteral("code"));
    m_store.exec(QStringLiteral("INSERT INTO centres(code, name, created_at) VALUES (?, ?, ?)"),
                 {code, name.trimmed(), text(now())});
    tx.commit();
    return {};
}

std::optional<Centre> DeviceRegistry::centre(const QString& code)
{
    StoreQuery q = m_store.exec(QStringLiteral("SELECT code, name FROM centres WHERE code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return Centre{q.value(0).toString(), q.value(1).toString()};
}

std::optional<Centre> DeviceRegistry::findCentre(const QString& codeOrName)
{
    if (std::optional<Centre> c = centre(codeOrName.trimmed()))
        return c;
    StoreQuery q = m_store.exec(QStringLiteral("SELECT code, name FROM centres WHERE name = ? ORDER BY code"),
                                {codeOrName.trimmed()});
    if (!q.next())
        return std::nullopt;
    return Centre{q.value(0).toString(), q.value(1).toString()};
}

Result<QString> DeviceRegistry::issueCode(const QString& centreCode)
{
    if (!centre(centreCode))
        return Error(QStringLiteral("no centre %1").arg(centreCode), QStringLiteral("centre"));
    const QString code = Secrets::newEnrolmentCode();
    const QDateTime issued = now();
    m_store.exec(QStringLiteral("INSERT INTO enrolment_codes(code_hash, centre, issued_at, expires_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {Secrets::sha256(Secrets::normalisedEnrolmentCode(code)), centreCode, text(issued),
                  text(issued.addSecs(EnrolmentCodeLifetimeSeconds))});
    return code;
}

std::optional<sync::Enrolment> DeviceRegistry::enrol(const sync::EnrolRequest& request)
{
    StoreTransaction tx(m_store);
    const QString hash = Secrets::sha256(Secrets::normalisedEnrolmentCode(request.enrolmentCode));
    StoreQuery q = m_store.exec(QStringLiteral("SELECT centre, expires_at, used_at FROM enrolment_codes "
                                               "WHERE code_hash = ?"),
                                {hash});
    if (!q.next() || q.value(0).toString() != request.centreCode || !q.value(2).isNull() ||
        time(q.value(1)) <= now())
        return std::nullopt;
    const std::optional<Centre> c = centre(request.centreCode);
    if (!c)
        return std::nullopt;

    sync::Enrolment e;
    e.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.grant.token = Secrets::newToken();
    e.grant.expiresAt = now().addSecs(m_tokenLifetime);
    e.centreCode = c->code;
    e.centreName = c->name;
    m_store.exec(QStringLiteral("UPDATE enrolment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?"),
                 {text(now()), e.deviceId, hash});
    m_store.exec(QStringLiteral("INSERT INTO devices(id, centre, name, enrolled_at, token_hash, "
                                "token_expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {e.deviceId, c->code, request.deviceName, text(now()), Secrets::sha256(e.grant.token),
                  text(e.grant.expiresAt)});
    tx.commit();
    return e;
}

DeviceRegistry::Authentication DeviceRegistry::authenticate(const QString& token)
{
    Authentication a;
    if (token.isEmpty())
        return a;
    std::optional<Device> d = device(QStringLiteral("token_hash"), Secrets::sha256(token));
    if (!d)
        return a;
    if (d->revoked) {
        a.failure = sync::ErrorCode::TokenRevoked;
        return a;
    }
    if (d->tokenExpiresAt <= now()) {
        a.failure = sync::ErrorCode::TokenExpired;
        return a;
    }
    m_store.exec(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"), {text(now()), d->id});
    a.device = d;
    return a;
}

sync::TokenGrant DeviceRegistry::rotate(const QString& deviceId)
{
    sync::TokenGrant g;
    g.token = Secrets::newToken();
    g.expiresAt = now().addSecs(m_tokenLifetime);
    m_store.exec(QStringLiteral("UPDATE devices SET token_hash = ?, token_expires_at = ? WHERE id = ?"),
                 {Secrets::sha256(g.token), text(g.expiresAt), deviceId});
    return g;
}

Result<void> DeviceRegistry::revoke(const QString& deviceId)
{
    if (!device(QStringLiteral("id"), deviceId))
        return Error(QStringLiteral("no device %1").arg(deviceId), QStringLiteral("device"));
    m_store.exec(QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"),
                 {text(now()), deviceId});
    return {};
}

Result<void> DeviceRegistry::expireToken(const QString& deviceId)
{
    if (!device(QStringLiteral("id"), deviceId))
        return Error(QStringLiteral("no device %1").arg(deviceId), QStringLiteral("device"));
    m_store.exec(QStringLiteral("UPDATE devices SET token_expires_at = ? WHERE id = ?"),
                 {text(now().addSecs(-1)), deviceId});
    return {};
}

QList<Device> DeviceRegistry::devices(const QString& centreCode)
{
    QList<Device> out;
    StoreQuery q = m_store.exec(DeviceColumns + QStringLiteral("WHERE centre = ? ORDER BY enrolled_at, id"),
                                {centreCode});
    while (q.next())
        out.append(readDevice(q));
    return out;
}

bool DeviceRegistry::noteAuditHead(const QString& deviceId, const sync::AuditHead& head)
{
    const QVariant stored =
        m_store.scalar(QStringLiteral("SELECT audit_seq FROM devices WHERE id = ?"), {deviceId});
    const bool backwards = !stored.isNull() && head.seq < stored.toLongLong();
    if (backwards) {
        // The stored head stays the highest seen, so every later push from the old copy warns too.
        m_store.exec(
            QStringLiteral("INSERT INTO audit_warnings(device, stored_seq, pushed_seq, pushed_hash, at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {deviceId, stored.toLongLong(), head.seq, head.hash, text(now())});
    } else {
        m_store.exec(QStringLiteral("UPDATE devices SET audit_seq = ?, audit_hash = ? WHERE id = ?"),
                     {head.seq, head.hash, deviceId});
    }
    return backwards;
}

std::optional<Device> DeviceRegistry::device(const QString& where, const QVariant& value)
{
    StoreQuery q =
        m_store.exec(DeviceColumns + QStringLiteral("WHERE ") + where + QStringLiteral(" = ?"), {value});
    if (!q.next())
        return std::nullopt;
    return readDevice(q);
}

} // namespace kq::platform
