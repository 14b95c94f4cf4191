#include "auth/Actor.h"
#include "auth/Permission.h"
#include "auth/Role.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(kq::Role)
Q_DECLARE_METATYPE(kq::Permission)

using namespace kq;

namespace {

using P = Permission;

const QList<P> kAllPermissions{
    P::ViewClients,         P::RegisterClients, P::RevealIdentifiers, P::ViewClinicalRecords,
    P::EditClinicalRecords, P::SignDocuments,   P::ManageTemplates,   P::ViewStatistics,
    P::ExportData,          P::ManageTraining,  P::ManageAccounts,    P::ViewAuditLog,
    P::ManageCentre,        P::BookActivities,  P::PrintBlankForms,   P::RunSync};

const char* permissionName(P p)
{
    switch (p) {
    case P::ViewClients:
        return "ViewClients";
    case P::RegisterClients:
        return "RegisterClients";
    case P::RevealIdentifiers:
        return "RevealIdentifiers";
    case P::ViewClinicalRecords:
        return "ViewClinicalRecords";
    case P::EditClinicalRecords:
        return "EditClinicalRecords";
    case P::SignDocuments:
        return "SignDocuments";
    case P::ManageTemplates:
        return "ManageTemplates";
    case P::ViewStatistics:
        return "ViewStatistics";
    case P::ExportData:
        return "ExportData";
    case P::ManageTraining:
        return "ManageTraining";
    case P::ManageAccounts:
        return "ManageAccounts";
    case P::ViewAuditLog:
        return "ViewAuditLog";
    case P::ManageCentre:
        return "ManageCentre";
    case P::BookActivities:
        return "BookActivities";
    case P::PrintBlankForms:
        return "PrintBlankForms";
    case P::RunSync:
        return "RunSync";
    }
    return "?";
}

// The whole table as the product defines it. A change to Permission.cpp must change this too.
QSet<P> expectedFor(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return {P::ViewClients,    P::RegisterClients, P::RevealIdentifiers,
                P::BookActivities, P::PrintBlankForms, P::RunSync};
    case Role::CaseManager:
        return {P::ViewClients,         P::RegisterClients,     P::RevealIdentifiers,
                P::ViewClinicalRecords, P::EditClinicalRecords, P::SignDocuments,
                P::BookActivities,      P::PrintBlankForms,     P::RunSync};
    case Role::Supervisor:
        return QSet<P>(kAllPermissions.begin(), kAllPermissions.end());
    case Role::Administrator:
        return {P::ManageAccounts, P::ViewAuditLog, P::ManageCentre, P::RunSync};
    }
    return {};
}

} // namespace

class TestPermissions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void frontDeskNeverSeesClinicalContentOrAccounts()
    {
        QVERIFY(roleAllows(Role::FrontDesk, P::ViewClients));
        QVERIFY(roleAllows(Role::FrontDesk, P::RegisterClients));
        QVERIFY(!roleAllows(Role::FrontDesk, P::ViewClinicalRecords));
        QVERIFY(!roleAllows(Role::FrontDesk, P::EditClinicalRecords));
        QVERIFY(roleAllows(Role::FrontDesk, P::RevealIdentifiers)); // audited, to call guardians
        QVERIFY(!roleAllows(Role::FrontDesk, P::ManageAccounts));
        QVERIFY(!roleAllows(Role::FrontDesk, P::ExportData));
        QVERIFY(roleAllows(Role::FrontDesk, P::BookActivities)); // books people onto group activities
    }

    void caseManagerEditsClinicalRecordsButNeitherAccountsNorExports()
    {
        QVERIFY(roleAllows(Role::CaseManager, P::ViewClinicalRecords));
        QVERIFY(roleAllows(Role::CaseManager, P::EditClinicalRecords));
        QVERIFY(roleAllows(Role::CaseManager, P::SignDocuments));
        QVERIFY(!roleAllows(Role::CaseManager, P::ManageAccounts));
        QVERIFY(!roleAllows(Role::CaseManager, P::ExportData));
        QVERIFY(!roleAllows(Role::CaseManager, P::ViewAuditLog));
    }

    void supervisorMayDoEverything()
    {
        for (P p : kAllPermissions)
            QVERIFY2(roleAllows(Role::Supervisor, p), permissionName(p));
    }

    void administratorManagesAccountsWithoutReadingHealthRecords()
    {
        QVERIFY(roleAllows(Role::Administrator, P::ManageAccounts));
        QVERIFY(roleAllows(Role::Administrator, P::ViewAuditLog));
        QVERIFY(!roleAllows(Role::Administrator, P::ViewClinicalRecords));
        QVERIFY(!roleAllows(Role::Administrator, P::RevealIdentifiers));
        QVERIFY(!roleAllows(Role::Administrator, P::ViewClients));
        QVERIFY(!roleAllows(Role::Administrator, P::ExportData));
        QVERIFY(!roleAllows(Role::Administrator, P::BookActivities));
    }

    void wholeTableMatchesTheSpecification_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<P>("permission");
        QTest::addColumn<bool>("allowed");
        for (Role r : allRoles())
            for (P p : kAllPermissions)
                QTest::addRow("%s/%s", qPrintable(roleKey(r)), permissionName(p))
                    << r << p << expectedFor(r).contains(p);
    }

    void wholeTableMatchesTheSpecification()
    {
        QFETCH(Role, role);
        QFETCH(P, permission);
        QFETCH(bool, allowed);
        QCOMPARE(roleAllows(role, permission), allowed);
        // The actor asks the same table.
        const Actor actor{QStringLiteral("id"), QStringLiteral("someone"), QStringLiteral("某人"), role};
        QCOMPARE(actor.can(permission), allowed);
    }

    void roleKeysRoundTrip()
    {
        QSet<QString> keys;
        for (Role r : allRoles()) {
            const QString key = roleKey(r);
            QVERIFY(!key.isEmpty());
            keys.insert(key);
            const std::optional<Role> back = roleFromKey(key);
            QVERIFY(back.has_value());
            QCOMPARE(*back, r);
            QVERIFY(!roleName(r).isEmpty());
        }
        QCOMPARE(keys.size(), allRoles().size());
        // These keys are stored in the database (a CHECK constraint lists them); they never change.
        QCOMPARE(roleKey(Role::FrontDesk), QStringLiteral("front_desk"));
        QCOMPARE(roleKey(Role::CaseManager), QStringLiteral("case_manager"));
        QCOMPARE(roleKey(Role::Supervisor), QStringLiteral("supervisor"));
        QCOMPARE(roleKey(Role::Administrator), QStringLiteral("administrator"));
    }

    void unknownRoleKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << QStringLiteral("Supervisor");
        QTest::newRow("padded") << QStringLiteral(" supervisor");
        QTest::newRow("display name") << QStringLiteral("Front desk");
        QTest::newRow("abbreviation") << QStringLiteral("admin");
        QTest::newRow("chinese") << QStringLiteral("主管");
    }

    void unknownRoleKeysAreRefused()
    {
        QFETCH(QString, key);
        QVERIFY(!roleFromKey(key).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
