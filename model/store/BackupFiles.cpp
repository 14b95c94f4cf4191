#include "BackupFiles.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace kq {

namespace {

// SQLite's unix VFS: the first lock byte of the -shm file is (22 + SQLITE_SHM_NLOCK) * 4 = 120, and
// the "dead man switch" byte that every open connection holds a shared lock on follows the eight
// WAL locks. Stable since WAL appeared (3.7.0) and the same in SQLCipher 4's SQLite.
constexpr off_t kShmDeadManSwitch = 120 + 8;

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

bool writeAll(int fd, const char* data, qint64 size)
{
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size_t(size - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

} // namespace

QStringList BackupFiles::companionSuffixes()
{
    return {QStringLiteral("-wal"),      QStringLiteral("-shm"),          QStringLiteral(".keys"),
            QStringLiteral(".keys.bak"), QStringLiteral(".keys.pending"), QStringLiteral(".keys.tmp"),
            QStringLiteral(".backoff")};
}

void BackupFiles::removeStore(const QString& database)
{
    QFile::remove(database);
    for (const QString& suffix : companionSuffixes())
        QFile::remove(database + suffix);
}

bool BackupFiles::createOwnerOnly(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    return ::close(fd) == 0;
}

bool BackupFiles::copyDurably(const QString& from, const QString& to)
{
    const int in = ::open(native(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(native(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        ::close(in);
        return false;
    }
    bool ok = true;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            ok = false;
        if (n <= 0 || !(ok = writeAll(out, buffer, n)))
            break;
    }
    ok = ok && ::fsync(out) == 0;
    ok = ::close(out) == 0 && ok;
    ::close(in);
    if (!ok)
        QFile::remove(to);
    return ok;
}

bool BackupFiles::syncFile(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

bool BackupFiles::syncDirectory(const QString& directory)
{
    const int fd = ::open(native(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool BackupFiles::rename(const QString& from, const QString& to)
{
    return std::rename(native(from).constData(), native(to).constData()) == 0;
}

bool BackupFiles::inUse(const QString& database)
{
    const int fd = ::open(native(database + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no shared memory: nobody has it open in WAL mode
    // An open-file-description query also reports locks this process's own SQLite holds.
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = kShmDeadManSwitch;
    probe.l_len = 1;
    const bool used = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return used;
}

} // namespace kq
