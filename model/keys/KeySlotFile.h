#pragma once

#include "KeySlot.h"
#include "core/Result.h"

#include <QList>

namespace kq {

// The sidecar next to the database that holds its key slots; readable before unlock, holds nothing
// usable without a password. Written atomically (temp file, fsync, rename, fsync directory) with
// the previous good copy kept as `.bak`.
class KeySlotFile {
public:
    QString databaseId;
    int generation = 1; // bumped on every re-key
    QList<KeySlot> slots;

    static Result<KeySlotFile> parse(const QByteArray& bytes);
    QByteArray serialize() const;

    // Reads `path`, falling back to `path.bak` when the main copy is missing or unreadable.
    static Result<KeySlotFile> load(const QString& path);
    // Replaces `path` atomically and refreshes `path.bak`.
    Result<void> save(const QString& path) const;

    const KeySlot* findUser(const QString& username) const;
    const KeySlot* recoverySlot() const;
    void removeUser(const QString& username);
    void put(const KeySlot& slot); // replaces the slot with the same id, or appends
};

} // namespace kq
