#include "PullPage.h"

#include "ProtocolVersion.h"
#include "WireJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kq::sync {

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const PullChange& c : changes)
        list.append(c.toJson());
    return {{QStringLiteral("changes"), list},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("more"), more}};
}

Result<PullPage> PullPage::fromJson(const QJsonObject& json)
{
    using namespace wire;
    PullPage p;
    const Result<QJsonArray> changes = requiredArray(json, "changes");
    if (!changes)
        return changes.error();
    if (changes.value().size() > ProtocolVersion::MaxPullLimit)
        return invalid("changes", "holds more than 1000 changes");
    qint64 lastRev = 0;
    for (qsizetype i = 0; i < changes.value().size(); ++i) {
        const QJsonValue v = changes.value().at(i);
        if (!v.isObject())
            return invalid(indexed("changes", i), "must be an object");
        Result<PullChange> change = PullChange::fromJson(v.toObject());
        if (!change)
            return nested(change.error(), indexed("changes", i));
        // Applying out of order would let an older state win.
        if (change.value().rev <= lastRev)
            return invalid(indexed("changes", i) + QStringLiteral(".rev"),
                           "must be greater than the previous");
        lastRev = change.value().rev;
        p.changes.append(change.take());
    }
    const Result<QString> cursor = requiredString(json, "cursor", MaxCursorLength);
    if (!cursor)
        return cursor.error();
    // It goes back in a URL query: base64url characters only.
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!base64url.match(cursor.value()).hasMatch())
        return invalid("cursor", "must be base64url text");
    p.cursor = cursor.value();
    const Result<bool> more = requiredBool(json, "more");
    if (!more)
        return more.error();
    p.more = more.value();
    return p;
}

} // namespace kq::sync
