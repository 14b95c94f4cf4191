#include "StaffTraining.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StaffQualifications)
};
} // namespace

namespace StaffQualifications {

QList<QString> keys()
{
    return {QStringLiteral("psychiatry"),  QStringLiteral("mental_health_nursing"),
            QStringLiteral("social_work"), QStringLiteral("psychology"),
            QStringLiteral("other"),       QStringLiteral("none")};
}

bool isKnown(const QString& key)
{
    return keys().contains(key);
}

bool counts(const QString& key)
{
    return isKnown(key) && key != u"other" && key != u"none";
}

QString name(const QString& key)
{
    if (key == u"psychiatry")
        return Tr::tr("Psychiatry");
    if (key == u"mental_health_nursing")
        return Tr::tr("Mental-health nursing");
    if (key == u"social_work")
        return Tr::tr("Social work");
    if (key == u"psychology")
        return Tr::tr("Psychology");
    if (key == u"other")
        return Tr::tr("Other qualification");
    if (key == u"none")
        return Tr::tr("None");
    return key;
}

} // namespace StaffQualifications

namespace TrainingHours {

std::optional<int> parse(const QString& input)
{
    QString text = input.trimmed();
    text.replace(QChar(u'，'), QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || whole.size() > 4 || fraction.size() > 2)
        return std::nullopt;
    for (const QString& part : {whole, fraction})
        for (QChar c : part)
            if (c < u'0' || c > u'9')
                return std::nullopt;
    // Integer hundredths of an hour, so "0.1" is exactly 6 minutes.
    const int hundredths = whole.toInt() * 100 + (fraction + QStringLiteral("00")).left(2).toInt();
    return (hundredths * 60 + 50) / 100;
}

QString format(qint64 minutes)
{
    if (minutes % 60 == 0)
        return QString::number(minutes / 60);
    // Rounded down, so 19 h 59 min never reads as the 20 hours it falls short of.
    const qint64 tenths = minutes / 6;
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

} // namespace TrainingHours

} // namespace kq
