#include "AccountService.h"

#include "AccountRepository.h"
#include "auth/PasswordPolicy.h"
#include "keys/KeyRing.h"
#include "keys/KeySlotFile.h"
#include "store/Journal.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};
} // namespace

Result<void> AccountService::checkStrength(const SecureBytes& password, const QString& username)
{
    const PasswordStrength s =
        PasswordPolicy::evaluate(QString::fromUtf8(password.chars(), qsizetype(password.size())), username);
    if (!s.acceptable())
        return Error{s.hint, QStringLiteral("password")};
    return {};
}

Result<Account> AccountService::create(const QString& username, const QString& displayName, Role role,
                                       const SecureBytes& initialPassword)
{
    if (auto r = checkStrength(initialPassword, username); !r)
        return r.error();
    Result<KeySlotFile> slots = KeySlotFile::load(m_workspace.paths().keySlots());
    if (!slots)
        return slots.error();

    Transaction tx(m_workspace.database());
    Result<Account> account =
        AccountRepository(m_workspace.journal()).create(m_workspace.actor(), username, displayName, role);
    if (!account)
        return account;
    slots.value().removeUser(username); // an orphan left by an earlier failed attempt
    slots.value().slots.append(KeyRing::seal(m_workspace.databaseId(), KeySlot::Kind::User, username,
                                             initialPassword, m_workspace.databaseKey(), m_kdf));
    if (auto r = slots.value().save(m_workspace.paths().keySlots()); !r)
        return r.error();
    tx.commit();
    return account;
}

Result<void> AccountService::changeOwnPassword(const SecureBytes& current, const SecureBytes& replacement)
{
    const Actor& actor = m_workspace.actor();
    if (actor.accountId.isEmpty())
        return Error{Tr::tr("Only a staff account has a password to change.")};
    if (auto r = checkStrength(replacement, actor.username); !r)
        return r;
    Result<KeySlotFile> slots = KeySlotFile::load(m_workspace.paths().keySlots());
    if (!slots)
        return slots.error();
    const KeySlot* found = slots.value().findUser(actor.username);
    if (!found)
        return Error{Tr::tr("Your key slot is missing; ask a supervisor to reset your password.")};
    KeySlot slot = *found;
    if (auto r = KeyRing::changeSecret(m_workspace.databaseId(), slot, current, replacement, m_kdf); !r)
        return Error{Tr::tr("The current password is not correct."), QStringLiteral("current-password")};

    AccountRepository accounts(m_workspace.journal());
    Transaction tx(m_workspace.database());
    const std::optional<Account> self = accounts.findByUsername(actor.username);
    if (!self || !self->active)
        return Error{Tr::tr("Your account is no longer active.")};
    accounts.recordPasswordChange(actor, *self);
    slots.value().put(slot);
    if (auto r = slots.value().save(m_workspace.paths().keySlots()); !r)
        return r;
    tx.commit();
    return {};
}

Result<void> AccountService::resetPassword(const QString& username, const SecureBytes& replacement)
{
    const Actor& actor = m_workspace.actor();
    if (!actor.can(Permission::ManageAccounts))
        return Error{Tr::tr("Your role may not manage accounts.")};
    AccountRepository accounts(m_workspace.journal());
    const std::optional<Account> account = accounts.findByUsername(username);
    if (!account || !account->active)
        return Error{Tr::tr("There is no active account %1.").arg(username), QStringLiteral("username")};
    // The recovery key (an actor without an account) exists to let a supervisor back in, not to
    // take over anyone's account.
    if (actor.accountId.isEmpty() && !roleAllows(account->role, Permission::ManageAccounts))
        return Error{
            Tr::tr("%1 is not a supervisor or administrator account; the recovery key resets only those.")
                .arg(username),
            QStringLiteral("username")};
    if (auto r = checkStrength(replacement, username); !r)
        return r;
    Result<KeySlotFile> slots = KeySlotFile::load(m_workspace.paths().keySlots());
    if (!slots)
        return slots.error();

    Transaction tx(m_workspace.database());
    accounts.recordPasswordChange(actor, *account);
    slots.value().removeUser(username);
    slots.value().slots.append(KeyRing::seal(m_workspace.databaseId(), KeySlot::Kind::User, username,
                                             replacement, m_workspace.databaseKey(), m_kdf));
    if (auto r = slots.value().save(m_workspace.paths().keySlots()); !r)
        return r;
    tx.commit();
    return {};
}

Result<void> AccountService::setRole(const QString& username, Role role)
{
    Transaction tx(m_workspace.database());
    if (auto r = AccountRepository(m_workspace.journal()).setRole(m_workspace.actor(), username, role); !r)
        return r;
    tx.commit();
    return {};
}

Result<void> AccountService::disable(const QString& username)
{
    {
        Transaction tx(m_workspace.database());
        if (auto r = AccountRepository(m_workspace.journal()).deactivate(m_workspace.actor(), username); !r)
            return r;
        tx.commit();
    }
    // If we stop before the re-key completes, the next sign-in finds the stale slot and finishes it.
    return m_workspace.rekeyWithout({username});
}

} // namespace kq
