#include "Role.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Role)
};
} // namespace

QList<Role> allRoles()
{
    return {Role::FrontDesk, Role::CaseManager, Role::Supervisor, Role::Administrator};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    case Role::CaseManager:
        return QStringLiteral("case_manager");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : allRoles())
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return Tr::tr("Front desk");
    case Role::CaseManager:
        return Tr::tr("Case manager");
    case Role::Supervisor:
        return Tr::tr("Supervisor");
    case Role::Administrator:
        return Tr::tr("Administrator");
    }
    return {};
}

} // namespace kq
