#include "ScreenCatalogue.h"

#include "GuiTestSupport.h"
#include "SessionFixture.h"

#include "accounts/AccountService.h"
#include "admin/AccountDialog.h"
#include "admin/AccountsPage.h"
#include "admin/AuditLogPage.h"
#include "admin/PasswordResetDialog.h"
#include "admin/SettingsPage.h"
#include "assessments/AssessmentDialog.h"
#include "assessments/AssessmentViewDialog.h"
#include "assessments/PlanDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/LockDialog.h"
#include "auth/SignInDialog.h"
#include "backup/BackupDialog.h"
#include "backup/BackupPage.h"
#include "backup/RestoreDialog.h"
#include "clients/ClientDialog.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "documents/BlankFormsPage.h"
#include "documents/DocumentViewDialog.h"
#include "documents/PriceItemDialog.h"
#include "documents/PriceListPage.h"
#include "documents/RevokeDocumentDialog.h"
#include "documents/SignedDocumentRepository.h"
#include "documents/SigningDialog.h"
#include "documents/TemplatesPage.h"
#include "groups/AttendanceDialog.h"
#include "groups/BookingDialog.h"
#include "groups/GroupActivityDialog.h"
#include "groups/GroupsPage.h"
#include "lifecycle/CaseActionDialog.h"
#include "schedule/WeekCalendarPage.h"
#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionLogRepository.h"
#include "setup/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/OverviewPage.h"
#include "staff/StaffTrainingRepository.h"
#include "statistics/DrillDownDialog.h"
#include "statistics/Indicator.h"
#include "statistics/StaffTrainingPage.h"
#include "statistics/StandardRuleDialog.h"
#include "statistics/StandardServiceRule.h"
#include "statistics/StatisticsPage.h"
#include "statistics/TrainingRecordDialog.h"
#include "store/Backup.h"
#include "sync/EnrolDialog.h"
#include "sync/SyncPage.h"
#include "sync/SyncSession.h"

#include <QDirIterator>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

namespace kq::test {

namespace {

template <typename T> T fatalUnlessOk(Result<T> r, const char* what)
{
    if (!r)
        qFatal("%s failed: %s", what, qPrintable(r.error().describe()));
    return r.take();
}

// Reloads a page whose data arrive from a worker thread and waits for its signal.
template <typename Page, typename Signal> void reloadAndWaitFor(QWidget* w, Signal shown)
{
    auto* page = static_cast<Page*>(w);
    QSignalSpy spy(page, shown);
    page->reload();
    if (!spy.wait(60'000))
        qFatal("%s did not show its data within a minute", page->metaObject()->className());
}

void reloadPage(QWidget* w)
{
    static_cast<ui::WorkspacePage*>(w)->reload();
    static_cast<ui::WorkspacePage*>(w)->activate();
}

QStringList classesIn(const QString& dir, const QRegularExpression& declaration)
{
    QStringList names;
    QDirIterator it(dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = declaration.globalMatch(text); m.hasNext();)
            names << m.next().captured(1);
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace

std::unique_ptr<QWidget> Screen::showPrepared(std::unique_ptr<QWidget> window) const
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    if (prepare)
        prepare(window.get());
    // Text set while preparing relays out its parents level by level.
    for (int i = 0; i < 4; ++i)
        QApplication::processEvents();
    return window;
}

ScreenCatalogue::ScreenCatalogue()
{
    m_store.open(kMondayMorning);
    seed();
}

ScreenCatalogue::~ScreenCatalogue()
{
    m_sync.reset();
    m_accounts.reset();
    m_store.close();
}

void ScreenCatalogue::seed()
{
    Workspace& ws = m_store.ws();
    const Actor me = ws.actor();
    const QDate today = m_store.today();
    m_accounts = std::make_unique<AccountService>(ws, KdfParams::fastest());
    m_scales = std::make_unique<ScaleLibrary>();
    m_sync = std::make_unique<ui::SyncSession>(ws);
    addAccount(ws, QStringLiteral("li.ming"), QStringLiteral("李明"), Role::CaseManager);
    addAccount(ws, QStringLiteral("zhao.min"), QStringLiteral("赵敏"), Role::FrontDesk);

    m_itemKey = addDayTraining(m_store.journal(), me);
    m_served = servedClient(ws, me, QStringLiteral("王强"), m_itemKey, today.addDays(-7));
    CaseDriver cases(ws);
    m_applied = cases.apply(samplePerson(QStringLiteral("李娜")), voluntaryApplication(today.addDays(-3)));
    cases.admit(samplePerson(QStringLiteral("张伟")), hospitalApplication(today.addDays(-30)),
                CaseState::Assessing);
    cases.apply(samplePerson(QStringLiteral("阿依古丽")), hospitalApplication(today.addDays(-1)));

    m_session =
        fatalUnlessOk(
            SessionLogRepository(m_store.journal()).save(me, sampleSession(m_served, me.username, today)),
            "session log")
            .id;
    const Result<QList<Assessment>> assessments =
        AssessmentRepository(m_store.journal(), *m_scales).list(me, m_served);
    if (!assessments || assessments.value().isEmpty())
        qFatal("the served client has no assessment");
    m_assessment = assessments.value().first().id;

    GroupActivity meeting;
    meeting.topic = QStringLiteral("社交技能训练：自我介绍");
    meeting.facilitators = {me.username};
    meeting.heldOn = today;
    meeting.startsAt = QTime(14, 0);
    meeting.content = QStringLiteral("social_skills");
    meeting.capacity = 10;
    meeting.roster.append({m_served, {}, {}, {}});
    m_activity =
        fatalUnlessOk(GroupActivityRepository(m_store.journal()).create(me, meeting), "meeting").ids.first();

    TrainingRecord training;
    training.username = QStringLiteral("li.ming");
    training.heldOn = today.addDays(-10);
    training.minutes = 180;
    training.topic = QStringLiteral("精神障碍社区康复服务规范");
    training.provider = QStringLiteral("区卫健委");
    fatalUnlessOk(StaffTrainingRepository(m_store.journal()).add(me, training), "training");

    // A backup a month old: the Backups page lists it, the overview reminds, a restore can check it.
    m_store.clock().set(kMondayMorning.addDays(-30));
    fatalUnlessOk(Backup::write(ws, secret(kPassword), backupFile(), false), "backup");
    m_store.clock().set(kMondayMorning);
}

QString ScreenCatalogue::backupFile() const
{
    return m_store.dir().filePath(QStringLiteral("catalogue.kqbak"));
}

void ScreenCatalogue::addScreenRows()
{
    QTest::addColumn<int>("index");
    const QList<Screen> all = screens();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].name)) << i;
}

QList<Screen> ScreenCatalogue::screens()
{
    Workspace& ws = m_store.ws();
    const QDate today = m_store.today();
    const Actor me = ws.actor();
    const std::function<ClientRecord(const QString&)> found = [&ws, me](const QString& id) {
        return ClientRepository(ws.journal()).load(me, id).value_or(ClientRecord{});
    };
    const QString served = m_served;
    QList<Screen> s;
    const auto add = [&s](const QString& name, const char* className,
                          std::function<std::unique_ptr<QWidget>()> open,
                          std::function<void(QWidget*)> prepare = {}) {
        s.append({name, QString::fromLatin1(className), std::move(open), std::move(prepare)});
    };

    // Signing in and accounts.
    add(QStringLiteral("SignInDialog"), "SignInDialog",
        [&ws] { return std::make_unique<ui::SignInDialog>(ws); });
    add(QStringLiteral("LockDialog"), "LockDialog",
        [&ws, me] { return std::make_unique<ui::LockDialog>(ws, me.username, me.displayName); });
    add(QStringLiteral("ChangePasswordDialog"), "ChangePasswordDialog",
        [this, me] { return std::make_unique<ui::ChangePasswordDialog>(*m_accounts, me.username); });
    add(QStringLiteral("AccountDialog"), "AccountDialog",
        [this] { return std::make_unique<ui::AccountDialog>(*m_accounts); });
    add(QStringLiteral("PasswordResetDialog"), "PasswordResetDialog", [this] {
        return std::make_unique<ui::PasswordResetDialog>(*m_accounts, QStringLiteral("li.ming"),
                                                         QStringLiteral("李明"));
    });
    const QString wizardPath = m_wizardDir.filePath(QStringLiteral("new.kqdb"));
    add(QStringLiteral("FirstRunWizard (centre)"), "FirstRunWizard", [this, wizardPath] {
        return std::make_unique<ui::FirstRunWizard>(StorePaths{wizardPath}, m_store.clock());
    });
    add(
        QStringLiteral("FirstRunWizard (supervisor)"), "FirstRunWizard",
        [this, wizardPath] {
            return std::make_unique<ui::FirstRunWizard>(StorePaths{wizardPath}, m_store.clock());
        },
        [](QWidget* w) {
            typeInto(w, "centreCode", QStringLiteral("BJ-CY-0002"));
            typeInto(w, "centreName", QStringLiteral("朝阳区康复中心"));
            typeInto(w, "county", QStringLiteral("110105"));
            click(static_cast<QWizard*>(w)->button(QWizard::NextButton));
        });

    // Clients and their case.
    add(QStringLiteral("ClientDialog (new)"), "ClientDialog",
        [&ws] { return std::make_unique<ui::ClientDialog>(ws, ClientRecord{}); });
    add(QStringLiteral("ClientDialog (edit)"), "ClientDialog",
        [&ws, found, served] { return std::make_unique<ui::ClientDialog>(ws, found(served)); });
    for (CaseAction action : CaseActions::all())
        add(QStringLiteral("CaseActionDialog (%1)").arg(CaseActions::key(action)), "CaseActionDialog",
            [&ws, served, action] {
                return std::make_unique<ui::CaseActionDialog>(ws, served, QStringLiteral("王强"), action);
            });
    add(
        QStringLiteral("AssessmentDialog (intake, SDSS added)"), "AssessmentDialog",
        [&ws, served] {
            return std::make_unique<ui::AssessmentDialog>(ws, served, QStringLiteral("王强"),
                                                          Assessment::Kind::Intake);
        },
        [](QWidget* w) { static_cast<ui::AssessmentDialog*>(w)->addScale(QStringLiteral("sdss")); });
    add(QStringLiteral("AssessmentDialog (transfer)"), "AssessmentDialog", [&ws, served] {
        return std::make_unique<ui::AssessmentDialog>(ws, served, QStringLiteral("王强"),
                                                      Assessment::Kind::Transfer);
    });
    add(QStringLiteral("AssessmentViewDialog"), "AssessmentViewDialog", [this, &ws, me] {
        const Assessment a = AssessmentRepository(ws.journal(), *m_scales).load(me, m_assessment).value();
        return std::make_unique<ui::AssessmentViewDialog>(a, me.displayName, *m_scales);
    });
    add(QStringLiteral("PlanDialog"), "PlanDialog",
        [&ws, served] { return std::make_unique<ui::PlanDialog>(ws, served, QStringLiteral("王强")); });
    add(QStringLiteral("SessionDialog (new)"), "SessionDialog",
        [&ws, served] { return std::make_unique<ui::SessionDialog>(ws, served, QStringLiteral("王强")); });
    add(QStringLiteral("SessionDialog (stored)"), "SessionDialog", [this, &ws, me] {
        const SessionLog log = SessionLogRepository(ws.journal()).find(me, m_session).value();
        return std::make_unique<ui::SessionDialog>(ws, log, QStringLiteral("王强"));
    });
    add(QStringLiteral("SigningDialog (consent)"), "SigningDialog", [&ws, served] {
        return std::make_unique<ui::SigningDialog>(ws, served, FormTemplate::Kind::Consent);
    });
    add(QStringLiteral("SigningDialog (agreement)"), "SigningDialog", [&ws, served] {
        return std::make_unique<ui::SigningDialog>(ws, served, FormTemplate::Kind::Agreement);
    });
    const auto signedDocument = [&ws, me, served] {
        const QList<SignedDocument> docs = SignedDocumentRepository(ws.journal()).list(me, served).value();
        return SignedDocumentRepository(ws.journal()).load(me, docs.value(0).id).value();
    };
    add(QStringLiteral("DocumentViewDialog"), "DocumentViewDialog", [&ws, signedDocument] {
        return std::make_unique<ui::DocumentViewDialog>(ws, signedDocument(), QStringLiteral("王强"));
    });
    add(QStringLiteral("RevokeDocumentDialog"), "RevokeDocumentDialog",
        [&ws, signedDocument] { return std::make_unique<ui::RevokeDocumentDialog>(ws, signedDocument()); });

    // Price list, groups, staff, statistics, sync.
    add(QStringLiteral("PriceItemDialog (add)"), "PriceItemDialog", [&ws, today] {
        return std::make_unique<ui::PriceItemDialog>(ws, ui::PriceItemDialog::Mode::Add, PriceItem{}, today);
    });
    add(QStringLiteral("PriceItemDialog (change price)"), "PriceItemDialog", [&ws, today] {
        const PriceItem current = PriceListRepository(ws.journal()).inForce(today).value(0);
        return std::make_unique<ui::PriceItemDialog>(ws, ui::PriceItemDialog::Mode::ChangePrice, current,
                                                     today);
    });
    add(QStringLiteral("PriceItemDialog (withdraw)"), "PriceItemDialog", [&ws, today] {
        const PriceItem current = PriceListRepository(ws.journal()).inForce(today).value(0);
        return std::make_unique<ui::PriceItemDialog>(ws, ui::PriceItemDialog::Mode::Withdraw, current, today);
    });
    const auto meeting = [this, &ws, me] {
        return GroupActivityRepository(ws.journal()).find(me, m_activity).value();
    };
    add(QStringLiteral("GroupActivityDialog (new)"), "GroupActivityDialog", [&ws, today] {
        GroupActivity a;
        a.heldOn = today;
        return std::make_unique<ui::GroupActivityDialog>(ws, a);
    });
    add(QStringLiteral("GroupActivityDialog (stored)"), "GroupActivityDialog",
        [&ws, meeting] { return std::make_unique<ui::GroupActivityDialog>(ws, meeting()); });
    add(QStringLiteral("BookingDialog"), "BookingDialog",
        [&ws, meeting] { return std::make_unique<ui::BookingDialog>(ws, meeting()); });
    add(QStringLiteral("AttendanceDialog"), "AttendanceDialog",
        [&ws, meeting] { return std::make_unique<ui::AttendanceDialog>(ws, meeting()); });
    add(QStringLiteral("TrainingRecordDialog"), "TrainingRecordDialog", [&ws, me, today] {
        const QList<StaffProfile> staff = StaffTrainingRepository(ws.journal()).profiles(me).value();
        return std::make_unique<ui::TrainingRecordDialog>(ws, staff, QStringLiteral("li.ming"), today);
    });
    add(QStringLiteral("StandardRuleDialog"), "StandardRuleDialog",
        [&ws] { return std::make_unique<ui::StandardRuleDialog>(StandardServiceRule::load(ws.database())); });
    add(QStringLiteral("DrillDownDialog"), "DrillDownDialog", [this, &ws] {
        Indicator inService;
        inService.key = QStringLiteral("clients.in_service");
        inService.label = QStringLiteral("在册服务对象");
        inService.records = {m_served, m_applied};
        inService.value = 2;
        return std::make_unique<ui::DrillDownDialog>(ws, inService, QStringLiteral("2026-11"));
    });
    add(QStringLiteral("EnrolDialog"), "EnrolDialog",
        [this] { return std::make_unique<ui::EnrolDialog>(*m_sync); });
    add(QStringLiteral("BackupDialog"), "BackupDialog",
        [&ws] { return std::make_unique<ui::BackupDialog>(ws); });
    add(QStringLiteral("RestoreDialog"), "RestoreDialog",
        [&ws] { return std::make_unique<ui::RestoreDialog>(ws); });
    add(
        QStringLiteral("RestoreDialog (checked)"), "RestoreDialog",
        [&ws] { return std::make_unique<ui::RestoreDialog>(ws); },
        [backup = backupFile()](QWidget* w) {
            auto* dialog = static_cast<ui::RestoreDialog*>(w);
            typeInto(dialog, "restoreFile", backup);
            typeInto(dialog, "restorePassword", kPassword);
            QSignalSpy checked(dialog, &ui::RestoreDialog::checked);
            click(child<QPushButton>(dialog, "checkBackup"));
            if (!checked.wait(60'000) || !checked.first().first().toBool())
                qFatal("the catalogue's backup did not pass its check");
        });

    // The main window and its pages, each on its own as the window shows it.
    add(QStringLiteral("MainWindow"), "MainWindow",
        [this, &ws] { return std::make_unique<ui::MainWindow>(ws, m_store.clock()); });
    add(
        QStringLiteral("OverviewPage"), "OverviewPage",
        [&ws] { return std::make_unique<ui::OverviewPage>(ws); },
        [](QWidget* w) { reloadAndWaitFor<ui::OverviewPage>(w, &ui::OverviewPage::dueListShown); });
    add(
        QStringLiteral("ClientsPage (list)"), "ClientsPage",
        [&ws] { return std::make_unique<ui::ClientsPage>(ws); }, reloadPage);
    add(
        QStringLiteral("ClientsPage (a client's record)"), "ClientsPage",
        [&ws] { return std::make_unique<ui::ClientsPage>(ws); },
        [served](QWidget* w) {
            reloadPage(w);
            static_cast<ui::ClientsPage*>(w)->openClient(served);
        });
    add(
        QStringLiteral("WeekCalendarPage"), "WeekCalendarPage",
        [&ws] { return std::make_unique<ui::WeekCalendarPage>(ws); }, reloadPage);
    add(
        QStringLiteral("GroupsPage"), "GroupsPage", [&ws] { return std::make_unique<ui::GroupsPage>(ws); },
        reloadPage);
    add(
        QStringLiteral("PriceListPage"), "PriceListPage",
        [&ws] { return std::make_unique<ui::PriceListPage>(ws); }, reloadPage);
    add(
        QStringLiteral("BlankFormsPage"), "BlankFormsPage",
        [&ws] { return std::make_unique<ui::BlankFormsPage>(ws); }, reloadPage);
    add(
        QStringLiteral("StatisticsPage"), "StatisticsPage",
        [&ws] { return std::make_unique<ui::StatisticsPage>(ws); },
        [](QWidget* w) { reloadAndWaitFor<ui::StatisticsPage>(w, &ui::StatisticsPage::reportShown); });
    add(
        QStringLiteral("StaffTrainingPage"), "StaffTrainingPage",
        [&ws] { return std::make_unique<ui::StaffTrainingPage>(ws); }, reloadPage);
    add(
        QStringLiteral("AccountsPage"), "AccountsPage",
        [&ws] { return std::make_unique<ui::AccountsPage>(ws); }, reloadPage);
    add(
        QStringLiteral("TemplatesPage"), "TemplatesPage",
        [&ws] { return std::make_unique<ui::TemplatesPage>(ws); }, reloadPage);
    add(
        QStringLiteral("AuditLogPage"), "AuditLogPage",
        [&ws] { return std::make_unique<ui::AuditLogPage>(ws); }, reloadPage);
    add(
        QStringLiteral("BackupPage"), "BackupPage", [&ws] { return std::make_unique<ui::BackupPage>(ws); },
        reloadPage);
    add(
        QStringLiteral("SyncPage"), "SyncPage",
        [this, &ws] { return std::make_unique<ui::SyncPage>(ws, *m_sync); }, reloadPage);
    add(
        QStringLiteral("SettingsPage"), "SettingsPage",
        [&ws] { return std::make_unique<ui::SettingsPage>(ws); }, reloadPage);
    return s;
}

void ScreenCatalogue::forEachTabState(QWidget* window, const std::function<void(const QString&)>& check)
{
    check(QStringLiteral("as opened"));
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == was || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            check(QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(was);
    }
}

QStringList ScreenCatalogue::windowClassesIn(const QString& uiSourceDir)
{
    static const QRegularExpression declaration(QStringLiteral(
        R"(class\s+(?:\w+::)?(\w+)\s*:\s*public\s+(?:QDialog|QWizard|QMainWindow|WorkspacePage)\b)"));
    return classesIn(uiSourceDir, declaration);
}

QStringList ScreenCatalogue::widgetClassesIn(const QString& uiSourceDir)
{
    static const QRegularExpression declaration(QStringLiteral(
        R"(class\s+(?:\w+::)?(\w+)\s*:\s*public\s+)"
        R"((?!QObject|QAbstract\w*Model|Q\w*ProxyModel|Q\w*Delegate)(?:Q\w+|WorkspacePage)\s*\{\s*Q_OBJECT)"));
    return classesIn(uiSourceDir, declaration);
}

} // namespace kq::test
