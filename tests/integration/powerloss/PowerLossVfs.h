#pragma once

#include <QtGlobal>

#include <memory>

namespace kq::test {

// A sqlite3_vfs around the default one ("unix") for power-failure tests. Independent of the model:
// it sees only files. For each database, WAL and journal file it keeps what was on the disk at the
// last xSync and the writes and truncations since, which a power cut may lose. Writes reach the
// real file at once (as they reach the page cache), so readers see them until power fails.
class PowerLossVfs {
public:
    static constexpr const char* kName = "kangqiao-powerloss";

    // Registers itself as this process's default VFS, so a Database opens through it (SQLCipher
    // links SQLite statically: this is the same sqlite3_vfs_register the store uses).
    explicit PowerLossVfs(quint32 seed);
    ~PowerLossVfs(); // unregisters: "unix" is the default again
    PowerLossVfs(const PowerLossVfs&) = delete;
    PowerLossVfs& operator=(const PowerLossVfs&) = delete;

    // Power fails at the `n`-th write, truncation or sync of a tracked file from now (1 = the next):
    // that operation and every later one fail with an I/O error and change nothing.
    void cutAfter(qint64 n);
    void cutNow();
    bool isCut() const;

    // With every connection closed: leaves on the disk what the power failure could have left.
    // Each file is as of its last sync, plus each later write kept whole, dropped, or torn (a
    // prefix ending inside a sector; nothing outside the written range changes, as SQLite's
    // powersafe-overwrite assumption allows), each later truncation kept or dropped; shared
    // memory (-shm) is gone. Then the power is back on.
    void applyPowerLoss();

    struct Stats {
        qint64 cuts = 0;      // inside an I/O call (cutAfter), not between calls (cutNow)
        qint64 cutsInWal = 0; // the failing operation was on a -wal file
        qint64 cutsAtSync = 0;
        qint64 kept = 0; // unsynced operations at the cuts, by fate
        qint64 dropped = 0;
        qint64 torn = 0;
    };
    const Stats& stats() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace kq::test
