#include "SyncEngine.h"

#include "OutboxOperations.h"
#include "RemoteChanges.h"
#include "Transport.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "platform/ConflictStore.h"
#include "platform/SyncState.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Workspace.h"

#include "protocol/AuditHead.h"
#include "protocol/ProtocolVersion.h"
#include "protocol/TokenGrant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInformation>
#include <QTimer>

namespace kq::sync {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

qint64 sizeOnWire(const OutboxOperation& o)
{
    return QJsonDocument(toPushOperation(o).toJson()).toJson(QJsonDocument::Compact).size();
}
} // namespace

SyncEngine::SyncEngine(Workspace& workspace, std::unique_ptr<Transport> transport, const Options& options,
                       QObject* parent)
    : QObject(parent), m_workspace(workspace), m_transport(std::move(transport)), m_options(options),
      m_backoff(Backoff::Ms(2000), Backoff::Ms(15 * 60 * 1000), options.backoffSeed),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    if (m_workspace.isOpen())
        if (const std::optional<PlatformLink> link = SyncState(m_workspace.database()).link())
            m_state = link->isEnrolled() ? State::Idle : State::NotEnrolled;
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::describe(State state)
{
    switch (state) {
    case State::Idle:
        return Tr::tr("Up to date");
    case State::Pushing:
        return Tr::tr("Sending changes");
    case State::Pulling:
        return Tr::tr("Receiving changes");
    case State::BackingOff:
        return Tr::tr("Waiting to try again");
    case State::Offline:
        return Tr::tr("Offline");
    case State::AuthFailed:
        return Tr::tr("Access refused: enrol again");
    case State::Incompatible:
        return Tr::tr("Platform needs a newer Kangqiao");
    case State::NotEnrolled:
        return Tr::tr("Not connected to a platform");
    }
    return {};
}

SyncEngine::Status SyncEngine::status()
{
    Status s;
    s.state = m_state;
    s.nextAttempt = m_nextAttempt;
    if (!m_workspace.isOpen())
        return s;
    Database& db = m_workspace.database();
    SyncState state(db);
    s.pending = Outbox(db).pendingCount();
    s.conflicts = ConflictStore(db).openCount();
    s.lastSuccess = state.lastSuccess();
    s.lastError = state.lastError();
    return s;
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT statusChanged();
}

void SyncEngine::startAutomatic()
{
    m_automatic = true;
    // A hint only: the backend may be missing or wrong; a real request decides.
    if (QNetworkInformation::loadDefaultBackend() || QNetworkInformation::loadBackendByName(u"glib")) {
        if (QNetworkInformation* info = QNetworkInformation::instance())
            connect(info, &QNetworkInformation::reachabilityChanged, this, &SyncEngine::onReachabilityChanged,
                    Qt::UniqueConnection);
    }
    scheduleNext(0);
}

void SyncEngine::stop()
{
    m_automatic = false;
    m_timer->stop();
    m_nextAttempt = {};
}

void SyncEngine::onReachabilityChanged()
{
    const QNetworkInformation* info = QNetworkInformation::instance();
    if (!m_automatic || m_running || !info)
        return;
    if (info->reachability() == QNetworkInformation::Reachability::Online &&
        (m_state == State::Offline || m_state == State::BackingOff))
        scheduleNext(0);
}

void SyncEngine::scheduleNext(int ms)
{
    if (!m_automatic)
        return;
    m_nextAttempt = m_workspace.clock().now().addMSecs(ms);
    m_timer->start(ms);
}

void SyncEngine::syncNow()
{
    if (!m_workspace.isOpen())
        return;
    // Asked during a round: what was saved after its push would wait for the next timer, so
    // another round follows this one.
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer->stop();
    m_nextAttempt = {};
    const std::optional<PlatformLink> link = SyncState(m_workspace.database()).link();
    if (!link || !link->isEnrolled()) {
        setState(State::NotEnrolled);
        Q_EMIT roundFinished(false, describe(State::NotEnrolled));
        return;
    }
    m_running = true;
    m_round = {};
    m_transport->setToken(link->token);
    setState(State::Pushing);
    const QDateTime now = m_workspace.clock().now();
    const bool rotate =
        link->tokenIssuedAt.isValid() && link->tokenExpiresAt.isValid() &&
        now.msecsTo(link->tokenExpiresAt) < link->tokenIssuedAt.msecsTo(link->tokenExpiresAt) / 3;
    if (rotate)
        rotateToken();
    else
        pushNext();
}

void SyncEngine::rotateToken()
{
    m_transport->post(
        QStringLiteral("/v1/token"), {}, [this](const QJsonObject& answer, const TransportError& error) {
            if (!error.ok())
                return fail(error);
            Result<TokenGrant> grant = TokenGrant::fromJson(answer);
            if (!grant)
                return fail(
                    {TransportError::Kind::Protocol,
                     0,
                     {},
                     Tr::tr("The platform's new token is malformed (%1).").arg(grant.error().describe())});
            if (!m_workspace.isOpen())
                return fail(
                    {TransportError::Kind::Request, 0, {}, Tr::tr("The store was locked during sync.")});
            // The old token stopped working when this answer was written: keep the new one first.
            SyncState(m_workspace.database())
                .saveToken(grant.value().token, m_workspace.clock().now(), grant.value().expiresAt);
            m_transport->setToken(grant.value().token);
            pushNext();
        });
}

void SyncEngine::pushNext()
{
    if (!m_workspace.isOpen())
        return fail({TransportError::Kind::Request, 0, {}, Tr::tr("The store was locked during sync.")});
    Database& db = m_workspace.database();
    QList<OutboxOperation> batch = Outbox(db).pending(m_options.batchOperations);
    // Keep the body under the platform's limit: always at least one operation, however large.
    qint64 bytes = 0;
    for (qsizetype n = 0; n < batch.size(); ++n) {
        bytes += sizeOnWire(batch[n]);
        if (n > 0 && bytes > m_options.batchBytes) {
            batch.resize(n);
            break;
        }
    }
    if (batch.isEmpty()) {
        setState(State::Pulling);
        pullNext();
        return;
    }
    QJsonArray operations;
    for (const OutboxOperation& o : std::as_const(batch))
        operations.append(toPushOperation(o).toJson());
    const AuditLog::Head head = AuditLog(db).head();
    const QJsonObject body{
        {QStringLiteral("audit_head"), AuditHead{head.seq, QString::fromLatin1(head.hash.toHex())}.toJson()},
        {QStringLiteral("operations"), operations}};
    m_transport->post(
        QStringLiteral("/v1/push"), body,
        [this, batch](const QJsonObject& answer, const TransportError& error) {
            if (!error.ok())
                return fail(error);
            if (!m_workspace.isOpen())
                return fail(
                    {TransportError::Kind::Request, 0, {}, Tr::tr("The store was locked during sync.")});
            if (Result<void> applied = applyPushAnswers(batch, answer); !applied)
                return fail({TransportError::Kind::Protocol, 0, {}, applied.error().message});
            m_round.pushed += batch.size();
            pushNext();
        });
}

void SyncEngine::pullNext()
{
    const QString cursor = SyncState(m_workspace.database()).cursor();
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("after"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    m_transport->get(
        QStringLiteral("/v1/pull"), query, [this](const QJsonObject& page, const TransportError& error) {
            if (!error.ok())
                return fail(error);
            if (!m_workspace.isOpen())
                return fail(
                    {TransportError::Kind::Request, 0, {}, Tr::tr("The store was locked during sync.")});
            bool more = false;
            Result<int> applied = applyPage(page, more);
            if (!applied)
                return fail({TransportError::Kind::Protocol, 0, {}, applied.error().message});
            m_round.pulled += applied.value();
            if (more)
                pullNext();
            else
                succeed();
        });
}

Result<void> SyncEngine::applyPushAnswers(const QList<OutboxOperation>& batch, const QJsonObject& answer)
{
    return RemoteChanges(m_workspace).applyPushAnswers(batch, answer);
}

Result<int> SyncEngine::applyPage(const QJsonObject& page, bool& more)
{
    return RemoteChanges(m_workspace).applyPage(page, more);
}

void SyncEngine::succeed()
{
    m_running = false;
    m_backoff.reset();
    SyncState(m_workspace.database()).recordSuccess(m_workspace.clock().now());
    setState(State::Idle);
    Q_EMIT statusChanged();
    Q_EMIT roundFinished(true, {});
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    else
        scheduleNext(m_options.intervalMs);
}

void SyncEngine::fail(const TransportError& error)
{
    m_running = false;
    m_again = false; // the backoff decides when to try again
    if (m_workspace.isOpen())
        SyncState(m_workspace.database()).recordFailure(m_workspace.clock().now(), error.message);
    State next = State::BackingOff;
    switch (error.kind) {
    case TransportError::Kind::Offline:
        next = State::Offline;
        break;
    case TransportError::Kind::Auth:
        next = State::AuthFailed;
        break;
    case TransportError::Kind::Version:
        next = State::Incompatible;
        break;
    default:
        break;
    }
    setState(next);
    Q_EMIT statusChanged();
    Q_EMIT roundFinished(false, error.message);
    // Refusals that time cannot mend wait for a person; everything else is tried again.
    if (next == State::Offline || next == State::BackingOff)
        scheduleNext(int(m_backoff.next().count()));
}

} // namespace kq::sync
