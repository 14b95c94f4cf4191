#pragma once

#include <QFileInfo>
#include <QString>

namespace kq {

// The files that make up one centre store, all next to each other so a copy of the folder is a
// complete backup.
struct StorePaths {
    QString database;

    QString keySlots() const { return database + QStringLiteral(".keys"); }
    // Slots sealed to a new key while a re-key is under way; see Workspace::disableAccount.
    QString pendingKeySlots() const { return database + QStringLiteral(".keys.pending"); }
    QString signInBackoff() const { return database + QStringLiteral(".backoff"); }
    // Scale definitions the centre holds the rights to (PSP, WHO-DAS II), dropped next to the
    // database so they travel with its backups; see ScaleLibrary.
    QString centreScalesDirectory() const
    {
        return QFileInfo(database).absolutePath() + QStringLiteral("/scales");
    }
};

} // namespace kq
