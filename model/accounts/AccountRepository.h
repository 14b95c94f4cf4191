#pragma once

#include "Account.h"
#include <QHash>

#include <QList>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// Staff accounts in the database. Key slots are the Workspace's business; this class keeps the
// rows and the rules about them. Writes run inside the caller's transaction, because an account
// change always goes together with a key-slot change.
class AccountRepository {
public:
    explicit AccountRepository(Journal& journal) : m_journal(journal) {}

    QList<Account> list();
    // Username → display name of every account (disabled ones too: old records name them).
    QHash<QString, QString> displayNames();
    std::optional<Account> findByUsername(const QString& username);

    // `actor` needs ManageAccounts, except for the very first account (set-up, actor empty).
    Result<Account> create(const Actor& actor, const QString& username, const QString& displayName,
                           Role role);
    Result<void> setRole(const Actor& actor, const QString& username, Role role);
    Result<void> deactivate(const Actor& actor, const QString& username);
    // Records a password change or reset in the audit log (the slot itself lives outside).
    void recordPasswordChange(const Actor& actor, const Account& account);
    void recordSignIn(const Actor& actor);

private:
    // The store must always keep someone who can manage accounts.
    bool isLastAccountManager(const Account& account);
    Result<void> checkManager(const Actor& actor);
    Result<void> checkCanGrant(const Actor& actor, Role role);

    Journal& m_journal;
};

} // namespace kq
