#pragma once

#include "Command.h"

namespace kq::cli {

// `kangqiao due`: what is due or overdue (registrations, referrals, waiting-list re-reviews, plan
// reviews, follow-up calls), one tab-separated line each, earliest first.
class DueCommand : public Command {
public:
    QString name() const override { return QStringLiteral("due"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

} // namespace kq::cli
