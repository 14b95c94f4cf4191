#include "CentreProfile.h"

#include "geo/Divisions.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentreProfile)
};

} // namespace

bool CentreProfile::isValidCode(const QString& code)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]{4,32}$"));
    return codePattern.match(code).hasMatch();
}

Result<void> CentreProfile::validate() const
{
    static const QRegularExpression countyPattern(QStringLiteral("^[1-8][0-9]{5}$"));
    if (!isValidCode(code))
        return Error{Tr::tr("The centre code must be 4 to 32 letters, digits or dashes."),
                     QStringLiteral("centre-code")};
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || hasHiddenCharacters(trimmed))
        return Error{Tr::tr("The centre name must be 1 to 100 characters."), QStringLiteral("centre-name")};
    if (!countyPattern.match(countyCode).hasMatch() || !Divisions::instance().isCounty(countyCode))
        return Error{Tr::tr("The county must be a 6-digit county-level division code, e.g. 110105."),
                     QStringLiteral("county")};
    return {};
}

} // namespace kq
