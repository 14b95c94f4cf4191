#pragma once

#include "PullChange.h"

#include <QList>

namespace kq::sync {

// The 200 answer to GET /v1/pull: {"changes": [...], "cursor": "opaque", "more": bool}. Changes are
// in increasing `rev` order; the client stores `cursor` with the applied page and asks again while
// `more` is true.
struct PullPage {
    static constexpr qsizetype MaxCursorLength = 200;

    QList<PullChange> changes;
    QString cursor;
    bool more = false;

    QJsonObject toJson() const;
    static Result<PullPage> fromJson(const QJsonObject& json);
};

} // namespace kq::sync
