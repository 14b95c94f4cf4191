#pragma once

#include "client/PlatformEnrolment.h"
#include "client/SyncEngine.h"

#include <QObject>

#include <functional>
#include <memory>

namespace kq {
class Workspace;
}

namespace kq::ui {

// The main window's sync: an engine for the signed-in store while it is open (built from the
// stored enrolment; gone when the window locks, token and all), and enrolment from the UI.
class SyncSession : public QObject {
    Q_OBJECT
public:
    explicit SyncSession(Workspace& workspace, QObject* parent = nullptr);
    ~SyncSession() override;

    // After sign-in and unlock: rounds start when the workstation is enrolled.
    void start();
    // When locking: the engine and its copy of the token go.
    void stop();
    void syncNow();
    sync::SyncEngine::Status status();
    bool isRunning() const;

    void enrol(const sync::PlatformEnrolment::Request& request, std::function<void(Result<void>)> done);

Q_SIGNALS:
    void statusChanged();
    void roundFinished(bool ok, const QString& error);

private:
    Workspace& m_workspace;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::Transport> m_enrolTransport; // alive while an enrolment is under way
};

} // namespace kq::ui
