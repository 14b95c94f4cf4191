#pragma once

#include "Account.h"
#include "keys/KdfParams.h"

namespace kq {

class SecureBytes;
class Workspace;

// Account operations that touch both the database and the key slots: creating an account with
// its password, changing or resetting a password, disabling an account (which re-keys the store).
class AccountService {
public:
    explicit AccountService(Workspace& workspace, KdfParams kdf = KdfParams::moderate())
        : m_workspace(workspace), m_kdf(kdf)
    {
    }

    Result<Account> create(const QString& username, const QString& displayName, Role role,
                           const SecureBytes& initialPassword);
    // The signed-in person changes their own password; needs the current one.
    Result<void> changeOwnPassword(const SecureBytes& current, const SecureBytes& replacement);
    // An account manager (or the recovery key) sets a new password for someone who forgot theirs.
    Result<void> resetPassword(const QString& username, const SecureBytes& replacement);
    Result<void> setRole(const QString& username, Role role);
    // Disables the account, removes its key slot and re-keys the database.
    Result<void> disable(const QString& username);

private:
    Result<void> checkStrength(const SecureBytes& password, const QString& username);

    Workspace& m_workspace;
    KdfParams m_kdf;
};

} // namespace kq
