#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace kq {
class Database;
class Workspace;
} // namespace kq

namespace kq::ui {

// Reads the store on a worker thread with a connection of its own, so the window never waits for
// a long read (the front page's due list, the statistics at 100,000 clients): WAL lets the window's
// connection and the worker's read side by side. One read at a time per reader; a newer request
// supersedes the one running, whose result is then dropped, and so does clear() (on lock).
//
// With `keepOpen` the connection (and its page cache of `cacheMiB`) stays open between reads, so
// counting another month reads pages already decrypted; clear() and the destructor close it, and
// with it the copy of the key.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool keepOpen = false;
        int cacheMiB = 0; // 0: the store's default
    };
    // Runs on the GUI thread with what the read produced (captured by the read's return value).
    using Show = std::function<void()>;
    // Runs on the worker thread; throws StoreError when the store cannot be read.
    using Read = std::function<Show(Database&)>;
    using Failed = std::function<void(const QString& reason)>;

    BackgroundReader(Workspace& workspace, Options options, QObject* parent);
    ~BackgroundReader() override;

    // `show` or `failed` runs later on the GUI thread, unless superseded or cleared first.
    void start(Read read, Failed failed);
    // Results not yet shown are dropped; waits for a read in progress, then closes the connection.
    void clear();
    bool isRunning() const;

private:
    struct Shared;
    Workspace& m_workspace;
    Options m_options;
    int m_request = 0;
    std::shared_ptr<Shared> m_shared;
};

} // namespace kq::ui
