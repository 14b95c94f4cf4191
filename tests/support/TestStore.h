#pragma once

// Shared set-up for tests that need a real encrypted store in a temporary folder.

#include "core/Clock.h"
#include "crypto/SecureBytes.h"
#include "keys/KdfParams.h"
#include "store/StorePaths.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Fails the test with the error's text when a Result holds an error.
#define KQ_VERIFY_OK(expr)                                                                                   \
    do {                                                                                                     \
        const auto& kq_result_ = (expr);                                                                     \
        QVERIFY2(bool(kq_result_), qPrintable(kq_result_ ? QString() : kq_result_.error().describe()));      \
    } while (false)

namespace kq::test {

inline const QString kPassword = QStringLiteral("Correct-Horse-7-Battery");

inline Workspace::Setup sampleSetup()
{
    Workspace::Setup setup;
    setup.centre = CentreProfile{
        {}, QStringLiteral("BJ-CY-0001"), QStringLiteral("朝阳区阳光康复中心"), QStringLiteral("110105")};
    setup.username = QStringLiteral("wang.li");
    setup.displayName = QStringLiteral("王丽");
    setup.kdf = KdfParams::fastest(); // Argon2id at its minimum: tests check logic, not cost
    return setup;
}

// Creates a store in `dir` and returns its recovery key; fails the test on error.
inline SecureBytes createStore(const StorePaths& paths, const Clock& clock)
{
    Result<SecureBytes> r =
        Workspace::initialise(paths, sampleSetup(), SecureBytes::fromUtf8(kPassword), clock);
    if (!r)
        qFatal("store set-up failed: %s", qPrintable(r.error().describe()));
    return r.take();
}

inline StorePaths pathsIn(const QTemporaryDir& dir)
{
    return StorePaths{dir.filePath(QStringLiteral("centre.kqdb"))};
}

inline SecureBytes secret(const QString& text)
{
    return SecureBytes::fromUtf8(text);
}

inline SecureBytes copyOf(const SecureBytes& bytes)
{
    return SecureBytes::fromBytes(bytes.chars(), bytes.size());
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Names of the files in `dir` (not . and ..), sorted.
inline QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace kq::test
