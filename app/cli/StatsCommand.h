#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao stats`: the monthly (or any range's) statistics report written to a file, for a
// scheduled job: XLSX, CSV, JSON or PDF (with the dashboard's charts, drawn offscreen), aggregates
// only, owner-only, audited.
class StatsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString description() const override;
    bool needsGuiApplication(const QStringList& arguments) override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
