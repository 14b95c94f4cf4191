#include "ParkedRecords.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace kq {

QList<ParkedRecords::Parked> ParkedRecords::all()
{
    QList<Parked> out;
    Statement s =
        m_db.prepare("SELECT entity, entity_id, rev, deleted, fields FROM sync_parked ORDER BY rev");
    while (s.step())
        out << Parked{
            {s.text(0), s.text(1), s.int64(3) != 0, QJsonDocument::fromJson(s.text(4).toUtf8()).object()},
            s.int64(2)};
    return out;
}

void ParkedRecords::park(const Parked& p)
{
    m_db.prepare("INSERT OR REPLACE INTO sync_parked(entity, entity_id, rev, deleted, fields) VALUES (?, ?, "
                 "?, ?, ?)")
        .bindAll(p.record.entity, p.record.id, p.rev, p.record.deleted,
                 QString::fromUtf8(QJsonDocument(p.record.fields).toJson(QJsonDocument::Compact)))
        .exec();
}

void ParkedRecords::clear()
{
    m_db.exec("DELETE FROM sync_parked");
}

qint64 ParkedRecords::count()
{
    return m_db.queryInt("SELECT count(*) FROM sync_parked");
}

} // namespace kq
