#include "RemoteChanges.h"

#include "core/Clock.h"
#include "platform/ConflictStore.h"
#include "platform/ParkedRecords.h"
#include "platform/ServerRevisions.h"
#include "platform/SyncState.h"
#include "protocol/PullPage.h"
#include "protocol/PushResponse.h"
#include "replica/Replica.h"
#include "statistics/StatisticsResults.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace kq::sync {

namespace {
// Pulled pages and push answers are written as the platform, not as the person signed in.
Actor platformActor()
{
    return {{}, QStringLiteral("platform"), QStringLiteral("Platform"), Role::Administrator};
}
} // namespace

Result<void> RemoteChanges::applyPushAnswers(const QList<OutboxOperation>& batch, const QJsonObject& answer)
{
    Result<PushResponse> response = PushResponse::fromJson(answer);
    if (!response)
        return Error(
            tr("The platform's answer to a push is malformed (%1).").arg(response.error().describe()));
    const QList<PushResult>& results = response.value().results;
    if (results.size() != batch.size())
        return Error(tr("The platform answered %1 of %2 changes.").arg(results.size()).arg(batch.size()));
    Database& db = m_workspace.database();
    Transaction tx(db);
    QList<qint64> done;
    for (qsizetype n = 0; n < batch.size(); ++n) {
        if (results[n].opId != batch[n].opId)
            return Error(tr("The platform answered the changes out of order."));
        // Acknowledge first, so what is still pending about the record excludes this operation.
        Outbox(db).acknowledge({batch[n].seq});
        if (Result<void> settled = settle(batch[n], results[n]); !settled)
            return settled;
        done << batch[n].seq;
    }
    m_workspace.journal().record(m_workspace.actor(), {QStringLiteral("platform"),
                                                       SyncState(db).link().value_or(PlatformLink{}).deviceId,
                                                       Change::Op::None,
                                                       QStringLiteral("push"),
                                                       {{QStringLiteral("count"), int(done.size())}},
                                                       std::nullopt,
                                                       false});
    tx.commit();
    return {};
}

Result<void> RemoteChanges::settle(const OutboxOperation& op, const PushResult& given)
{
    const PushResult& result =
        given.status == PushResult::Status::Duplicate && given.first ? *given.first : given;
    Database& db = m_workspace.database();
    ServerRevisions revisions(db);
    switch (result.status) {
    case PushResult::Status::Applied:
    case PushResult::Status::Duplicate:
        if (result.rev)
            revisions.set(op.entity, op.entityId, *result.rev);
        return {};
    case PushResult::Status::Conflict: {
        revisions.set(op.entity, op.entityId, result.rev.value_or(result.currentRev));
        SyncConflict c;
        c.id = result.conflictId;
        c.entity = op.entity;
        c.recordId = op.entityId;
        QJsonObject serverValues;
        for (auto it = result.contested.cbegin(); it != result.contested.cend(); ++it) {
            c.fields.insert(it.key(), QJsonObject{{QStringLiteral("server"), it.value().server},
                                                  {QStringLiteral("yours"), it.value().yours}});
            serverValues.insert(it.key(), it.value().server);
        }
        c.baseRev = op.baseServerRev;
        c.proposedBy = m_workspace.actor().username;
        c.createdAt = m_workspace.clock().now();
        ConflictStore(db).record(c);
        // The record shows what the platform holds until a person decides; the conflict keeps
        // this workstation's value.
        return applyRecord(op.entity, op.entityId, serverValues, false);
    }
    case PushResult::Status::Rejected: {
        // A create of a record the platform already holds (rows every workstation derives from a
        // referral, pushed by another first): the platform's record is this one; take it.
        if (op.op == u"create" && result.currentRev > 0) {
            revisions.set(op.entity, op.entityId, result.currentRev);
            QJsonObject fields = result.currentFields;
            for (const QString& f : Outbox(db).pendingFor(op.entity, op.entityId).fields)
                fields.remove(f);
            return applyRecord(op.entity, op.entityId, fields, false);
        }
        SyncConflict c;
        c.id = op.opId;
        c.kind = SyncConflict::Kind::Rejected;
        c.entity = op.entity;
        c.recordId = op.entityId;
        c.fields = op.fields;
        for (const PushResult::Reason& r : result.reasons)
            c.reasons.append(
                QJsonObject{{QStringLiteral("field"), r.field}, {QStringLiteral("message"), r.message}});
        c.baseRev = op.baseServerRev;
        c.proposedBy = m_workspace.actor().username;
        c.createdAt = m_workspace.clock().now();
        ConflictStore(db).record(c);
        return {};
    }
    }
    return {};
}

Result<int> RemoteChanges::applyPage(const QJsonObject& json, bool& more)
{
    Result<PullPage> page = PullPage::fromJson(json);
    if (!page)
        return Error(tr("The platform's page of changes is malformed (%1).").arg(page.error().describe()));
    Database& db = m_workspace.database();
    Transaction tx(db);
    ServerRevisions revisions(db);
    ParkedRecords parked(db);
    // Records parked by an earlier page go first: their parents may be on this one.
    QList<ReplicaRecord> records;
    QHash<QString, qint64> revs; // entity/id -> rev
    const auto key = [](const QString& entity, const QString& id) { return entity + u'/' + id; };
    for (const ParkedRecords::Parked& p : parked.all()) {
        records << p.record;
        revs.insert(key(p.record.entity, p.record.id), p.rev);
    }
    parked.clear();
    for (const PullChange& change : page.value().changes) {
        const Outbox::Pending pending = Outbox(db).pendingFor(change.entity, change.entityId);
        if (pending.deleted)
            continue; // deleted here; the push that follows tells the platform
        QJsonObject fields = change.fields;
        for (const QString& f : pending.fields)
            fields.remove(f);
        records << ReplicaRecord{change.entity, change.entityId, change.deleted, fields};
        revs.insert(key(change.entity, change.entityId), change.rev);
    }
    // A long page is a catch-up (a first sync, weeks offline): written without the statistics
    // triggers, it forgets the kept figures once instead of doubling the cost of every row.
    StatisticsResults::suspendTriggersForBulk(db, records.size());
    Result<Replica::Page> applied = Replica(m_workspace.journal()).applyPage(records);
    if (!applied)
        return Error(
            tr("A record from the platform could not be applied (%1).").arg(applied.error().describe()));
    QSet<QString> waiting;
    for (const ReplicaRecord& r : applied.value().waiting) {
        parked.park({r, revs.value(key(r.entity, r.id))});
        waiting.insert(key(r.entity, r.id));
    }
    for (const ReplicaRecord& r : std::as_const(records))
        if (!waiting.contains(key(r.entity, r.id)))
            revisions.set(r.entity, r.id, revs.value(key(r.entity, r.id)));
    for (const ReplicaConflict& c : applied.value().conflicts)
        keepConflict(c);
    // Rows this workstation created and has not pushed, which the platform already holds: those
    // every workstation derives from a referral (applied just now, or in an earlier round). The
    // platform's record is the one; our creates go, and the record is taken whole.
    for (const PullChange& change : page.value().changes) {
        if (change.deleted || waiting.contains(key(change.entity, change.entityId)) ||
            !Outbox(db).pendingFor(change.entity, change.entityId).onlyCreates)
            continue;
        Outbox(db).dropCreates(change.entity, change.entityId);
        if (Result<void> taken = applyRecord(change.entity, change.entityId, change.fields, false); !taken)
            return Error(
                tr("A record from the platform could not be applied (%1).").arg(taken.error().describe()));
    }
    SyncState(db).setCursor(page.value().cursor);
    m_workspace.journal().record(platformActor(),
                                 {QStringLiteral("platform"),
                                  SyncState(db).link().value_or(PlatformLink{}).deviceId,
                                  Change::Op::None,
                                  QStringLiteral("pull"),
                                  {{QStringLiteral("count"), int(page.value().changes.size())}},
                                  std::nullopt,
                                  false});
    tx.commit();
    more = page.value().more;
    return int(page.value().changes.size());
}

Result<void> RemoteChanges::applyRecord(const QString& entity, const QString& id, const QJsonObject& fields,
                                        bool deleted)
{
    Result<Replica::Applied> applied = Replica(m_workspace.journal()).apply(entity, id, fields, deleted);
    if (!applied)
        return applied.error();
    return {};
}

void RemoteChanges::keepConflict(const ReplicaConflict& record)
{
    // The platform writes one conflict record per operation: `field` names the contested fields
    // (comma-separated) and each value is the JSON text of {field: value}.
    const QStringList names = record.field.split(u',', Qt::SkipEmptyParts);
    const auto perField = [&names](const QJsonValue& v) {
        QJsonObject o;
        if (v.isString())
            o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
        for (const QString& n : names)
            if (!o.contains(n))
                return names.size() == 1 ? QJsonObject{{n, v}} : QJsonObject{};
        return o;
    };
    const QJsonObject server = perField(record.serverValue);
    const QJsonObject yours = perField(record.proposedValue);
    SyncConflict c;
    c.id = record.id;
    c.entity = record.entity;
    c.recordId = record.recordId;
    for (const QString& n : names)
        c.fields.insert(n, QJsonObject{{QStringLiteral("server"), server.value(n)},
                                       {QStringLiteral("yours"), yours.value(n)}});
    c.baseRev = record.baseRev;
    c.proposedBy = record.proposedBy;
    c.createdAt = m_workspace.clock().now();
    ConflictStore conflicts(m_workspace.database());
    const bool resolved = record.status == u"resolved" || record.deleted;
    const QJsonObject values = perField(record.resolvedValue);
    const QDateTime resolvedAt = QDateTime::fromString(record.resolvedAt, Qt::ISODateWithMs);
    if (resolved) {
        c.open = false;
        c.resolution = record.resolution;
        c.resolvedValues = values;
        c.resolvedBy = record.resolvedBy;
        c.resolvedAt = resolvedAt;
    }
    conflicts.record(c); // the first copy stays; one resolved before it got here is kept as history
    if (resolved)
        conflicts.markResolved(c.id, record.resolution, values, record.resolvedBy, resolvedAt);
}

} // namespace kq::sync
