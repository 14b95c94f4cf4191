#include "RecordTable.h"

#include "JsonText.h"
#include "PlatformStore.h"

#include <QJsonDocument>

namespace kq::platform {

void StoredRecord::setField(const QString& field, const QJsonValue& value, qint64 atRev, const QString& by)
{
    fields.insert(field, value);
    fieldRevs.set(field, atRev, by);
}

std::optional<StoredRecord> RecordTable::find(const QString& centre, const QString& id)
{
    // The JSON columns come as BLOBs: their UTF-8 bytes as stored, which is what the parser reads,
    // instead of a round trip through UTF-16.
    StoreQuery q =
        m_store.exec(QStringLiteral("SELECT entity, CAST(fields AS BLOB), CAST(field_revs AS BLOB), "
                                    "rev, deleted FROM records WHERE centre = ? AND id = ?"),
                     {centre, id});
    if (!q.next())
        return std::nullopt;
    StoredRecord r;
    r.centre = centre;
    r.id = id;
    r.entity = q.value(0).toString();
    r.fields = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    r.fieldRevs = FieldRevisions::fromText(q.value(2).toByteArray());
    r.rev = q.value(3).toLongLong();
    r.deleted = q.value(4).toInt() != 0;
    return r;
}

void RecordTable::save(const StoredRecord& r)
{
    // The JSON is bound as UTF-8 bytes and stored as TEXT (CAST), without a UTF-16 round trip.
    m_store.exec(
        QStringLiteral("INSERT INTO records(centre, id, entity, fields, field_revs, rev, deleted) "
                       "VALUES (?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?) ON CONFLICT(centre, id) DO "
                       "UPDATE SET entity = excluded.entity, fields = excluded.fields, "
                       "field_revs = excluded.field_revs, rev = excluded.rev, deleted = excluded.deleted"),
        {r.centre, r.id, r.entity, JsonText::compact(r.fields), r.fieldRevs.toText(), r.rev,
         r.deleted ? 1 : 0});
}

StoredRecord RecordTable::createNew(const QString& centre, const QString& entity, const QString& id,
                                    const QJsonObject& fields, const QString& by)
{
    StoredRecord r;
    r.centre = centre;
    r.id = id;
    r.entity = entity;
    r.rev = m_store.nextRevision();
    r.fields = fields; // shared, not copied field by field
    r.fieldRevs = FieldRevisions::allAt(r.rev, by, fields.keys());
    save(r);
    return r;
}

} // namespace kq::platform
