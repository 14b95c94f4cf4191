#pragma once

#include <QString>
#include <QStringList>

namespace kq {

// File steps that backup and restore share: owner-only copies that are on the disk before they are
// used, renames that survive a power cut, and the set of files that make up one store.
class BackupFiles {
public:
    // The suffixes of the files that travel with a database file (its WAL and shared memory, its
    // key slots with their spare and pending copies), after the empty suffix of the file itself.
    static QStringList companionSuffixes();
    // Removes `database` and every companion that exists; for half-written temporary stores.
    static void removeStore(const QString& database);

    // Creates `path` empty and owner-only (0600); false if it exists or cannot be made.
    static bool createOwnerOnly(const QString& path);
    // Copies `from` to a new owner-only `to` and fsyncs it; false (and no `to`) on any failure.
    static bool copyDurably(const QString& from, const QString& to);
    static bool syncFile(const QString& path);
    static bool syncDirectory(const QString& directory);
    // rename(2): atomic on one file system. The caller fsyncs the directory after its last rename.
    static bool rename(const QString& from, const QString& to);

    // True while a connection (in any process, this one included) has `database` open: every
    // SQLite connection to a WAL database holds a shared lock on the DMS byte of its -shm file.
    // Ask only while this process has the store closed: closing the descriptor the question opens
    // drops every POSIX lock this process holds on the -shm file, SQLite's included.
    static bool inUse(const QString& database);
};

} // namespace kq
