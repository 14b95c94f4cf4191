#pragma once

#include "Permission.h"

#include <QString>

namespace kq {

// Who is acting: the signed-in account, or the system itself during set-up and migrations.
struct Actor {
    QString accountId;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;

    bool can(Permission p) const { return roleAllows(role, p); }
};

} // namespace kq
