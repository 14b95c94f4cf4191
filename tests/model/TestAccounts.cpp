#include "TestStore.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "keys/KeySlotFile.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kq;
using namespace kq::test;

namespace {

const QString kUser = QStringLiteral("wang.li");
const QString kZhao = QStringLiteral("zhao.min");
const QString kZhaoPassword = QStringLiteral("Autumn-Leaves-31-Road");
const QString kLi = QStringLiteral("li.na");
const QString kLiPassword = QStringLiteral("Quiet-Harbour-58-Lamp");
const QString kNewPassword = QStringLiteral("Spring-Rain-64-Bridge");

bool hasSlot(const StorePaths& paths, const QString& username)
{
    const Result<KeySlotFile> f = KeySlotFile::load(paths.keySlots());
    return f && f.value().findUser(username);
}

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    SecureBytes m_recovery;

    StorePaths paths() const { return pathsIn(*m_dir); }
    AccountService service() { return AccountService(*m_ws, KdfParams::fastest()); }
    AccountRepository repository() { return AccountRepository(m_ws->journal()); }

    Result<void> signIn(const QString& username, const QString& password)
    {
        return m_ws->unlock(username, secret(password));
    }

    // Whether `username` can sign in with `password`, tried on a separate Workspace so the
    // session under test stays open.
    bool canSignIn(const QString& username, const QString& password)
    {
        Workspace other(paths(), *m_clock);
        return bool(other.unlock(username, secret(password)));
    }

    bool recoveryKeyWorks()
    {
        Workspace other(paths(), *m_clock);
        return bool(other.open({}, Workspace::unsealKeys(paths(), {}, m_recovery, true), true));
    }

private Q_SLOTS:
    // Each test starts from a fresh store with the supervisor signed in.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>();
        m_recovery = createStore(paths(), *m_clock);
        m_ws = std::make_unique<Workspace>(paths(), *m_clock);
        KQ_VERIFY_OK(signIn(kUser, kPassword));
    }

    void cleanup()
    {
        m_ws.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void createdAccountCanSignIn()
    {
        const Result<Account> a =
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword));
        KQ_VERIFY_OK(a);
        QCOMPARE(a.value().username, kZhao);
        QCOMPARE(a.value().role, Role::CaseManager);
        QVERIFY(a.value().active);

        m_ws->lock();
        KQ_VERIFY_OK(signIn(kZhao, kZhaoPassword));
        QCOMPARE(m_ws->actor().username, kZhao);
        QCOMPARE(m_ws->actor().displayName, QStringLiteral("赵敏"));
        QCOMPARE(m_ws->actor().role, Role::CaseManager);
    }

    void weakInitialPasswordIsRefusedNamingPassword()
    {
        const Result<Account> a = service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager,
                                                   secret(QStringLiteral("zhao.min123")));
        QVERIFY(!a);
        QCOMPARE(a.error().field, QStringLiteral("password"));
        QVERIFY(!repository().findByUsername(kZhao));
        QVERIFY(!hasSlot(paths(), kZhao));
    }

    void invalidUsernameIsRefusedNamingUsername()
    {
        const Result<Account> a = service().create(QStringLiteral("Zhao Min"), QStringLiteral("赵敏"),
                                                   Role::CaseManager, secret(kZhaoPassword));
        QVERIFY(!a);
        QCOMPARE(a.error().field, QStringLiteral("username"));
        QCOMPARE(repository().list().size(), 1);
    }

    void duplicateUsernameIsRefusedAndTheOwnerKeepsTheirPassword()
    {
        const Result<Account> a =
            service().create(kUser, QStringLiteral("冒名者"), Role::Supervisor, secret(kZhaoPassword));
        QVERIFY(!a);
        QCOMPARE(a.error().field, QStringLiteral("username"));
        QCOMPARE(repository().findByUsername(kUser)->displayName, QStringLiteral("王丽"));
        QVERIFY(canSignIn(kUser, kPassword));
        QVERIFY(!canSignIn(kUser, kZhaoPassword));
    }

    void frontDeskCannotManageAccounts()
    {
        KQ_VERIFY_OK(service().create(kLi, QStringLiteral("李娜"), Role::FrontDesk, secret(kLiPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kLi, kLiPassword));
        QVERIFY(!m_ws->actor().can(Permission::ManageAccounts));

        QVERIFY(!service().create(kZhao, QStringLiteral("赵敏"), Role::Supervisor, secret(kZhaoPassword)));
        QVERIFY(!repository().findByUsername(kZhao));
        QVERIFY(!hasSlot(paths(), kZhao));
        QVERIFY(!service().setRole(kLi, Role::Supervisor));
        QCOMPARE(repository().findByUsername(kLi)->role, Role::FrontDesk);
        QVERIFY(!service().resetPassword(kUser, secret(kNewPassword)));
        QVERIFY(!service().disable(kUser));
        QVERIFY(repository().findByUsername(kUser)->active);
        m_ws->lock();
        QVERIFY(canSignIn(kUser, kPassword));
    }

    void caseManagerCannotManageAccountsEither()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kZhao, kZhaoPassword));
        QVERIFY(!service().create(kLi, QStringLiteral("李娜"), Role::FrontDesk, secret(kLiPassword)));
        QVERIFY(!service().setRole(kZhao, Role::Supervisor));
        QCOMPARE(repository().findByUsername(kZhao)->role, Role::CaseManager);
    }

    void changeOwnPasswordReplacesOnlyYours()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kZhao, kZhaoPassword));
        const qint64 auditBefore = AuditLog(m_ws->database()).count();
        KQ_VERIFY_OK(service().changeOwnPassword(secret(kZhaoPassword), secret(kNewPassword)));
        QVERIFY(m_ws->isOpen()); // the session goes on
        // The change is in the audit log, without the password.
        const QList<AuditEntry> recent = AuditLog(m_ws->database()).recent(1);
        QCOMPARE(AuditLog(m_ws->database()).count(), auditBefore + 1);
        QCOMPARE(recent.at(0).action, QStringLiteral("password"));
        QCOMPARE(recent.at(0).actor, kZhao);
        QVERIFY(!recent.at(0).fields.isEmpty());

        QVERIFY(!canSignIn(kZhao, kZhaoPassword));
        QVERIFY(canSignIn(kZhao, kNewPassword));
        QVERIFY(canSignIn(kUser, kPassword));
        QVERIFY(recoveryKeyWorks());
    }

    void changeOwnPasswordNeedsTheCurrentOne()
    {
        const Result<void> r =
            service().changeOwnPassword(secret(QStringLiteral("Not-My-Password-1")), secret(kNewPassword));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("current-password"));
        QVERIFY(canSignIn(kUser, kPassword));
        QVERIFY(!canSignIn(kUser, kNewPassword));
    }

    void changeOwnPasswordRefusesAWeakOne()
    {
        const Result<void> r =
            service().changeOwnPassword(secret(kPassword), secret(QStringLiteral("123456789")));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("password"));
        QVERIFY(canSignIn(kUser, kPassword));
    }

    void supervisorResetsAForgottenPassword()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        KQ_VERIFY_OK(service().resetPassword(kZhao, secret(kNewPassword)));
        QVERIFY(!canSignIn(kZhao, kZhaoPassword));
        QVERIFY(canSignIn(kZhao, kNewPassword));
        QVERIFY(canSignIn(kUser, kPassword));
    }

    void resetPasswordChecksItsInput()
    {
        const Result<void> unknown = service().resetPassword(QStringLiteral("nobody"), secret(kNewPassword));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("username"));
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        const Result<void> weak = service().resetPassword(kZhao, secret(QStringLiteral("zhao.min-2024")));
        QVERIFY(!weak);
        QCOMPARE(weak.error().field, QStringLiteral("password"));
        QVERIFY(canSignIn(kZhao, kZhaoPassword));
    }

    void recoveryKeyResetsTheSupervisorsPassword()
    {
        // The only supervisor forgot the password: the recovery key lets the centre back in.
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->open({}, Workspace::unsealKeys(paths(), {}, m_recovery, true), true));
        KQ_VERIFY_OK(service().resetPassword(kUser, secret(kNewPassword)));
        m_ws->lock();
        QVERIFY(!canSignIn(kUser, kPassword));
        KQ_VERIFY_OK(signIn(kUser, kNewPassword));
        QCOMPARE(m_ws->actor().role, Role::Supervisor);
    }

    void recoveryKeyResetsOnlyAccountManagers()
    {
        KQ_VERIFY_OK(service().create(kLi, QStringLiteral("李娜"), Role::FrontDesk, secret(kLiPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->open({}, Workspace::unsealKeys(paths(), {}, m_recovery, true), true));
        const Result<void> r = service().resetPassword(kLi, secret(kNewPassword));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("username"));
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kLi, kLiPassword)); // unchanged
    }

    void recoveryKeyHasNoPasswordToChange()
    {
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->open({}, Workspace::unsealKeys(paths(), {}, m_recovery, true), true));
        QVERIFY(!service().changeOwnPassword(m_recovery, secret(kNewPassword)));
        QVERIFY(recoveryKeyWorks());
    }

    void setRoleTakesEffectAtTheNextSignIn()
    {
        KQ_VERIFY_OK(service().create(kZhao, QStringLiteral("赵敏"), Role::FrontDesk, secret(kZhaoPassword)));
        KQ_VERIFY_OK(service().setRole(kZhao, Role::CaseManager));
        QCOMPARE(repository().findByUsername(kZhao)->role, Role::CaseManager);
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kZhao, kZhaoPassword));
        QCOMPARE(m_ws->actor().role, Role::CaseManager);
        QVERIFY(m_ws->actor().can(Permission::EditClinicalRecords));
    }

    void nobodyChangesTheirOwnRole()
    {
        const Result<void> r = service().setRole(kUser, Role::CaseManager);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("role"));
        QCOMPARE(repository().findByUsername(kUser)->role, Role::Supervisor);
    }

    void anotherManagerMayDemoteASupervisorButNotTheLastManager()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::Supervisor, secret(kZhaoPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kZhao, kZhaoPassword));
        KQ_VERIFY_OK(service().setRole(kUser, Role::CaseManager));
        QCOMPARE(repository().findByUsername(kUser)->role, Role::CaseManager);
        // zhao.min is now the last account manager: the recovery key may not demote them either.
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->open({}, Workspace::unsealKeys(paths(), {}, m_recovery, true), true));
        const Result<void> r = service().setRole(kZhao, Role::CaseManager);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("role"));
    }

    void administratorManagesAccountsButCannotGrantMoreThanItHolds()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::Administrator, secret(kZhaoPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(signIn(kZhao, kZhaoPassword));
        // An administrator reads no health records, so it may not create or become a role that does.
        for (Role r : {Role::Supervisor, Role::CaseManager, Role::FrontDesk}) {
            const Result<Account> created =
                service().create(kLi, QStringLiteral("李娜"), r, secret(kLiPassword));
            QVERIFY(!created);
            QCOMPARE(created.error().field, QStringLiteral("role"));
        }
        QVERIFY(!repository().findByUsername(kLi));
        QVERIFY(!service().setRole(kZhao, Role::Supervisor));
        QCOMPARE(repository().findByUsername(kZhao)->role, Role::Administrator);
        // It still manages accounts: another administrator, password resets.
        KQ_VERIFY_OK(service().create(kLi, QStringLiteral("李娜"), Role::Administrator, secret(kLiPassword)));
        KQ_VERIFY_OK(service().resetPassword(kUser, secret(QStringLiteral("Another-Strong-Phrase-9"))));
    }

    void disabledAccountCanNoLongerSignInAndItsKeyIsUseless()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        KQ_VERIFY_OK(service().create(kLi, QStringLiteral("李娜"), Role::FrontDesk, secret(kLiPassword)));
        // What zhao.min could have kept: the database key, as any signed-in program holds it.
        const SecureBytes oldKey = copyOf(m_ws->databaseKey());

        KQ_VERIFY_OK(service().disable(kZhao));
        QVERIFY(m_ws->isOpen()); // the supervisor's session goes on
        QVERIFY(!repository().findByUsername(kZhao)->active);
        QVERIFY(!hasSlot(paths(), kZhao));
        QVERIFY(!m_ws->databaseKey().equals(oldKey));

        QVERIFY(!canSignIn(kZhao, kZhaoPassword));
        QVERIFY(canSignIn(kLi, kLiPassword));
        QVERIFY(canSignIn(kUser, kPassword));
        QVERIFY(recoveryKeyWorks());
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Database(paths().database, oldKey, Database::OpenMode::ExistingOnly));

        // Not even a copy of the database file taken now, while the program still runs.
        QTemporaryDir copy;
        const QString copied = copy.filePath(QStringLiteral("copy.kqdb"));
        QVERIFY(QFile::copy(paths().database, copied));
        QVERIFY_THROWS_EXCEPTION(StoreError, Database(copied, oldKey, Database::OpenMode::ExistingOnly));

        // Nor after the program closed.
        m_ws->lock();
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 Database(paths().database, oldKey, Database::OpenMode::ExistingOnly));
    }

    void disabledAccountKeepsItsHistoryButNotItsName()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        KQ_VERIFY_OK(service().disable(kZhao));
        // The row stays (audit entries refer to it) and the name cannot be taken over.
        QVERIFY(repository().findByUsername(kZhao).has_value());
        QVERIFY(!service().create(kZhao, QStringLiteral("冒名者"), Role::Supervisor, secret(kNewPassword)));
        QVERIFY(!canSignIn(kZhao, kNewPassword));
        QVERIFY(!service().resetPassword(kZhao, secret(kNewPassword)));
        QVERIFY(!canSignIn(kZhao, kNewPassword));
    }

    void youCannotDisableYourself()
    {
        const Result<void> r = service().disable(kUser);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("username"));
        QVERIFY(repository().findByUsername(kUser)->active);
        QVERIFY(canSignIn(kUser, kPassword));
    }

    void disablingAnUnknownAccountChangesNothing()
    {
        const SecureBytes key = copyOf(m_ws->databaseKey());
        QVERIFY(!service().disable(QStringLiteral("nobody")));
        QVERIFY(m_ws->databaseKey().equals(key));
        QVERIFY(canSignIn(kUser, kPassword));
    }

    void recoveryKeyCannotDisableTheLastAccountManager()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        m_ws->lock();
        KQ_VERIFY_OK(m_ws->open({}, Workspace::unsealKeys(paths(), {}, m_recovery, true), true));
        const Result<void> r = service().disable(kUser);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("username"));
        QVERIFY(canSignIn(kUser, kPassword));
        // Anyone else it may disable.
        KQ_VERIFY_OK(service().disable(kZhao));
        QVERIFY(!canSignIn(kZhao, kZhaoPassword));
        QVERIFY(canSignIn(kUser, kPassword));
    }

    void accountListShowsActiveFirst()
    {
        KQ_VERIFY_OK(
            service().create(kZhao, QStringLiteral("赵敏"), Role::CaseManager, secret(kZhaoPassword)));
        KQ_VERIFY_OK(service().create(kLi, QStringLiteral("李娜"), Role::FrontDesk, secret(kLiPassword)));
        KQ_VERIFY_OK(service().disable(kLi));
        const QList<Account> all = repository().list();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).username, kUser);
        QCOMPARE(all.at(1).username, kZhao);
        QCOMPARE(all.at(2).username, kLi);
        QVERIFY(!all.at(2).active);
    }

    // Pickers and lists show colleagues by name in pinyin order, whatever their usernames and the
    // characters' code order (阿 U+963F would come last): surnames read as surnames (单 shan, 曾 zeng).
    void accountListIsInPinyinOrderOfNames()
    {
        const QList<std::pair<QString, QString>> people{{QStringLiteral("s1"), QStringLiteral("张伟")},
                                                        {QStringLiteral("s2"), QStringLiteral("曾强")},
                                                        {QStringLiteral("s3"), QStringLiteral("阿依古丽")},
                                                        {QStringLiteral("s4"), QStringLiteral("单丽")},
                                                        {QStringLiteral("s5"), QStringLiteral("赵敏")},
                                                        {QStringLiteral("s6"), QStringLiteral("李娜")}};
        for (const auto& [username, name] : people)
            KQ_VERIFY_OK(service().create(username, name, Role::CaseManager, secret(kZhaoPassword)));
        QStringList names;
        for (const Account& a : repository().list())
            names << a.displayName;
        // 王丽 (wang.li) set up the store.
        QCOMPARE(names, (QStringList{QStringLiteral("阿依古丽"), QStringLiteral("李娜"),
                                     QStringLiteral("单丽"), QStringLiteral("王丽"), QStringLiteral("曾强"),
                                     QStringLiteral("张伟"), QStringLiteral("赵敏")}));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
