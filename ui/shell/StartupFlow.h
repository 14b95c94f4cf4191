#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace kq {
class Clock;
class Workspace;
} // namespace kq

namespace kq::ui {

class MainWindow;

// What a person sees from start to quit: set-up on a new data folder, sign-in, the main window,
// and sign-in again after signing out.
class StartupFlow : public QObject {
    Q_OBJECT
public:
    StartupFlow(Workspace& workspace, const Clock& clock, QObject* parent = nullptr);
    ~StartupFlow() override;

    // Runs set-up if needed and the first sign-in. False if the person quit instead.
    bool start();

private:
    // `notice`: what the last window wants said at sign-in (a restore's outcome).
    bool signIn(const QString& notice = {});
    void signOut();

    Workspace& m_workspace;
    const Clock& m_clock;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kq::ui
