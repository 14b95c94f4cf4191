#include "CommandLine.h"

namespace kq::platform {

Result<CommandLine> CommandLine::parse(const QStringList& args)
{
    CommandLine c;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(u"--")) {
            if (!c.m_command.isEmpty())
                return Error(QStringLiteral("unexpected argument %1").arg(a));
            c.m_command = a;
            continue;
        }
        QString name = a.mid(2), value;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            return Error(QStringLiteral("--%1 needs a value").arg(name), name);
        }
        if (c.m_values.contains(name))
            return Error(QStringLiteral("--%1 given twice").arg(name), name);
        c.m_values.insert(name, value);
    }
    return c;
}

Result<void> CommandLine::allowOnly(const QStringList& names) const
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        if (!names.contains(it.key()))
            return Error(QStringLiteral("unknown option --%1").arg(it.key()), it.key());
    return {};
}

Result<void> CommandLine::require(const QStringList& names) const
{
    for (const QString& n : names)
        if (value(n).isEmpty())
            return Error(QStringLiteral("--%1 is required").arg(n), n);
    return {};
}

Result<qint64> CommandLine::integer(const QString& name, qint64 min, qint64 max, qint64 fallback) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Error(QStringLiteral("--%1 must be an integer from %2 to %3").arg(name).arg(min).arg(max),
                     name);
    return v;
}

Result<double> CommandLine::probability(const QString& name) const
{
    if (!has(name))
        return 0.0;
    bool ok = false;
    const double v = value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return Error(QStringLiteral("--%1 must be a probability from 0 to 1").arg(name), name);
    return v;
}

} // namespace kq::platform
