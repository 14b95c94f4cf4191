#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao recover`: with the recovery key, set a new password for a supervisor or administrator
// account, or (--print-raw-key) print the raw database key for the stock sqlcipher shell.
class RecoverCommand : public Command {
public:
    QString name() const override { return QStringLiteral("recover"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
