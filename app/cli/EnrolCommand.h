#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao enrol`: connects this workstation's store to the platform with a one-time code.
class EnrolCommand : public Command {
public:
    QString name() const override { return QStringLiteral("enrol"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
