#include "Journal.h"

#include "Database.h"
#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kq {

namespace {
QString opName(Change::Op op)
{
    switch (op) {
    case Change::Op::Create:
        return QStringLiteral("create");
    case Change::Op::Update:
        return QStringLiteral("update");
    case Change::Op::Delete:
        return QStringLiteral("delete");
    case Change::Op::None:
        break;
    }
    return {};
}
} // namespace

void Journal::record(const Actor& actor, const Change& change)
{
    const QDateTime now = m_clock.now();
    QStringList fieldNames = change.fields.keys(); // QVariantMap keys come sorted
    AuditEntry entry;
    entry.at = now;
    entry.actor = actor.username.isEmpty() ? QStringLiteral("system") : actor.username;
    entry.action = change.action.isEmpty() ? opName(change.op) : change.action;
    entry.entity = change.entity;
    entry.entityId = change.entityId;
    entry.fields = fieldNames;
    AuditLog(m_db).append(entry);

    if (!change.syncs || change.op == Change::Op::None)
        return;
    const QByteArray payload =
        QJsonDocument(QJsonObject::fromVariantMap(change.fields)).toJson(QJsonDocument::Compact);
    auto s = m_db.cached("INSERT INTO outbox(op_id, entity, entity_id, op, payload, base_rev, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s->bindAll(newId(), change.entity, change.entityId, opName(change.op), QString::fromUtf8(payload));
    if (change.baseServerRev)
        s->bind(6, *change.baseServerRev);
    else
        s->bind(6, nullptr);
    s->bind(7, now.toUTC().toString(Qt::ISODateWithMs));
    s->exec();
}

} // namespace kq
