#include "SyncSession.h"

#include "client/HttpTransport.h"
#include "platform/SyncState.h"
#include "store/Workspace.h"

namespace kq::ui {

SyncSession::SyncSession(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
}

SyncSession::~SyncSession() = default;

void SyncSession::start()
{
    stop();
    if (!m_workspace.isOpen() || !m_workspace.actor().can(Permission::RunSync))
        return;
    const std::optional<PlatformLink> link = SyncState(m_workspace.database()).link();
    std::unique_ptr<sync::Transport> transport;
    if (link && link->isEnrolled())
        transport = std::make_unique<sync::HttpTransport>(
            sync::HttpTransport::Options{QUrl(link->server), link->caPem});
    else
        transport = std::make_unique<sync::HttpTransport>(sync::HttpTransport::Options{});
    m_engine =
        std::make_unique<sync::SyncEngine>(m_workspace, std::move(transport), sync::SyncEngine::Options{});
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncSession::statusChanged);
    connect(m_engine.get(), &sync::SyncEngine::roundFinished, this, &SyncSession::roundFinished);
    if (link && link->isEnrolled())
        m_engine->startAutomatic();
    Q_EMIT statusChanged();
}

void SyncSession::stop()
{
    if (!m_engine)
        return;
    m_engine->stop();
    m_engine.reset();
    Q_EMIT statusChanged();
}

void SyncSession::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

bool SyncSession::isRunning() const
{
    return m_engine != nullptr;
}

sync::SyncEngine::Status SyncSession::status()
{
    return m_engine ? m_engine->status() : sync::SyncEngine::Status{};
}

void SyncSession::enrol(const sync::PlatformEnrolment::Request& request,
                        std::function<void(Result<void>)> done)
{
    m_enrolTransport =
        std::make_unique<sync::HttpTransport>(sync::HttpTransport::Options{request.server, request.caPem});
    sync::PlatformEnrolment::enrol(m_workspace, *m_enrolTransport, request,
                                   [this, done = std::move(done)](Result<void> r) {
                                       if (r)
                                           start(); // an engine for the new link, first round now
                                       done(std::move(r));
                                       // Not here: this callback runs inside the transport.
                                       QMetaObject::invokeMethod(
                                           this, [this] { m_enrolTransport.reset(); }, Qt::QueuedConnection);
                                   });
}

} // namespace kq::ui
