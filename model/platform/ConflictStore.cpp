#include "ConflictStore.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace kq {

namespace {
QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

constexpr const char* kColumns =
    "id, kind, entity, record_id, fields, reasons, base_rev, proposed_by, status, "
    "resolution, resolved_values, resolved_by, resolved_at, created_at";

SyncConflict read(const Statement& s)
{
    SyncConflict c;
    c.id = s.text(0);
    c.kind = s.text(1) == u"rejected" ? SyncConflict::Kind::Rejected : SyncConflict::Kind::Conflict;
    c.entity = s.text(2);
    c.recordId = s.text(3);
    c.fields = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
    c.reasons = QJsonDocument::fromJson(s.text(5).toUtf8()).array();
    if (!s.isNull(6))
        c.baseRev = s.int64(6);
    c.proposedBy = s.text(7);
    c.open = s.text(8) == u"open";
    c.resolution = s.text(9);
    c.resolvedValues = QJsonDocument::fromJson(s.text(10).toUtf8()).object();
    c.resolvedBy = s.text(11);
    c.resolvedAt = QDateTime::fromString(s.text(12), Qt::ISODateWithMs);
    c.createdAt = QDateTime::fromString(s.text(13), Qt::ISODateWithMs);
    return c;
}
} // namespace

void ConflictStore::record(const SyncConflict& c)
{
    Statement s = m_db.prepare(std::string("INSERT OR IGNORE INTO sync_conflicts(") + kColumns +
                               ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bindAll(c.id, SyncConflict::kindKey(c.kind), c.entity, c.recordId, json(c.fields), json(c.reasons));
    if (c.baseRev)
        s.bind(7, *c.baseRev);
    else
        s.bind(7, nullptr);
    s.bind(8, c.proposedBy);
    s.bind(9, c.open ? QStringLiteral("open") : QStringLiteral("resolved"));
    s.bind(10, c.resolution);
    s.bind(11, c.resolvedValues.isEmpty() ? QString() : json(c.resolvedValues));
    s.bind(12, c.resolvedBy);
    s.bind(13, iso(c.resolvedAt));
    s.bind(14, iso(c.createdAt));
    s.exec();
}

void ConflictStore::markResolved(const QString& id, const QString& resolution, const QJsonObject& values,
                                 const QString& by, const QDateTime& at)
{
    m_db.prepare("UPDATE sync_conflicts SET status = 'resolved', resolution = ?, resolved_values = ?, "
                 "resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'")
        .bindAll(resolution, json(values), by, iso(at), id)
        .exec();
}

std::optional<SyncConflict> ConflictStore::find(const QString& id)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " FROM sync_conflicts WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

QList<SyncConflict> ConflictStore::open()
{
    QList<SyncConflict> out;
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns +
                               " FROM sync_conflicts WHERE status = 'open' ORDER BY created_at, id");
    while (s.step())
        out << read(s);
    return out;
}

qint64 ConflictStore::openCount()
{
    return m_db.queryInt("SELECT count(*) FROM sync_conflicts WHERE status = 'open'");
}

} // namespace kq
