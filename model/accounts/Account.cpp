#include "Account.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Account)
};
} // namespace

Result<void> Account::validateUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(username).hasMatch())
        return Error{Tr::tr("The username must be 2 to 32 lower-case letters, digits, dots, dashes or "
                            "underscores, starting with a letter or digit."),
                     QStringLiteral("username")};
    return {};
}

Result<void> Account::validate(const QString& username, const QString& displayName)
{
    if (Result<void> valid = validateUsername(username); !valid)
        return valid;
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > 40)
        return Error{Tr::tr("The display name must be 1 to 40 characters."), QStringLiteral("display-name")};
    if (hasHiddenCharacters(name))
        return Error{Tr::tr("The display name contains control or direction characters."),
                     QStringLiteral("display-name")};
    return {};
}

} // namespace kq
