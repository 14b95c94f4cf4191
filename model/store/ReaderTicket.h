#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

#include <memory>

namespace kq {

class Database;
class Workspace;

// What a worker thread needs to open its own connection to the store. Taken on the GUI thread
// (the key is copied into guarded memory, so locking the workspace meanwhile cannot pull it away)
// and used on the worker, so a long read neither holds the window's connection nor waits for it.
// WAL lets the two read side by side; the worker sees what was committed when it began.
class ReaderTicket {
public:
    explicit ReaderTicket(const Workspace& workspace);

    // On the worker thread. Throws StoreError like Database's constructor.
    std::unique_ptr<Database> open() const;
    // The same file with the same key: a connection opened with one serves the other.
    bool opensSame(const ReaderTicket& other) const;

private:
    QString m_path;
    SecureBytes m_key;
};

} // namespace kq
