#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao restore`: checks a backup with the given account, then puts it in place of --db, keeping
// a replaced database (model/store/BackupRestore).
class RestoreCommand : public Command {
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
