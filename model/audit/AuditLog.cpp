#include "AuditLog.h"

#include "auth/Actor.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Meta.h"

#include <sodium.h>

#include <QCoreApplication>

#include <algorithm>

namespace kq {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

constexpr int kHashSize = 32;

void addField(QByteArray& out, const QByteArray& value)
{
    // Length-prefixed, so no two different entries serialise alike.
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
}

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Reads the first seven columns: seq, at, actor, action, entity, entity_id, fields.
AuditEntry readEntry(const Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.at = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    e.actor = s.text(2);
    e.action = s.text(3);
    e.entity = s.text(4);
    e.entityId = s.text(5);
    const QString fields = s.text(6);
    e.fields = fields.isEmpty() ? QStringList() : fields.split(u',');
    return e;
}

} // namespace

QByteArray AuditLog::hashOf(const QByteArray& prev, const AuditEntry& e)
{
    QByteArray data;
    addField(data, prev);
    addField(data, QByteArray::number(e.seq));
    addField(data, isoTime(e.at).toUtf8());
    addField(data, e.actor.toUtf8());
    addField(data, e.action.toUtf8());
    addField(data, e.entity.toUtf8());
    addField(data, e.entityId.toUtf8());
    addField(data, e.fields.join(u',').toUtf8());
    QByteArray hash(kHashSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), kHashSize,
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), nullptr,
                       0);
    return hash;
}

QByteArray AuditLog::genesis()
{
    // Chains of different databases start differently, so entries cannot be moved between them.
    const QByteArray id = Meta::read(m_db, QStringLiteral("database_id")).toUtf8();
    QByteArray hash(kHashSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), kHashSize,
                       reinterpret_cast<const unsigned char*>(id.constData()), size_t(id.size()), nullptr, 0);
    return hash;
}

void AuditLog::append(const AuditEntry& entry)
{
    AuditEntry e = entry;
    QByteArray prev;
    {
        auto last = m_db.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (last->step()) {
            e.seq = last->int64(0) + 1;
            prev = last->blob(1);
        } else {
            e.seq = 1;
            prev = genesis();
        }
    }
    const QByteArray hash = hashOf(prev, e);
    m_db.cached("INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, fields, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(e.seq, isoTime(e.at), e.actor, e.action, e.entity, e.entityId,
                  // an access event touches no fields; the column holds "" rather than NULL
                  e.fields.isEmpty() ? QStringLiteral("") : e.fields.join(u','), prev, hash)
        .exec();
    // The head is written with every entry: one single-row UPDATE by rowid, which SQLite runs
    // without a statement journal (journalled pages are encrypted by SQLCipher: costly).
    auto head = m_db.cached("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1");
    head->bindAll(e.seq, hash).exec();
    if (m_db.changes() == 0)
        m_db.cached("INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?)")->bindAll(e.seq, hash).exec();
}

std::optional<AuditLog::Break> AuditLog::verify()
{
    QByteArray prev = genesis();
    qint64 expectedSeq = 1;
    Statement s = m_db.prepare("SELECT seq, at, actor, action, entity, entity_id, fields, prev_hash, hash "
                               "FROM audit_log ORDER BY seq");
    while (s.step()) {
        const AuditEntry e = readEntry(s);
        if (e.seq != expectedSeq)
            return Break{expectedSeq, QStringLiteral("entry %1 is missing").arg(expectedSeq)};
        if (s.blob(7) != prev)
            return Break{e.seq, QStringLiteral("entry %1 does not follow the previous entry").arg(e.seq)};
        const QByteArray hash = hashOf(prev, e);
        if (s.blob(8) != hash)
            return Break{e.seq, QStringLiteral("entry %1 was altered").arg(e.seq)};
        prev = hash;
        ++expectedSeq;
    }
    const qint64 lastSeq = expectedSeq - 1;
    auto head = m_db.cached("SELECT seq, hash FROM audit_head WHERE id = 1");
    const bool hasHead = head->step();
    if (lastSeq == 0 && !hasHead)
        return std::nullopt;
    if (!hasHead || head->int64(0) != lastSeq || head->blob(1) != prev)
        return Break{lastSeq + 1, QStringLiteral("entries after %1 were removed").arg(lastSeq)};
    return std::nullopt;
}

QList<AuditEntry> AuditLog::recent(int limit, int offset)
{
    QList<AuditEntry> out;
    Statement s = m_db.prepare("SELECT seq, at, actor, action, entity, entity_id, fields FROM audit_log "
                               "ORDER BY seq DESC LIMIT ? OFFSET ?");
    s.bindAll(limit, offset);
    while (s.step()) {
        out.append(readEntry(s));
    }
    return out;
}

Result<QList<AuditEntry>> AuditLog::page(const Actor& actor, const Filter& f, int limit, int offset)
{
    if (!actor.can(Permission::ViewAuditLog))
        return Error(Tr::tr("Only a supervisor or an administrator may read the audit log."));
    std::string sql = "SELECT seq, at, actor, action, entity, entity_id, fields FROM audit_log WHERE 1";
    QList<QString> args;
    if (!f.actor.isEmpty()) {
        sql += " AND actor = ?";
        args << f.actor;
    }
    if (!f.actions.isEmpty()) {
        sql += " AND action IN (";
        for (qsizetype i = 0; i < f.actions.size(); ++i) {
            sql += i ? ", ?" : "?";
            args << f.actions[i];
        }
        sql += ")";
    }
    // `at` is stored as UTC ISO text with milliseconds, so text order is time order.
    if (f.from.isValid()) {
        sql += " AND at >= ?";
        args << isoTime(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        sql += " AND at < ?";
        args << isoTime(f.to.addDays(1).startOfDay());
    }
    if (!f.clientId.isEmpty()) {
        // The client's own row and every record that belongs to it (AuditSubjects maps them back).
        sql += " AND entity_id IN (SELECT ? UNION ALL SELECT ? "
               "UNION ALL SELECT id FROM guardians WHERE client_id = ? "
               "UNION ALL SELECT id FROM case_events WHERE client_id = ? "
               "UNION ALL SELECT id FROM assessments WHERE client_id = ? "
               "UNION ALL SELECT id FROM plans WHERE client_id = ? "
               "UNION ALL SELECT id FROM sessions WHERE client_id = ? "
               "UNION ALL SELECT a.id FROM session_amendments a JOIN sessions s ON s.id = a.session_id "
               "WHERE s.client_id = ? "
               "UNION ALL SELECT id FROM signed_documents WHERE client_id = ?)";
        args << f.clientId << derivedId(QStringLiteral("case_file"), f.clientId);
        for (int i = 0; i < 7; ++i)
            args << f.clientId;
    }
    sql += " ORDER BY seq DESC LIMIT ? OFFSET ?";
    Statement s = m_db.prepare(sql);
    int index = 1;
    for (const QString& a : args)
        s.bind(index++, a);
    s.bind(index++, limit);
    s.bind(index, offset);
    QList<AuditEntry> out;
    while (s.step())
        out.append(readEntry(s));
    return out;
}

QList<AuditEntry> AuditLog::forRecords(const QStringList& entityIds)
{
    QList<AuditEntry> out;
    Statement s = m_db.prepare("SELECT seq, at, actor, action, entity, entity_id, fields FROM audit_log "
                               "WHERE entity_id = ? ORDER BY seq");
    for (const QString& id : entityIds) {
        s.bind(1, id);
        while (s.step())
            out.append(readEntry(s));
        s.reset();
    }
    std::sort(out.begin(), out.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
    return out;
}

qint64 AuditLog::count()
{
    return m_db.queryInt(
        "SELECT coalesce((SELECT max(seq) FROM audit_log) - (SELECT min(seq) FROM audit_log) + 1, 0)");
}

AuditLog::Head AuditLog::head()
{
    Statement s = m_db.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!s.step() || s.isNull(0))
        return {};
    return {s.int64(0), s.blob(1)};
}

} // namespace kq
