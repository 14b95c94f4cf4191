#pragma once

// Shared set-up for tests that need a real encrypted store in a temporary folder.

#include "core/Clock.h"
#include "crypto/SecureBytes.h"
#include "keys/KdfParams.h"
#include "store/StorePaths.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

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

} // namespace kq::test
