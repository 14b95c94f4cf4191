#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao case`: records one lifecycle action for a client through the same rules as the
// window (LifecycleService); a refusal says what is missing and exits with Refused.
class CaseCommand : public Command {
public:
    QString name() const override { return QStringLiteral("case"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
