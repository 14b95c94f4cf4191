#include "Outbox.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};
} // namespace

QList<OutboxOperation> Outbox::pending(int limit)
{
    QList<OutboxOperation> out;
    Statement s = m_db.prepare("SELECT seq, op_id, entity, entity_id, op, payload, base_rev, created_at "
                               "FROM outbox ORDER BY seq LIMIT ?");
    s.bind(1, limit);
    while (s.step()) {
        OutboxOperation o;
        o.seq = s.int64(0);
        o.opId = s.text(1);
        o.entity = s.text(2);
        o.entityId = s.text(3);
        o.op = s.text(4);
        o.fields = QJsonDocument::fromJson(s.text(5).toUtf8()).object();
        if (!s.isNull(6))
            o.baseServerRev = s.int64(6);
        o.createdAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
        out.append(o);
    }
    return out;
}

qint64 Outbox::pendingCount()
{
    Statement s = m_db.prepare("SELECT count(*) FROM (SELECT 1 FROM outbox LIMIT ?)");
    s.bind(1, kCountCap + 1);
    return s.step() ? s.int64(0) : 0;
}

QString Outbox::countText(qint64 count)
{
    return count > kCountCap ? Tr::tr("more than %L1").arg(kCountCap) : QStringLiteral("%L1").arg(count);
}

Outbox::Pending Outbox::pendingFor(const QString& entity, const QString& entityId)
{
    Pending p;
    auto s = m_db.cached("SELECT op, payload FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq");
    s->bindAll(entity, entityId);
    p.onlyCreates = true;
    while (s->step()) {
        p.any = true;
        if (s->text(0) == u"delete")
            p.deleted = true;
        if (s->text(0) != u"create")
            p.onlyCreates = false;
        for (const QString& f : QJsonDocument::fromJson(s->text(1).toUtf8()).object().keys())
            if (!p.fields.contains(f))
                p.fields << f;
    }
    p.onlyCreates = p.onlyCreates && p.any;
    return p;
}

void Outbox::dropCreates(const QString& entity, const QString& entityId)
{
    auto s = m_db.cached("DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND op = 'create'");
    s->bindAll(entity, entityId);
    s->exec();
}

void Outbox::acknowledge(const QList<qint64>& seqs)
{
    Transaction tx(m_db);
    Statement s = m_db.prepare("DELETE FROM outbox WHERE seq = ?");
    for (qint64 seq : seqs) {
        s.bind(1, seq);
        s.exec();
        s.reset();
    }
    tx.commit();
}

} // namespace kq
