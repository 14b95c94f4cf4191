#include "AccountRepository.h"

#include "auth/Actor.h"
#include "clients/ClientSearchKeys.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <algorithm>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
};

Account readAccount(const Statement& s)
{
    Account a;
    a.id = s.text(0);
    a.username = s.text(1);
    a.displayName = s.text(2);
    a.role = roleFromKey(s.text(3)).value_or(Role::FrontDesk);
    a.active = s.int64(4) != 0;
    return a;
}

const char* const kSelect = "SELECT id, username, display_name, role, active FROM accounts ";

Change accountChange(const Account& a, Change::Op op, QString action, QVariantMap fields)
{
    // Accounts are local to the workstation's store; they do not travel to the platform.
    return {QStringLiteral("account"), a.id, op, std::move(action), std::move(fields), std::nullopt, false};
}
} // namespace

QHash<QString, QString> AccountRepository::displayNames()
{
    QHash<QString, QString> names;
    for (const Account& a : list())
        names.insert(a.username, a.displayName);
    return names;
}

QList<Account> AccountRepository::list()
{
    QList<Account> out;
    Statement s = m_journal.database().prepare(std::string(kSelect) + "ORDER BY active DESC, username");
    while (s.step())
        out.append(readAccount(s));
    // People look for a colleague by name, in pinyin order as in a Chinese list (李 before 王 before
    // 张; 单 read shan as a surname), not by the order of the characters' codes. A centre has a few
    // dozen accounts: sorting them here is cheaper than keeping a key column.
    std::stable_sort(out.begin(), out.end(), [](const Account& a, const Account& b) {
        if (a.active != b.active)
            return a.active;
        return ClientSearchKeys::sortKey(a.displayName) < ClientSearchKeys::sortKey(b.displayName);
    });
    return out;
}

std::optional<Account> AccountRepository::findByUsername(const QString& username)
{
    auto s = m_journal.database().cached(std::string(kSelect) + "WHERE username = ?");
    s->bind(1, username);
    if (!s->step())
        return std::nullopt;
    return readAccount(*s);
}

Result<void> AccountRepository::checkCanGrant(const Actor& actor, Role role)
{
    // No one hands out more than they hold: an administrator (accounts, no health records) cannot
    // create a supervisor and sign in as one.
    for (int p = 0; p <= int(kLastPermission); ++p)
        if (roleAllows(role, Permission(p)) && !actor.can(Permission(p)))
            return Error{Tr::tr("Your role may not give the role %1: it can see more than you can.")
                             .arg(roleName(role)),
                         QStringLiteral("role")};
    return {};
}

Result<void> AccountRepository::checkManager(const Actor& actor)
{
    if (!actor.can(Permission::ManageAccounts))
        return Error{Tr::tr("Your role may not manage accounts.")};
    return {};
}

Result<Account> AccountRepository::create(const Actor& actor, const QString& username,
                                          const QString& displayName, Role role)
{
    Database& db = m_journal.database();
    const bool firstAccount = db.queryInt("SELECT count(*) FROM accounts") == 0;
    if (!firstAccount) {
        if (auto r = checkManager(actor); !r)
            return r.error();
        if (auto r = checkCanGrant(actor, role); !r)
            return r.error();
    }
    if (auto r = Account::validate(username, displayName); !r)
        return r.error();
    if (findByUsername(username))
        return Error{Tr::tr("The username %1 is already taken.").arg(username), QStringLiteral("username")};

    Account a{newId(), username, displayName.trimmed(), role, true};
    const QString now = m_journal.clock().nowIso();
    db.prepare("INSERT INTO accounts(id, username, display_name, role, active, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, 1, ?, ?)")
        .bindAll(a.id, a.username, a.displayName, roleKey(a.role), now, now)
        .exec();
    m_journal.record(actor, accountChange(a, Change::Op::Create, {},
                                          {{QStringLiteral("username"), a.username},
                                           {QStringLiteral("display_name"), a.displayName},
                                           {QStringLiteral("role"), roleKey(a.role)}}));
    return a;
}

bool AccountRepository::isLastAccountManager(const Account& account)
{
    if (!account.active || !roleAllows(account.role, Permission::ManageAccounts))
        return false;
    Statement s = m_journal.database().prepare("SELECT count(*) FROM accounts WHERE active = 1 AND role IN "
                                               "('supervisor', 'administrator') AND id <> ?");
    s.bind(1, account.id);
    s.step();
    return s.int64(0) == 0;
}

Result<void> AccountRepository::setRole(const Actor& actor, const QString& username, Role role)
{
    if (auto r = checkManager(actor); !r)
        return r;
    const std::optional<Account> a = findByUsername(username);
    if (!a)
        return Error{Tr::tr("There is no account %1.").arg(username), QStringLiteral("username")};
    if (a->role == role)
        return {};
    if (a->username == actor.username)
        return Error{Tr::tr("You cannot change your own role; ask another account manager."),
                     QStringLiteral("role")};
    if (auto r = checkCanGrant(actor, role); !r)
        return r;
    if (!roleAllows(role, Permission::ManageAccounts) && isLastAccountManager(*a))
        return Error{
            Tr::tr("%1 is the last account that can manage accounts; give another account that role first.")
                .arg(username),
            QStringLiteral("role")};
    m_journal.database()
        .prepare("UPDATE accounts SET role = ?, rev = rev + 1, updated_at = ? WHERE id = ?")
        .bindAll(roleKey(role), m_journal.clock().nowIso(), a->id)
        .exec();
    m_journal.record(actor,
                     accountChange(*a, Change::Op::Update, {}, {{QStringLiteral("role"), roleKey(role)}}));
    return {};
}

Result<void> AccountRepository::deactivate(const Actor& actor, const QString& username)
{
    if (auto r = checkManager(actor); !r)
        return r;
    const std::optional<Account> a = findByUsername(username);
    if (!a || !a->active)
        return Error{Tr::tr("There is no active account %1.").arg(username), QStringLiteral("username")};
    if (a->username == actor.username)
        return Error{Tr::tr("You cannot disable your own account."), QStringLiteral("username")};
    if (isLastAccountManager(*a))
        return Error{Tr::tr("%1 is the last account that can manage accounts.").arg(username),
                     QStringLiteral("username")};
    m_journal.database()
        .prepare("UPDATE accounts SET active = 0, rev = rev + 1, updated_at = ? WHERE id = ?")
        .bindAll(m_journal.clock().nowIso(), a->id)
        .exec();
    m_journal.record(actor, accountChange(*a, Change::Op::Update, QStringLiteral("disable"),
                                          {{QStringLiteral("active"), false}}));
    return {};
}

void AccountRepository::recordPasswordChange(const Actor& actor, const Account& account)
{
    m_journal.record(actor, accountChange(account, Change::Op::None, QStringLiteral("password"),
                                          {{QStringLiteral("password"), QVariant()}}));
}

void AccountRepository::recordSignIn(const Actor& actor)
{
    // The recovery key signs in without an account; its events are filed under its name.
    const QString id = actor.accountId.isEmpty() ? actor.username : actor.accountId;
    Account self{id, actor.username, actor.displayName, actor.role, true};
    m_journal.record(actor, accountChange(self, Change::Op::None, QStringLiteral("sign-in"), {}));
}

} // namespace kq
