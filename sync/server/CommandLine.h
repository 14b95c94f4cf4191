#pragma once

#include "core/Result.h"

#include <QMap>
#include <QStringList>

namespace kq::platform {

// "--name value" (or "--name=value") options and at most one bare word (an admin sub-command).
// Every problem is one line naming the option.
class CommandLine {
public:
    static Result<CommandLine> parse(const QStringList& args);

    QString command() const { return m_command; }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    // Only these options may appear.
    Result<void> allowOnly(const QStringList& names) const;
    Result<void> require(const QStringList& names) const;

    Result<qint64> integer(const QString& name, qint64 min, qint64 max, qint64 fallback) const;
    Result<double> probability(const QString& name) const;

private:
    QString m_command;
    QMap<QString, QString> m_values;
};

} // namespace kq::platform
