#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao sync --once`: one full round with the platform (push, then pull), for a scheduled job
// or a test; non-zero with the reason when the round does not complete.
class SyncCommand : public Command {
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
