#include "TextLimits.h"

#include "Text.h"

#include <QCoreApplication>

namespace kq::TextLimits {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextLimits)
};

bool hasControlCharacters(const QString& s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return true;
    return false;
}
} // namespace

std::optional<Error> check(const QString& value, const QString& field, const QString& label, int maxLength,
                           Kind kind)
{
    // The length first: a 10 MB paste is named as too long, not scanned for a stray character.
    if (value.size() > maxLength)
        return Error{Tr::tr("%1 is longer than %2 characters (it has %3).")
                         .arg(label)
                         .arg(maxLength)
                         .arg(value.size()),
                     field};
    if (kind == Kind::Line ? hasHiddenCharacters(value) : hasControlCharacters(value))
        return Error{kind == Kind::Line ? Tr::tr("%1 contains control or direction characters.").arg(label)
                                        : Tr::tr("%1 contains control characters.").arg(label),
                     field};
    return std::nullopt;
}

} // namespace kq::TextLimits
