#pragma once

#include <QString>
#include <QUuid>

namespace kq {

// Record ids are client-generated UUIDs (v4), stored as text without braces, so that records made
// offline on several workstations never collide.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace kq
