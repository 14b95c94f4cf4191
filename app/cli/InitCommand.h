#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao init`: creates the encrypted database, the centre and the first supervisor, and
// prints the recovery key (stdout, alone on its line) once.
class InitCommand : public Command {
public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
