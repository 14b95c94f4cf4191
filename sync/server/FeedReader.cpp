#include "FeedReader.h"

#include "JsonText.h"
#include "PlatformStore.h"
#include "PullCursor.h"

namespace kq::platform {

QByteArray FeedReader::page(const QString& centre, qint64 afterRev, int limit)
{
    // One more than asked tells whether another page follows. The (centre, rev) index gives the
    // rows in order without a sort; `fields` comes as a BLOB, its UTF-8 bytes as stored.
    StoreQuery q =
        m_store.exec(QStringLiteral("SELECT entity, id, rev, deleted, CAST(fields AS BLOB) FROM records "
                                    "WHERE centre = ? AND rev > ? ORDER BY rev LIMIT ?"),
                     {centre, afterRev, limit + 1});
    // Keys in the order QJsonObject writes them (sorted), so the text is what PullPage::toJson()
    // would give.
    QByteArray out = "{\"changes\":[";
    qint64 last = afterRev;
    int count = 0;
    bool more = false;
    while (q.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        const bool deleted = q.value(3).toInt() != 0;
        const QByteArray fields = q.value(4).toByteArray();
        last = q.value(2).toLongLong();
        if (count++ > 0)
            out += ',';
        out += deleted ? "{\"deleted\":true,\"entity\":" : "{\"deleted\":false,\"entity\":";
        JsonText::appendString(out, q.value(0).toString());
        out += ",\"fields\":";
        out += fields.isEmpty() ? QByteArray("{}") : fields;
        out += ",\"id\":";
        JsonText::appendString(out, q.value(1).toString());
        out += ",\"rev\":" + QByteArray::number(last) + '}';
    }
    out += "],\"cursor\":";
    JsonText::appendString(out, PullCursor::encode(m_store.cursorKey(), centre, last));
    out += more ? ",\"more\":true}" : ",\"more\":false}";
    return out;
}

} // namespace kq::platform
