#include "BackgroundReader.h"

#include "store/Database.h"
#include "store/ReaderTicket.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>
#include <optional>

namespace kq::ui {

// What the worker threads share: the open connection, handed from one read to the next, and the
// latest read, which clear() and the destructor wait for.
struct BackgroundReader::Shared {
    std::mutex mutex;           // held for a whole read: one read at a time on the connection
    std::atomic<int> wanted{0}; // the request still wanted: a read superseded before it begins is skipped
    std::shared_ptr<const ReaderTicket> openedWith;
    std::unique_ptr<Database> db;
    QList<QFuture<void>> running; // GUI thread only
};

namespace {
struct Outcome {
    BackgroundReader::Show show;
    std::optional<QString> failure;
};
} // namespace

BackgroundReader::BackgroundReader(Workspace& workspace, Options options, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_options(options), m_shared(std::make_shared<Shared>())
{
}

BackgroundReader::~BackgroundReader()
{
    // The connection must be closed before the store's files may go (a test's next store at the
    // same path, a restore): at most one read's worth of waiting, only on closing.
    clear();
}

void BackgroundReader::start(Read read, Failed failed)
{
    const int request = ++m_request;
    m_shared->wanted = request;
    // Taken on the GUI thread: the key is copied now, so a lock meanwhile cannot pull it away.
    auto ticket = std::make_shared<const ReaderTicket>(m_workspace);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, request, failed] {
        watcher->deleteLater();
        if (request != m_request || !m_workspace.isOpen())
            return;
        const Outcome outcome = watcher->result();
        if (outcome.failure)
            failed(*outcome.failure);
        else if (outcome.show)
            outcome.show();
    });
    const QFuture<Outcome> work =
        QtConcurrent::run([shared = m_shared, ticket, read = std::move(read), options = m_options, request] {
            const std::lock_guard lock(shared->mutex);
            Outcome outcome;
            if (request != shared->wanted)
                return outcome; // superseded or cleared before it began: its result would be dropped
            try {
                if (shared->db && !shared->openedWith->opensSame(*ticket)) // another store or key
                    shared->db.reset();
                if (!shared->db) {
                    shared->db = ticket->open();
                    if (options.cacheMiB > 0)
                        shared->db->setCacheSizeMiB(options.cacheMiB);
                    shared->openedWith = ticket;
                }
                outcome.show = read(*shared->db);
            } catch (const StoreError& e) {
                outcome.failure = e.message(); // said on the page; it may name the file: not logged
                shared->db.reset();
            }
            if (!options.keepOpen) {
                shared->db.reset();
                shared->openedWith.reset();
            }
            return outcome;
        });
    watcher->setFuture(work);
    m_shared->running.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_shared->running.append(QFuture<void>(work));
}

void BackgroundReader::clear()
{
    m_shared->wanted = ++m_request;
    {
        const std::lock_guard lock(m_shared->mutex); // a read in progress finishes first
        m_shared->db.reset();
        m_shared->openedWith.reset();
    }
    for (QFuture<void>& f : m_shared->running)
        f.waitForFinished(); // those not begun yet return at once (no longer wanted)
    m_shared->running.clear();
}

bool BackgroundReader::isRunning() const
{
    for (const QFuture<void>& f : m_shared->running)
        if (!f.isFinished())
            return true;
    return false;
}

} // namespace kq::ui
