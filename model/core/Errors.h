#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace kq {

// Many checks, one refusal: every problem on its own line, so a form shows them all at once; the
// field of the first, so the form focuses it; `code` for callers that branch on it.
inline Error combinedErrors(const QList<Error>& errors, int code)
{
    QStringList lines;
    for (const Error& e : errors)
        lines << e.message;
    return Error{lines.join(QLatin1Char('\n')), errors.value(0).field, code};
}

} // namespace kq
