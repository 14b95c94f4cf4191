#pragma once

#include "Backoff.h"
#include "TransportError.h"
#include "core/Result.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QJsonObject;
class QTimer;

namespace kq {
class Workspace;
struct OutboxOperation;
} // namespace kq

namespace kq::sync {

class Transport;

// Keeps a workstation and the platform in step (docs/sync-protocol.md). A round pushes the outbox
// in batches, then pulls the centre's changes page by page; each answer is applied in one
// transaction with the outbox acknowledgement or the cursor, so a round interrupted anywhere is
// simply done again. The state follows the outcome of real requests; the network's reachability
// and a timer only decide when to try.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle, // last round succeeded, or none yet
        Pushing,
        Pulling,
        BackingOff,   // the platform failed; waits, then tries again
        Offline,      // no connection; tries again when one appears or the backoff ends
        AuthFailed,   // the token was refused: needs a new enrolment
        Incompatible, // the platform speaks another protocol version: needs an update
        NotEnrolled,
    };
    Q_ENUM(State)

    struct Status {
        State state = State::NotEnrolled;
        qint64 pending = 0;
        qint64 conflicts = 0;
        QDateTime lastSuccess;
        QString lastError;
        QDateTime nextAttempt;
    };

    struct Options {
        int batchOperations = 500;
        qint64 batchBytes = qint64{4} * 1024 * 1024; // under the platform's 8 MiB body limit
        int pageSize = 500;
        int intervalMs = 5 * 60 * 1000; // between rounds when all is well
        quint32 backoffSeed = 0;        // 0: random
    };

    SyncEngine(Workspace& workspace, std::unique_ptr<Transport> transport, const Options& options,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    // One round now; while one is running, another right after it. AuthFailed and Incompatible stay until
    // fixed, but a person asking again is told again.
    void syncNow();
    // Rounds every intervalMs, after backoffs, and when the network comes back.
    void startAutomatic();
    void stop();

    Status status();
    // What the last round moved.
    struct Round {
        qint64 pushed = 0;
        qint64 pulled = 0;
    };
    Round lastRound() const { return m_round; }
    static QString describe(State state);

Q_SIGNALS:
    void statusChanged();
    // After each round: ok, or the reason it stopped.
    void roundFinished(bool ok, const QString& error);

private:
    void rotateToken();
    void pushNext();
    void pullNext();
    Result<void> applyPushAnswers(const QList<OutboxOperation>& batch, const QJsonObject& answer);
    Result<int> applyPage(const QJsonObject& page, bool& more);
    void succeed();
    void fail(const TransportError& error);
    void setState(State state);
    void scheduleNext(int ms);
    void onReachabilityChanged();

    Workspace& m_workspace;
    std::unique_ptr<Transport> m_transport;
    Options m_options;
    Backoff m_backoff;
    QTimer* m_timer;
    State m_state = State::NotEnrolled;
    bool m_running = false;
    bool m_again = false; // syncNow() during a round
    bool m_automatic = false;
    QDateTime m_nextAttempt;
    Round m_round;
};

} // namespace kq::sync
