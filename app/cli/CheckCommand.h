#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao check`: integrity_check, foreign_key_check and the audit chain; non-zero on any failure.
class CheckCommand : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
