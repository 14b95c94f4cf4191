#include "OperationApplier.h"

#include "DeviceRegistry.h"
#include "EntityRules.h"
#include "JsonText.h"
#include "PlatformStore.h"
#include "RecordTable.h"
#include "ReferralDesk.h"
#include "StoreTransaction.h"
#include "protocol/WireJson.h"

#include <QJsonDocument>

#include <QUuid>

namespace kq::platform {

using sync::PushOperation;
using sync::PushResult;

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PushResult rejected(const QString& opId, const QString& field, const QString& message)
{
    return PushResult::rejected(opId, {{field, message}});
}

// An absent field and a null one are the same value.
QJsonValue valueOf(const QJsonObject& fields, const QString& name)
{
    const QJsonValue v = fields.value(name);
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

std::optional<PushResult> refusesRecord(const PushOperation& op, const StoredRecord& r)
{
    if (r.deleted)
        return rejected(op.opId, QStringLiteral("id"), QStringLiteral("the record was deleted"));
    if (r.entity != op.entity)
        return rejected(op.opId, QStringLiteral("entity"),
                        QStringLiteral("the record with this id is a ") + r.entity);
    return std::nullopt;
}

} // namespace

OperationApplier::OperationApplier(PlatformStore& store, DeviceRegistry& devices)
    : m_store(store), m_devices(devices), m_at(sync::wire::toTimestamp(QDateTime::currentDateTimeUtc()))
{
}

OperationApplier::Answer OperationApplier::apply(const Device& device, const QJsonObject& json)
{
    const QString opId = json.value(QStringLiteral("op_id")).toString();
    if (std::optional<PushResult> first = firstAnswer(device, opId)) {
        const PushResult duplicate = PushResult::duplicate(*first);
        return {duplicate, JsonText::compact(duplicate.toJson())};
    }
    // All of this operation or none of it: a failure part-way (a referral written, the record
    // not) is undone here and leaves the batch's other operations alone.
    StoreSavepoint savepoint(m_store);
    Answer answer;
    answer.result = decide(device, opId, json);
    answer.json = JsonText::compact(answer.result.toJson());
    m_store.exec(QStringLiteral("INSERT INTO operations(centre, op_id, device, answer, at) "
                                "VALUES (?, ?, ?, CAST(? AS TEXT), ?)"),
                 {device.centre, opId, device.id, answer.json, m_at});
    savepoint.release();
    return answer;
}

std::optional<PushResult> OperationApplier::firstAnswer(const Device& device, const QString& opId)
{
    StoreQuery first = m_store.exec(
        QStringLiteral("SELECT CAST(answer AS BLOB) FROM operations WHERE centre = ? AND op_id = ?"),
        {device.centre, opId});
    if (!first.next())
        return std::nullopt;
    Result<PushResult> stored =
        PushResult::fromJson(QJsonDocument::fromJson(first.value(0).toByteArray()).object());
    if (!stored)
        return std::nullopt;
    return stored.take();
}

PushResult OperationApplier::decide(const Device& device, const QString& opId, const QJsonObject& json)
{
    const Result<PushOperation> decoded = PushOperation::fromJson(json);
    if (!decoded) {
        // The reason names the record's field ("phone"), not its place in the JSON ("fields.phone").
        QString field = decoded.error().field;
        if (field.startsWith(u"fields."))
            field = field.mid(7);
        return rejected(opId, field, decoded.error().message);
    }
    const PushOperation& op = decoded.value();
    if (!EntityRules::isKnown(op.entity))
        return rejected(opId, QStringLiteral("entity"), QStringLiteral("unknown entity ") + op.entity);
    if (const QList<PushResult::Reason> big = EntityRules::oversizeValues(op.fields); !big.isEmpty())
        return PushResult::rejected(opId, big);

    const std::optional<StoredRecord> existing = RecordTable(m_store).find(device.centre, op.entityId);
    if (op.op == u"create")
        return create(device, op, existing);
    if (!existing)
        return rejected(opId, QStringLiteral("id"), QStringLiteral("no such record"));
    if (std::optional<PushResult> refused = refusesRecord(op, *existing))
        return *refused;
    if (op.op == u"update")
        return update(device, op, *existing);
    return remove(op, *existing);
}

PushResult OperationApplier::create(const Device& device, const PushOperation& op,
                                    const std::optional<StoredRecord>& existing)
{
    if (existing) {
        if (std::optional<PushResult> refused = refusesRecord(op, *existing))
            return *refused;
        // The same content again (a journal replayed after a restore) is the same record: applied.
        QList<PushResult::Reason> differing;
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
            if (valueOf(existing->fields, it.key()) != it.value())
                differing.append(
                    {it.key(), QStringLiteral("a record with this id exists with another value")});
        if (differing.isEmpty())
            return PushResult::applied(op.opId, existing->rev);
        // The record as held here travels with the refusal: a workstation that derived the same
        // record (from a referral both pulled) takes it instead of keeping a copy of its own.
        PushResult r = PushResult::rejected(op.opId, differing);
        r.currentRev = existing->rev;
        r.currentFields = existing->fields;
        return r;
    }
    const StoredRecord r =
        RecordTable(m_store).createNew(device.centre, op.entity, op.entityId, op.fields, device.id);
    if (op.entity == u"case_event")
        ReferralDesk(m_store, m_devices).forwardTransfer(device.centre, op.entityId, op.fields);
    return PushResult::applied(op.opId, r.rev);
}

PushResult OperationApplier::update(const Device& device, const PushOperation& op, StoredRecord record)
{
    if (op.entity == u"signed_document")
        if (const QList<PushResult::Reason> r = EntityRules::signedDocumentUpdate(op.fields); !r.isEmpty())
            return PushResult::rejected(op.opId, r);

    // Three-way merge per field: base (op.baseRev), platform (record), yours (op.fields).
    const qint64 base = op.baseRev.value_or(0);
    QJsonObject changes;
    QMap<QString, PushResult::Contest> contested;
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
        const QJsonValue platform = valueOf(record.fields, it.key());
        if (platform == it.value())
            continue; // same value: nothing to change, nothing to contest
        // Changed since the base by another device: a person decides. A device's own earlier
        // change is not a conflict with its later one (its outbox is pushed in order).
        if (record.fieldRev(it.key()) > base && record.fieldChangedBy(it.key()) != device.id)
            contested.insert(it.key(), {platform, it.value()});
        else
            changes.insert(it.key(), it.value());
    }
    if (!changes.isEmpty()) {
        record.rev = m_store.nextRevision();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            record.setField(it.key(), it.value(), record.rev, device.id);
        RecordTable(m_store).save(record);
    }
    if (contested.isEmpty())
        return PushResult::applied(op.opId, record.rev);

    PushResult r;
    r.opId = op.opId;
    r.status = PushResult::Status::Conflict;
    r.rev = record.rev;
    r.conflictId = recordConflict(device, op, contested);
    r.contested = contested;
    r.currentRev = record.rev;
    r.currentFields = record.fields;
    return r;
}

PushResult OperationApplier::remove(const PushOperation& op, StoredRecord record)
{
    if (op.entity == u"signed_document")
        return rejected(op.opId, QStringLiteral("op"),
                        QStringLiteral("a signed document cannot be deleted; revoke it"));
    // A tombstone: id, entity, deleted, revision. The fields go, so pulls stop carrying them.
    record.rev = m_store.nextRevision();
    record.deleted = true;
    record.fields = {};
    record.fieldRevs.clear();
    RecordTable(m_store).save(record);
    return PushResult::applied(op.opId, record.rev);
}

QString OperationApplier::recordConflict(const Device& device, const PushOperation& op,
                                         const QMap<QString, PushResult::Contest>& contested)
{
    // One conflict record per operation (its answer carries one conflict id): the contested field
    // names joined by commas, the values as JSON text of {field: value}.
    QJsonObject server, proposed;
    for (auto it = contested.begin(); it != contested.end(); ++it) {
        server.insert(it.key(), it->server);
        proposed.insert(it.key(), it->yours);
    }
    const QJsonObject fields{
        {QStringLiteral("entity"), op.entity},
        {QStringLiteral("record_id"), op.entityId},
        {QStringLiteral("field"), QStringList(contested.keys()).join(u',')},
        {QStringLiteral("server_value"), compact(server)},
        {QStringLiteral("proposed_value"), compact(proposed)},
        {QStringLiteral("base_rev"), op.baseRev ? QJsonValue(*op.baseRev) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("proposed_by"), device.id},
        {QStringLiteral("status"), QStringLiteral("open")}};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    RecordTable(m_store).createNew(device.centre, QStringLiteral("conflict"), id, fields,
                                   QStringLiteral("platform"));
    return id;
}

} // namespace kq::platform
