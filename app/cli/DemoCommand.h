#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao demo`: fills a database with realistic synthetic clients (deterministic for a seed)
// through the same repositories, rules and journal as the UI.
class DemoCommand : public Command {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
