#include "ScreenshotTour.h"

#include "DemoCentre.h"
#include "ScreenGrabber.h"
#include "auth/SignInDialog.h"
#include "auth/SignInForm.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientsPage.h"
#include "core/Clock.h"
#include "crypto/SecureBytes.h"
#include "lifecycle/LifecycleService.h"
#include "setup/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/OverviewPage.h"
#include "statistics/StatisticsPage.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <cstdio>

namespace kq::shots {

ScreenshotTour::ScreenshotTour(Workspace& workspace, ScreenGrabber& grabber)
    : m_workspace(workspace), m_grabber(grabber)
{
}

ScreenshotTour::~ScreenshotTour() = default;

bool ScreenshotTour::failed(const QString& what)
{
    std::fprintf(stderr, "kangqiao-screenshots: %s\n", qPrintable(what));
    return false;
}

bool ScreenshotTour::run()
{
    // In the order of the guides; each step leaves the demo as the next one expects it.
    return signIn() && openWindow() && registerClient() && assessAndPlan() && signDocuments() &&
           logSession() && groupWork() && referralsAndClosure() && pages() && frontDesk() && recoveryKey();
}

bool ScreenshotTour::signIn()
{
    ui::SignInDialog dialog(m_workspace);
    dialog.form()->setUsername(QStringLiteral("li.na"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    if (!password)
        return failed(QStringLiteral("the sign-in dialog has no password field"));
    dialog.show();
    password->setFocus();
    QTest::keyClicks(password, DemoCentre::kPassword);
    const bool ok = m_grabber.save(&dialog, QStringLiteral("01-sign-in"));
    dialog.hide();
    return ok;
}

bool ScreenshotTour::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_workspace, m_workspace.clock());
    m_window->resize(kWidth, kHeight);
    m_window->show();
    auto* overview = m_window->findChild<ui::OverviewPage*>();
    bool shown = false;
    QObject::connect(overview, &ui::OverviewPage::dueListShown, overview, [&shown] { shown = true; });
    overview->reload(); // the list the window started before this connection may be done already
    if (!ScreenGrabber::waitFor([&] { return shown; }))
        return failed(QStringLiteral("the overview's due list did not come"));
    return m_grabber.save(m_window.get(), QStringLiteral("02-overview"));
}

bool ScreenshotTour::page(const char* objectName, const QString& shot)
{
    if (!m_window->showPage(QLatin1String(objectName)))
        return failed(QStringLiteral("no page %1").arg(QLatin1String(objectName)));
    return m_grabber.save(m_window.get(), shot);
}

ui::ClientDetailWidget* ScreenshotTour::showClient(int tab)
{
    m_window->showPage(QStringLiteral("clientsPage"));
    auto* clients = m_window->findChild<ui::ClientsPage*>();
    clients->openClient(m_clientId);
    auto* detail = clients->findChild<ui::ClientDetailWidget*>();
    detail->findChild<QTabWidget*>()->setCurrentIndex(tab);
    ScreenGrabber::settle();
    return detail;
}

bool ScreenshotTour::advance(CaseAction action, const CaseInput& input)
{
    const Result<CaseState> r =
        LifecycleService(m_workspace.journal()).perform(m_workspace.actor(), m_clientId, action, input);
    if (!r)
        return failed(QStringLiteral("%1: %2").arg(CaseActions::key(action), r.error().describe()));
    return true;
}

bool ScreenshotTour::grabModal(const std::function<void()>& trigger, const QString& shot,
                               const std::function<void(QWidget*)>& prepare)
{
    bool saved = false;
    QTimer::singleShot(200, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            failed(QStringLiteral("no dialog for %1").arg(shot));
            return;
        }
        if (prepare)
            prepare(dialog);
        saved = m_grabber.save(dialog, shot);
        if (auto* d = qobject_cast<QDialog*>(dialog))
            d->reject();
    });
    trigger();
    return saved || failed(QStringLiteral("%1 was not taken").arg(shot));
}

bool ScreenshotTour::pages()
{
    auto* statistics = m_window->findChild<ui::StatisticsPage*>();
    bool reported = false;
    QObject::connect(statistics, &ui::StatisticsPage::reportShown, statistics,
                     [&reported] { reported = true; });
    m_window->showPage(QStringLiteral("statisticsPage"));
    if (!ScreenGrabber::waitFor([&] { return reported; }, 60'000))
        return failed(QStringLiteral("the statistics did not come"));
    ScreenGrabber::settle(300); // the charts animate nothing, but lay out after the figures
    return m_grabber.save(m_window.get(), QStringLiteral("21-statistics")) &&
           page("staffTrainingPage", QStringLiteral("22-staff-training")) &&
           page("accountsPage", QStringLiteral("23-accounts")) &&
           page("auditPage", QStringLiteral("24-audit-log")) && page("syncPage", QStringLiteral("26-sync")) &&
           page("settingsPage", QStringLiteral("27-settings")) &&
           page("templatesPage", QStringLiteral("28-forms")) &&
           page("priceListPage", QStringLiteral("12-price-list"));
}

bool ScreenshotTour::frontDesk()
{
    if (!m_grabber.wants(QStringLiteral("29-front-desk")))
        return true;
    // The same records as the front desk sees them: fewer pages, no risk level, no clinical tabs.
    Workspace desk(m_workspace.paths(), m_workspace.clock());
    if (Result<void> r =
            desk.unlock(QStringLiteral("zhao.min"), SecureBytes::fromUtf8(DemoCentre::kPassword));
        !r)
        return failed(r.error().describe());
    bool ok = false;
    {
        ui::MainWindow window(desk, desk.clock());
        window.resize(kWidth, kHeight);
        window.show();
        window.showPage(QStringLiteral("clientsPage"));
        ok = m_grabber.save(&window, QStringLiteral("29-front-desk"));
    }
    desk.lock();
    return ok;
}

bool ScreenshotTour::recoveryKey()
{
    if (!m_grabber.wants(QStringLiteral("25-recovery-key")))
        return true;
    // A second, empty data folder: the recovery key appears once, when a centre's store is made.
    QTemporaryDir dir;
    ui::FirstRunWizard wizard(StorePaths{dir.filePath(QStringLiteral("centre.kqdb"))}, m_workspace.clock());
    wizard.show();
    const auto type = [&](const char* name, const QString& text) {
        auto* edit = wizard.findChild<QLineEdit*>(QLatin1String(name));
        if (!edit)
            return false;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        edit->insert(text);
        return true;
    };
    const auto next = [&] {
        wizard.next();
        ScreenGrabber::settle(100);
    };
    if (!type("centreCode", QStringLiteral("BJ-CY-0012")) ||
        !type("centreName", QStringLiteral("朝阳区康桥社区康复服务中心")) ||
        !type("county", QStringLiteral("110105")))
        return failed(QStringLiteral("the set-up wizard's centre page changed"));
    next();
    if (!type("username", DemoCentre::kSupervisor) || !type("displayName", QStringLiteral("陈静")) ||
        !type("password", DemoCentre::kPassword) || !type("confirmPassword", DemoCentre::kPassword))
        return failed(QStringLiteral("the set-up wizard's supervisor page changed"));
    next();
    // The store is made on a worker thread (Argon2id); the recovery page follows.
    if (!ScreenGrabber::waitFor([&] { return wizard.currentId() == wizard.pageIds().constLast(); }, 60'000))
        return failed(QStringLiteral("the set-up wizard did not reach the recovery key"));
    const bool ok = m_grabber.save(&wizard, QStringLiteral("25-recovery-key"));
    wizard.hide();
    return ok;
}

} // namespace kq::shots
