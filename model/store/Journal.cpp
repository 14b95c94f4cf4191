#include "Journal.h"

#include "Database.h"
#include "audit/AuditLog.h"
#include "audit/AuditVocabulary.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "platform/ServerRevisions.h"

#include <QJsonArray>
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

// The wire allows scalars only (docs/sync-protocol.md, Records): a list or map a repository puts in
// Change.fields travels as its compact JSON text, which the receiving replica parses again.
QJsonObject wireFields(const QVariantMap& fields)
{
    QJsonObject out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QJsonValue v = QJsonValue::fromVariant(it.value());
        if (v.isArray())
            out.insert(it.key(),
                       QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
        else if (v.isObject())
            out.insert(it.key(),
                       QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        else
            out.insert(it.key(), v);
    }
    return out;
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
    // A key the vocabulary does not know would show to a supervisor as a bare key: name it there.
    Q_ASSERT_X(
        AuditVocabulary::isKnownAction(entry.action), "Journal::record",
        qPrintable(QStringLiteral("audit action '%1' has no label in AuditVocabulary").arg(entry.action)));
    Q_ASSERT_X(
        AuditVocabulary::isKnownEntity(entry.entity), "Journal::record",
        qPrintable(QStringLiteral("audit entity '%1' has no label in AuditVocabulary").arg(entry.entity)));
    AuditLog(m_db).append(entry);

    if (!change.syncs || change.op == Change::Op::None)
        return;
    const QByteArray payload = QJsonDocument(wireFields(change.fields)).toJson(QJsonDocument::Compact);
    auto s = m_db.cached("INSERT INTO outbox(op_id, entity, entity_id, op, payload, base_rev, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s->bindAll(newId(), change.entity, change.entityId, opName(change.op), QString::fromUtf8(payload));
    // The base of a change is the platform's revision this workstation last saw of the record
    // (sync_revisions, kept by sync): the platform merges or flags a conflict against it.
    std::optional<qint64> base;
    if (change.op != Change::Op::Create)
        base = ServerRevisions(m_db).of(change.entity, change.entityId);
    if (!base)
        base = change.baseServerRev;
    if (base)
        s->bind(6, *base);
    else
        s->bind(6, nullptr);
    s->bind(7, now.toUTC().toString(Qt::ISODateWithMs));
    s->exec();
}

} // namespace kq
