#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kq {

enum class Role { FrontDesk, CaseManager, Supervisor, Administrator };

// Stable keys stored in the database and used on the command line.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
// Translated name for people.
QString roleName(Role role);
QList<Role> allRoles();

} // namespace kq
