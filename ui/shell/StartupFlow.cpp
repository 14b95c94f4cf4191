#include "StartupFlow.h"

#include "MainWindow.h"
#include "auth/SignInDialog.h"
#include "auth/SignInForm.h"
#include "common/AppSettings.h"
#include "setup/FirstRunWizard.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace kq::ui {

StartupFlow::StartupFlow(Workspace& workspace, const Clock& clock, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock)
{
}

StartupFlow::~StartupFlow() = default;

bool StartupFlow::start()
{
    if (!m_workspace.isInitialised()) {
        QDir().mkpath(QFileInfo(m_workspace.paths().database).absolutePath());
        FirstRunWizard wizard(m_workspace.paths(), m_clock);
        wizard.exec();
        // Closing the window on the last page still leaves a created store behind.
        if (!m_workspace.isInitialised())
            return false;
        AppSettings::setLastUsername(wizard.createdUsername());
    }
    return signIn();
}

bool StartupFlow::signIn(const QString& notice)
{
    SignInDialog dialog(m_workspace);
    if (!notice.isEmpty())
        dialog.showNotice(notice);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_window = std::make_unique<MainWindow>(m_workspace, m_clock);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &StartupFlow::signOut, Qt::QueuedConnection);
    m_window->show();
    return true;
}

void StartupFlow::signOut()
{
    const QString notice = m_window ? m_window->signOutNotice() : QString();
    m_window.reset();
    m_workspace.lock();
    if (!signIn(notice))
        QApplication::quit();
}

} // namespace kq::ui
