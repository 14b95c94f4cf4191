#include "PowerLossVfs.h"

#include <sqlcipher/sqlite3.h>

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>

#include <map>
#include <new>
#include <string>
#include <vector>

namespace kq::test {

namespace {

// A write (data at offset) or a truncation (to offset) not yet covered by a sync.
struct Op {
    bool truncate = false;
    qint64 offset = 0;
    QByteArray data;
};

struct FileState {
    QByteArray durable; // the file's content as of its last sync
    std::vector<Op> pending;
    int opens = 0;
};

struct PlFile; // below

void put(QByteArray& content, qint64 offset, const QByteArray& data)
{
    if (content.size() < offset + data.size())
        content.resize(offset + data.size(), '\0'); // a gap reads as zeros
    std::copy(data.cbegin(), data.cend(), content.begin() + offset);
}

void applyAll(QByteArray& content, const std::vector<Op>& ops)
{
    for (const Op& op : ops) {
        if (op.truncate)
            content.resize(op.offset);
        else
            put(content, op.offset, op.data);
    }
}

} // namespace

struct PowerLossVfs::Impl {
    explicit Impl(quint32 seed) : random(seed) {}

    sqlite3_vfs vfs = {};
    sqlite3_io_methods methods = {};
    sqlite3_vfs* real = nullptr;
    QRandomGenerator random;
    std::map<std::string, FileState> files; // by full path; nodes stay put while others come and go
    qint64 countdown = 0;                   // operations left before the cut; 0 = none planned
    bool cut = false;
    Stats stats;

    // Counts one operation on a tracked file; true when the power is off for it.
    bool powerFails(const std::string& path, bool sync)
    {
        if (cut)
            return true;
        if (countdown <= 0 || --countdown > 0)
            return false;
        cut = true;
        ++stats.cuts;
        if (path.size() > 4 && path.compare(path.size() - 4, 4, "-wal") == 0)
            ++stats.cutsInWal;
        if (sync)
            ++stats.cutsAtSync;
        return true;
    }
};

namespace {

using Impl = PowerLossVfs::Impl;

// Our sqlite3_file; the default VFS's own file object follows it in the same allocation.
struct PlFile {
    sqlite3_file base;
    Impl* impl = nullptr;
    FileState* state = nullptr; // nullptr for files a power cut does not concern (temp files)
    std::string path;

    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};
// SQLite allocates file objects 8-byte aligned; the default VFS's object must start aligned too.
static_assert(alignof(PlFile) <= 8 && sizeof(PlFile) % 8 == 0);

PlFile* plFile(sqlite3_file* f)
{
    return reinterpret_cast<PlFile*>(f);
}

Impl* implOf(sqlite3_vfs* vfs)
{
    return static_cast<Impl*>(vfs->pAppData);
}

QByteArray readWhole(sqlite3_file* file)
{
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size <= 0)
        return {};
    QByteArray bytes(qsizetype(size), '\0');
    if (file->pMethods->xRead(file, bytes.data(), int(size), 0) != SQLITE_OK)
        return {};
    return bytes;
}

int plClose(sqlite3_file* file)
{
    PlFile* f = plFile(file);
    const int rc = f->real()->pMethods ? f->real()->pMethods->xClose(f->real()) : SQLITE_OK;
    if (f->state)
        --f->state->opens;
    f->~PlFile();
    return rc;
}

int plRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    return plFile(file)->real()->pMethods->xRead(plFile(file)->real(), out, amount, offset);
}

int plWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    PlFile* f = plFile(file);
    if (f->state ? f->impl->powerFails(f->path, false) : f->impl->cut)
        return SQLITE_IOERR_WRITE;
    const int rc = f->real()->pMethods->xWrite(f->real(), data, amount, offset);
    if (rc == SQLITE_OK && f->state)
        f->state->pending.push_back({false, offset, QByteArray(static_cast<const char*>(data), amount)});
    return rc;
}

int plTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    PlFile* f = plFile(file);
    if (f->state ? f->impl->powerFails(f->path, false) : f->impl->cut)
        return SQLITE_IOERR_TRUNCATE;
    const int rc = f->real()->pMethods->xTruncate(f->real(), size);
    if (rc == SQLITE_OK && f->state)
        f->state->pending.push_back({true, size, {}});
    return rc;
}

int plSync(sqlite3_file* file, int flags)
{
    PlFile* f = plFile(file);
    if (f->state ? f->impl->powerFails(f->path, true) : f->impl->cut)
        return SQLITE_IOERR_FSYNC;
    const int rc = f->real()->pMethods->xSync(f->real(), flags);
    if (rc == SQLITE_OK && f->state) {
        applyAll(f->state->durable, f->state->pending);
        f->state->pending.clear();
    }
    return rc;
}

int plFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return plFile(file)->real()->pMethods->xFileSize(plFile(file)->real(), size);
}

int plLock(sqlite3_file* file, int level)
{
    return plFile(file)->real()->pMethods->xLock(plFile(file)->real(), level);
}

int plUnlock(sqlite3_file* file, int level)
{
    return plFile(file)->real()->pMethods->xUnlock(plFile(file)->real(), level);
}

int plCheckReservedLock(sqlite3_file* file, int* out)
{
    return plFile(file)->real()->pMethods->xCheckReservedLock(plFile(file)->real(), out);
}

int plFileControl(sqlite3_file* file, int op, void* arg)
{
    PlFile* f = plFile(file);
    // A size hint may grow the file outside xWrite; with the power off nothing may change.
    if (f->impl->cut && op == SQLITE_FCNTL_SIZE_HINT)
        return SQLITE_OK;
    return f->real()->pMethods->xFileControl(f->real(), op, arg);
}

int plSectorSize(sqlite3_file* file)
{
    return plFile(file)->real()->pMethods->xSectorSize(plFile(file)->real());
}

int plDeviceCharacteristics(sqlite3_file* file)
{
    return plFile(file)->real()->pMethods->xDeviceCharacteristics(plFile(file)->real());
}

int plShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out)
{
    return plFile(file)->real()->pMethods->xShmMap(plFile(file)->real(), page, pageSize, extend, out);
}

int plShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return plFile(file)->real()->pMethods->xShmLock(plFile(file)->real(), offset, n, flags);
}

void plShmBarrier(sqlite3_file* file)
{
    plFile(file)->real()->pMethods->xShmBarrier(plFile(file)->real());
}

int plShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return plFile(file)->real()->pMethods->xShmUnmap(plFile(file)->real(), deleteFlag);
}

int plOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    Impl* d = implOf(vfs);
    // cppcheck-suppress legacyUninitvar ; placement new into SQLite's buffer, not a read of f
    auto* f = new (file) PlFile{};
    f->base.pMethods = nullptr; // until it is open: SQLite calls xClose only on an open file
    f->impl = d;
    const int rc = d->real->xOpen(d->real, name, f->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        f->~PlFile();
        file->pMethods = nullptr;
        return rc;
    }
    if (name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL))) {
        f->path = name;
        auto [it, inserted] = d->files.try_emplace(f->path);
        if (inserted) // first sight: what is on the disk now has been there for a while
            it->second.durable = readWhole(f->real());
        f->state = &it->second;
        ++f->state->opens;
    }
    f->base.pMethods = &d->methods;
    return SQLITE_OK;
}

int plDelete(sqlite3_vfs* vfs, const char* name, int syncDirectory)
{
    Impl* d = implOf(vfs);
    if (d->cut)
        return SQLITE_IOERR_DELETE;
    const int rc = d->real->xDelete(d->real, name, syncDirectory);
    // Taken as durable at once: the model covers file contents, not directory entries.
    if (const auto it = d->files.find(name); it != d->files.end()) {
        if (it->second.opens == 0)
            d->files.erase(it);
        else
            it->second = FileState{{}, {}, it->second.opens};
    }
    return rc;
}

} // namespace

PowerLossVfs::PowerLossVfs(quint32 seed) : d(std::make_unique<Impl>(seed))
{
    d->real = sqlite3_vfs_find(nullptr);
    Q_ASSERT(d->real);
    sqlite3_vfs& v = d->vfs;
    v.iVersion = 2;
    v.szOsFile = int(sizeof(PlFile)) + d->real->szOsFile;
    v.mxPathname = d->real->mxPathname;
    v.zName = kName;
    v.pAppData = d.get();
    v.xOpen = plOpen;
    v.xDelete = plDelete;
    // The rest go to the default VFS, called with its own sqlite3_vfs (some read their pAppData).
    v.xAccess = [](sqlite3_vfs* s, const char* n, int f, int* out) {
        return implOf(s)->real->xAccess(implOf(s)->real, n, f, out);
    };
    v.xFullPathname = [](sqlite3_vfs* s, const char* n, int size, char* out) {
        return implOf(s)->real->xFullPathname(implOf(s)->real, n, size, out);
    };
    v.xDlOpen = [](sqlite3_vfs* s, const char* n) { return implOf(s)->real->xDlOpen(implOf(s)->real, n); };
    v.xDlError = [](sqlite3_vfs* s, int size, char* out) {
        implOf(s)->real->xDlError(implOf(s)->real, size, out);
    };
    v.xDlSym = [](sqlite3_vfs* s, void* h, const char* n) {
        return implOf(s)->real->xDlSym(implOf(s)->real, h, n);
    };
    v.xDlClose = [](sqlite3_vfs* s, void* h) { implOf(s)->real->xDlClose(implOf(s)->real, h); };
    v.xRandomness = [](sqlite3_vfs* s, int size, char* out) {
        return implOf(s)->real->xRandomness(implOf(s)->real, size, out);
    };
    v.xSleep = [](sqlite3_vfs* s, int us) { return implOf(s)->real->xSleep(implOf(s)->real, us); };
    v.xCurrentTime = [](sqlite3_vfs* s, double* t) {
        return implOf(s)->real->xCurrentTime(implOf(s)->real, t);
    };
    v.xGetLastError = [](sqlite3_vfs* s, int size, char* out) {
        return implOf(s)->real->xGetLastError(implOf(s)->real, size, out);
    };
    v.xCurrentTimeInt64 = [](sqlite3_vfs* s, sqlite3_int64* t) {
        return implOf(s)->real->xCurrentTimeInt64(implOf(s)->real, t);
    };

    sqlite3_io_methods& m = d->methods;
    m.iVersion = 2; // no xFetch: every read and write goes through the methods below
    m.xClose = plClose;
    m.xRead = plRead;
    m.xWrite = plWrite;
    m.xTruncate = plTruncate;
    m.xSync = plSync;
    m.xFileSize = plFileSize;
    m.xLock = plLock;
    m.xUnlock = plUnlock;
    m.xCheckReservedLock = plCheckReservedLock;
    m.xFileControl = plFileControl;
    m.xSectorSize = plSectorSize;
    m.xDeviceCharacteristics = plDeviceCharacteristics;
    m.xShmMap = plShmMap;
    m.xShmLock = plShmLock;
    m.xShmBarrier = plShmBarrier;
    m.xShmUnmap = plShmUnmap;

    sqlite3_vfs_register(&d->vfs, 1);
}

PowerLossVfs::~PowerLossVfs()
{
    sqlite3_vfs_unregister(&d->vfs);
}

void PowerLossVfs::cutAfter(qint64 n)
{
    d->countdown = n;
}

void PowerLossVfs::cutNow()
{
    d->cut = true;
    d->countdown = 0;
}

bool PowerLossVfs::isCut() const
{
    return d->cut;
}

const PowerLossVfs::Stats& PowerLossVfs::stats() const
{
    return d->stats;
}

void PowerLossVfs::applyPowerLoss()
{
    for (auto& [path, state] : d->files) {
        Q_ASSERT(state.opens == 0);
        if (state.pending.empty()) { // the disk holds what it held at the last sync
            QFile::remove(QString::fromStdString(path + "-shm"));
            continue;
        }
        QByteArray content = state.durable;
        for (const Op& op : state.pending) {
            const int roll = int(d->random.bounded(100));
            if (op.truncate || op.data.size() < 2) {
                if (roll < 50) {
                    applyAll(content, {op});
                    ++d->stats.kept;
                } else {
                    ++d->stats.dropped;
                }
            } else if (roll < 40) {
                put(content, op.offset, op.data);
                ++d->stats.kept;
            } else if (roll < 75) {
                ++d->stats.dropped;
            } else {
                put(content, op.offset, op.data.left(1 + d->random.bounded(int(op.data.size() - 1))));
                ++d->stats.torn;
            }
        }
        QFile file(QString::fromStdString(path));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("power-loss VFS: cannot write %s", path.c_str());
        file.close();
        state.durable = content;
        state.pending.clear();
        // Shared memory does not survive a power cut; the next connection rebuilds it from the WAL.
        if (path.size() > 4 && path.compare(path.size() - 4, 4, "-wal") == 0)
            QFile::remove(QString::fromStdString(path.substr(0, path.size() - 4) + "-shm"));
        else
            QFile::remove(QString::fromStdString(path + "-shm"));
    }
    d->cut = false;
    d->countdown = 0;
}

} // namespace kq::test
