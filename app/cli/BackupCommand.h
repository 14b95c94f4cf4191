#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao backup`: an encrypted, checked copy of the database and its key file (model/store/Backup);
// safe while the window is writing.
class BackupCommand : public Command {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
