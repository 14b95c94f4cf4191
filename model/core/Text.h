#pragma once

#include <QString>

namespace kq {

// True when `s` holds control characters or invisible format characters (right-to-left marks,
// zero-width joiners): refused in names and codes, where they hide what a person sees.
inline bool hasHiddenCharacters(const QString& s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

} // namespace kq
