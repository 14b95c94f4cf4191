#include "MainWindow.h"

#include "OverviewPage.h"
#include "accounts/AccountService.h"
#include "admin/AccountsPage.h"
#include "admin/AuditLogPage.h"
#include "admin/SettingsPage.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/IdleLock.h"
#include "auth/LockDialog.h"
#include "auth/SignInForm.h"
#include "backup/BackupPage.h"
#include "centre/CentreRepository.h"
#include "clients/ClientsPage.h"
#include "common/AppSettings.h"
#include "common/Fonts.h"
#include "common/StatusColours.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "documents/BlankFormsPage.h"
#include "documents/PriceListPage.h"
#include "documents/TemplatesPage.h"
#include "groups/GroupsPage.h"
#include "schedule/WeekCalendarPage.h"
#include "statistics/StaffTrainingPage.h"
#include "statistics/StatisticsPage.h"
#include "store/Workspace.h"
#include "sync/SyncPage.h"
#include "sync/SyncSession.h"
#include "sync/SyncStatusIndicator.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace kq::ui {

MainWindow::MainWindow(Workspace& workspace, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_stack(new QStackedWidget(this)),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_pageTitle(new QLabel(this)),
      m_lockedLabel(new QLabel(this)), m_lockScreen(new QWidget(this)),
      m_idleLock(new IdleLock(clock, AppSettings::idleLockMinutes(), this)),
      m_sync(new SyncSession(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kangqiao"));
    resizeWithinScreen(this, QSize(1100, 720));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFont(relativeFont(font(), 1.1));
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: palette(base); }"
                                        "QListWidget::item { padding: 8px 12px; }"));
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_pageTitle->setFont(relativeFont(font(), 1.5, true));
    m_pageTitle->setStyleSheet(QStringLiteral("padding: 6px 0 2px 0;"));
    auto* pageArea = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(pageArea);
    pageLayout->setContentsMargins(16, 8, 16, 8);
    pageLayout->addWidget(m_pageTitle);
    pageLayout->addWidget(m_pages, 1);
    auto* work = new QWidget(this);
    auto* workLayout = new QHBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(m_nav);
    workLayout->addWidget(pageArea, 1);

    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    auto* lockLayout = new QVBoxLayout(m_lockScreen);
    m_lockedLabel->setText(tr("Kangqiao is locked."));
    m_lockedLabel->setFont(relativeFont(font(), 1.6));
    m_lockedLabel->setStyleSheet(StatusColours::css(StatusColours::Tone::Secondary, palette()));
    lockLayout->addWidget(m_lockedLabel, 0, Qt::AlignCenter);

    m_stack->addWidget(work);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);

    buildPages();
    buildMenus();
    // A page reads the store when it is shown, not every page at sign-in: with years of records a
    // page nobody opens must not make everyone wait, and a page shown again shows what other pages
    // changed meanwhile (a session logged from the client list is on the calendar).
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (WorkspacePage* page = currentPage()) {
            m_pageTitle->setText(page->title());
            page->reload();
            page->activate();
        }
    });
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);

    updateStatus();
    m_nav->setCurrentRow(0);
    m_idleLock->arm();
    m_sync->start();
    tabInLayoutOrder(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    const Actor& actor = m_workspace.actor();
    auto* overview = new OverviewPage(m_workspace, this);
    overview->setObjectName(QStringLiteral("overviewPage"));
    QList<WorkspacePage*> pages{overview};
    if (actor.can(Permission::ViewClients)) {
        auto* clients = new ClientsPage(m_workspace, this);
        clients->setObjectName(QStringLiteral("clientsPage"));
        auto* calendar = new WeekCalendarPage(m_workspace, this);
        calendar->setObjectName(QStringLiteral("calendarPage"));
        auto* groups = new GroupsPage(m_workspace, this);
        groups->setObjectName(QStringLiteral("groupsPage"));
        auto* prices = new PriceListPage(m_workspace, this);
        prices->setObjectName(QStringLiteral("priceListPage"));
        pages << clients << calendar << groups << prices;
        // Any page may lead to a client's record or a group meeting.
        const auto openClient = [this, clients](const QString& id) {
            showPage(clients->objectName());
            clients->openClient(id);
        };
        const auto openActivity = [this, groups](const QString& id) {
            showPage(groups->objectName());
            groups->openActivity(id);
        };
        connect(overview, &OverviewPage::openClientRequested, this, openClient);
        connect(calendar, &WeekCalendarPage::openClientRequested, this, openClient);
        connect(calendar, &WeekCalendarPage::openActivityRequested, this, openActivity);
        connect(clients, &ClientsPage::activityRequested, this, openActivity);
    }
    if (actor.can(Permission::PrintBlankForms)) {
        pages.append(new BlankFormsPage(m_workspace, this));
        pages.last()->setObjectName(QStringLiteral("blankFormsPage"));
    }
    if (actor.can(Permission::ViewStatistics)) {
        pages.append(new StatisticsPage(m_workspace, this));
        pages.last()->setObjectName(QStringLiteral("statisticsPage"));
    }
    if (actor.can(Permission::ManageTraining)) {
        pages.append(new StaffTrainingPage(m_workspace, this));
        pages.last()->setObjectName(QStringLiteral("staffTrainingPage"));
    }
    if (actor.can(Permission::ManageAccounts)) {
        pages.append(new AccountsPage(m_workspace, this));
        pages.last()->setObjectName(QStringLiteral("accountsPage"));
    }
    if (actor.can(Permission::ManageTemplates)) {
        pages.append(new TemplatesPage(m_workspace, this));
        pages.last()->setObjectName(QStringLiteral("templatesPage"));
    }
    if (actor.can(Permission::ViewAuditLog)) {
        pages.append(new AuditLogPage(m_workspace, this));
        pages.last()->setObjectName(QStringLiteral("auditPage"));
    }
    if (actor.can(Permission::ManageCentre)) {
        auto* backups = new BackupPage(m_workspace, this);
        backups->setObjectName(QStringLiteral("backupPage"));
        connect(backups, &BackupPage::restoreRequested, this, &MainWindow::restoreBackup);
        pages.append(backups);
    }
    if (actor.can(Permission::RunSync)) {
        auto* syncPage = new SyncPage(m_workspace, *m_sync, this);
        syncPage->setObjectName(QStringLiteral("syncPage"));
        pages.append(syncPage);
        auto* indicator = new SyncStatusIndicator(*m_sync, this);
        statusBar()->addPermanentWidget(indicator);
        m_syncIndicator = indicator;
        connect(indicator, &SyncStatusIndicator::detailsRequested, this,
                [this, syncPage] { showPage(syncPage->objectName()); });
    }
    auto* settings = new SettingsPage(m_workspace, this);
    settings->setObjectName(QStringLiteral("settingsPage"));
    connect(settings, &SettingsPage::idleMinutesChanged, m_idleLock, &IdleLock::setTimeoutMinutes);
    // Queued: the settings page that asks is among the pages rebuilt.
    connect(settings, &SettingsPage::languageChanged, this, &MainWindow::rebuildInNewLanguage,
            Qt::QueuedConnection);
    pages.append(settings);

    for (WorkspacePage* p : pages) {
        // A page taller or wider than the window scrolls, rather than make the window larger
        // than a small screen (a 1366×768 laptop at 150 % scaling) and its bottom unreachable.
        auto* holder = new QScrollArea(m_pages);
        holder->setObjectName(p->objectName() + QStringLiteral("Holder"));
        holder->setFrameShape(QFrame::NoFrame);
        holder->setFocusPolicy(Qt::NoFocus); // Tab goes to the page's inputs; it scrolls to them
        holder->setWidgetResizable(true);
        holder->setWidget(p);
        m_pages->addWidget(holder);
        m_nav->addItem(p->title());
    }
    // As wide as the longest section name at the person's font (and in the language shown), never
    // narrower than the old 180 px: a fixed width cut "Staff training" short at a large font.
    // Room for a vertical scroll bar too: at a large font on a small screen the list scrolls.
    m_nav->setFixedWidth(std::max(180, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() +
                                           style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_nav)));
    m_pageList = pages;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Kangqiao"));
    QAction* lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* password = file->addAction(tr("&Change my password…"), this, &MainWindow::changePassword);
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QAction* syncNow = file->addAction(tr("&Sync now"), m_sync, &SyncSession::syncNow);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    syncNow->setVisible(m_workspace.actor().can(Permission::RunSync));
    m_unlockedActions = {lockAction, password, signOut, syncNow};
    password->setEnabled(!m_workspace.actor().accountId.isEmpty());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kangqiao"), this, [this] {
        QMessageBox::about(
            this, tr("About Kangqiao"),
            tr("<h3>Kangqiao %1</h3><p>Case records for community mental-health rehabilitation "
               "centres (精康融合行动). Records are kept encrypted on this computer.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateStatus()
{
    const Actor& a = m_workspace.actor();
    QString centreName;
    if (m_workspace.isOpen())
        if (std::optional<CentreProfile> c = CentreRepository(m_workspace.journal()).load())
            centreName = c->name;
    statusBar()->showMessage(tr("%1 · %2 · %3").arg(a.displayName, roleName(a.role), centreName));
}

void MainWindow::rebuildInNewLanguage()
{
    const WorkspacePage* shown = currentPage();
    const QString page = shown ? shown->objectName() : QString();
    QString client;
    if (auto* clients = findChild<ClientsPage*>(QStringLiteral("clientsPage")))
        client = clients->shownClientId();

    const QSignalBlocker quiet(m_nav);
    m_nav->clear();
    m_pageList.clear();
    while (m_pages->count() > 0) {
        QWidget* holder = m_pages->widget(0);
        m_pages->removeWidget(holder);
        delete holder; // and the page in it
    }
    delete m_syncIndicator.data();
    menuBar()->clear();
    m_unlockedActions.clear();
    setWindowTitle(tr("Kangqiao"));
    m_lockedLabel->setText(tr("Kangqiao is locked."));
    buildPages();
    buildMenus();
    tabInLayoutOrder(this);
    updateStatus();

    if (page.isEmpty() || !showPage(page))
        m_nav->setCurrentRow(0);
    // The signal was blocked: show the page as the navigation would.
    m_pages->setCurrentIndex(m_nav->currentRow());
    if (WorkspacePage* p = currentPage()) {
        m_pageTitle->setText(p->title());
        p->reload();
        p->activate();
    }
    if (!client.isEmpty())
        if (auto* clients = findChild<ClientsPage*>(QStringLiteral("clientsPage")))
            clients->openClient(client);
    statusBar()->showMessage(tr("The language was changed."), 5000);
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idleLock->disarm();
    // A form open at this moment (maybe half-filled) stays open, so nothing typed is lost, but is
    // covered until the same person unlocks. Hiding it would end its exec() as if cancelled.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(w);
        if (!dialog || !dialog->isVisible())
            continue;
        auto* cover = new QLabel(tr("Locked"), dialog);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAlignment(Qt::AlignCenter);
        cover->setAutoFillBackground(true);
        cover->setGeometry(dialog->rect());
        cover->raise();
        cover->show();
        m_covers.append(cover);
    }
    for (WorkspacePage* p : m_pageList)
        p->clearData();
    m_sync->stop(); // the engine holds the token: it goes with the key
    m_workspace.lock();
    m_stack->setCurrentWidget(m_lockScreen);
    m_nav->setEnabled(false);
    for (QAction* a : m_unlockedActions)
        a->setEnabled(false);
    statusBar()->showMessage(tr("Locked"));

    m_lockDialog =
        new LockDialog(m_workspace, m_workspace.actor().username, m_workspace.actor().displayName, this);
    connect(m_lockDialog, &QDialog::accepted, this, &MainWindow::unlocked);
    connect(m_lockDialog, &LockDialog::signOutRequested, this, [this] {
        // Forms behind the lock are abandoned: end them before the window goes.
        for (const QPointer<QWidget>& cover : std::exchange(m_covers, {}))
            if (cover)
                if (auto* dialog = qobject_cast<QDialog*>(cover->parentWidget()))
                    dialog->reject();
        m_lockDialog->deleteLater();
        Q_EMIT signOutRequested();
    });
    m_lockDialog->open();
    m_lockDialog->form()->focusFirstEmpty();
}

LockDialog* MainWindow::lockDialog() const
{
    return m_lockDialog;
}

void MainWindow::unlocked()
{
    m_stack->setCurrentIndex(0);
    m_nav->setEnabled(true);
    for (QAction* a : m_unlockedActions)
        a->setEnabled(true);
    if (WorkspacePage* page = currentPage())
        page->reload(); // the others when they are shown
    updateStatus();
    m_idleLock->arm();
    m_sync->start();
    for (const QPointer<QWidget>& cover : std::exchange(m_covers, {}))
        delete cover.data();
    if (m_lockDialog)
        m_lockDialog->deleteLater();
}

bool MainWindow::showPage(const QString& objectName)
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList[i]->objectName() == objectName) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

WorkspacePage* MainWindow::currentPage() const
{
    const auto* holder = qobject_cast<QScrollArea*>(m_pages->currentWidget());
    return holder ? qobject_cast<WorkspacePage*>(holder->widget()) : nullptr;
}

void MainWindow::restoreBackup(const BackupRestore::Prepared& prepared)
{
    // As locking does, but for good: every page lets go of its data, sync of its token, and the
    // store is closed, so that no connection of this process holds it while the files are swapped.
    m_idleLock->disarm();
    for (WorkspacePage* p : m_pageList)
        p->clearData();
    m_sync->stop();
    m_workspace.lock();
    const Result<BackupRestore::Restored> restored = BackupRestore::commit(prepared, m_workspace.clock());
    if (restored)
        m_signOutNotice = restored.value().keptAs.isEmpty()
                              ? tr("The backup was restored. Sign in again.")
                              : tr("The backup was restored; the database it replaced is kept as %1. Sign in "
                                   "again.")
                                    .arg(QDir::toNativeSeparators(restored.value().keptAs));
    else
        m_signOutNotice = tr("The backup was not restored: %1 The database was not changed. Sign in again.")
                              .arg(restored.error().message);
    Q_EMIT signOutRequested();
}

void MainWindow::changePassword()
{
    AccountService service(m_workspace);
    ChangePasswordDialog dialog(service, m_workspace.actor().username, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

} // namespace kq::ui
