#pragma once

#include "auth/Role.h"
#include "core/Result.h"

#include <QString>

namespace kq {

// A staff member who can sign in at this workstation.
struct Account {
    QString id;
    QString username;    // lower-case, a-z 0-9 . _ -
    QString displayName; // as shown in logs and on signed documents
    Role role = Role::FrontDesk;
    bool active = true;

    // Checks username and display name; errors name the field ("username", "display-name").
    static Result<void> validate(const QString& username, const QString& displayName);
    // The username alone (field "username"): what a sign-in checks before it tries the key slots.
    static Result<void> validateUsername(const QString& username);
};

} // namespace kq
