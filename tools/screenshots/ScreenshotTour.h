#pragma once

#include "lifecycle/CaseFacts.h"

#include <QSize>
#include <QString>

#include <functional>

#include <memory>

class QDialog;
class QWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {
class ClientDetailWidget;
class MainWindow;
} // namespace kq::ui

namespace kq::shots {

class ScreenGrabber;

// Walks through the application as the user guides tell it, on a demo centre: signs in, registers
// a client with a guardian and takes her through assessment, plan, consent and agreement, a session
// and a group meeting, then visits every page of the supervisor's window. Each picture is a real
// window or dialog, filled by typing into its widgets and grabbed as it is drawn.
class ScreenshotTour {
public:
    ScreenshotTour(Workspace& workspace, ScreenGrabber& grabber);
    ~ScreenshotTour();

    // False when a step the pictures depend on failed (said on stderr).
    bool run();

    // Pixels of the main window in the pictures.
    static constexpr int kWidth = 1200;
    static constexpr int kHeight = 780;

private:
    bool signIn();
    bool openWindow();
    bool registerClient();
    bool assessAndPlan();
    bool signDocuments();
    bool logSession();
    bool groupWork();
    bool referralsAndClosure();
    bool pages();
    bool recoveryKey();
    bool frontDesk();

    bool page(const char* objectName, const QString& shot);
    ui::ClientDetailWidget* showClient(int tab);
    bool advance(CaseAction action, const CaseInput& input = {});
    // Runs `trigger` (which opens a modal dialog and waits for it) and saves the dialog as `shot`.
    // `prepare` may scroll or select in the dialog first.
    bool grabModal(const std::function<void()>& trigger, const QString& shot,
                   const std::function<void(QWidget*)>& prepare = {});
    bool failed(const QString& what);

    Workspace& m_workspace;
    ScreenGrabber& m_grabber;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_clientId;
    QString m_clientName;
};

} // namespace kq::shots
