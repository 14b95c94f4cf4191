#include "StatisticsResults.h"

#include "StandardServiceRule.h"
#include "TrendReports.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kq {

namespace {
constexpr const char* kReport = "report";
constexpr const char* kPoint = "point";
} // namespace

QString StatisticsResults::variant(const StandardServiceRule& rule)
{
    return QStringLiteral("%1\n%2\n%3").arg(kFormat).arg(rule.toText(), rule.describe());
}

qint64 StatisticsResults::generation()
{
    return m_db.queryInt("SELECT n FROM statistics_generation");
}

std::optional<QByteArray> StatisticsResults::payload(const char* kind, const ReportPeriod& period,
                                                     const QString& variant)
{
    auto s = m_db.cached("SELECT payload FROM statistics_results "
                         "WHERE kind = ? AND period_from = ? AND period_to = ? AND variant = ?");
    s->bindAll(QString::fromLatin1(kind), isoDate(period.from), isoDate(period.to), variant);
    if (!s->step())
        return std::nullopt;
    return s->text(0).toUtf8();
}

// Written in its own (or the caller's) transaction, and only while the generation is still the one
// read before the figures were: a write that committed in between has deleted what it affects, and
// figures read before it must not come back.
bool StatisticsResults::keep(const char* kind, const QList<Row>& rows, const QString& variant,
                             qint64 generation)
{
    try {
        Transaction tx(m_db);
        if (this->generation() != generation)
            return false;
        auto s =
            m_db.cached("INSERT OR REPLACE INTO statistics_results(kind, period_from, period_to, variant, "
                        "payload) VALUES (?, ?, ?, ?, ?)");
        for (const Row& row : rows) {
            s->reset();
            s->bindAll(QString::fromLatin1(kind), isoDate(row.period.from), isoDate(row.period.to), variant,
                       QString::fromUtf8(row.payload));
            s->exec();
        }
        tx.commit();
        return true;
    } catch (const StoreError&) {
        return false; // a read-only or busy store still gets its figures, only not kept
    }
}

std::optional<QList<IndicatorGroup>> StatisticsResults::report(const ReportPeriod& period,
                                                               const QString& variant)
{
    const std::optional<QByteArray> text = payload(kReport, period, variant);
    if (!text)
        return std::nullopt;
    QList<IndicatorGroup> out;
    for (const QJsonValue g : QJsonDocument::fromJson(*text).array()) {
        const QJsonObject group = g.toObject();
        IndicatorGroup ig{group.value(u"key").toString(), group.value(u"title").toString(), {}};
        for (const QJsonValue i : group.value(u"indicators").toArray()) {
            const QJsonArray a = i.toArray();
            ig.indicators << Indicator{a.at(0).toString(),
                                       a.at(1).toString(),
                                       qint64(a.at(2).toDouble()),
                                       qint64(a.at(3).toDouble()),
                                       {}};
        }
        out << ig;
    }
    return out;
}

bool StatisticsResults::keepReport(const ReportPeriod& period, const QString& variant,
                                   const QList<IndicatorGroup>& groups, qint64 generation)
{
    QJsonArray out;
    for (const IndicatorGroup& g : groups) {
        QJsonArray indicators;
        for (const Indicator& i : g.indicators)
            indicators.append(QJsonArray{i.key, i.label, double(i.value), double(i.denominator)});
        out.append(QJsonObject{{QStringLiteral("key"), g.key},
                               {QStringLiteral("title"), g.title},
                               {QStringLiteral("indicators"), indicators}});
    }
    return keep(kReport, {{period, QJsonDocument(out).toJson(QJsonDocument::Compact)}}, variant, generation);
}

std::optional<TrendPoint> StatisticsResults::point(const ReportPeriod& period, const QString& variant)
{
    const std::optional<QByteArray> text = payload(kPoint, period, variant);
    if (!text)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*text).object();
    TrendPoint p;
    p.period = period;
    p.inService = qint64(o.value(u"in_service").toDouble());
    p.standardService = qint64(o.value(u"standard").toDouble());
    p.standardServiceOf = qint64(o.value(u"of").toDouble());
    const QJsonObject contents = o.value(u"by_content").toObject();
    for (auto it = contents.constBegin(); it != contents.constEnd(); ++it)
        p.byContent.insert(it.key(), qint64(it.value().toDouble()));
    return p;
}

bool StatisticsResults::keepPoint(const TrendPoint& point, const QString& variant, qint64 generation)
{
    return keepPoints({point}, variant, generation);
}

bool StatisticsResults::keepPoints(const QList<TrendPoint>& points, const QString& variant, qint64 generation)
{
    QList<Row> rows;
    for (const TrendPoint& point : points) {
        QJsonObject contents;
        for (auto it = point.byContent.cbegin(); it != point.byContent.cend(); ++it)
            contents.insert(it.key(), double(it.value()));
        const QJsonObject o{{QStringLiteral("in_service"), double(point.inService)},
                            {QStringLiteral("standard"), double(point.standardService)},
                            {QStringLiteral("of"), double(point.standardServiceOf)},
                            {QStringLiteral("by_content"), contents}};
        rows << Row{point.period, QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }
    return keep(kPoint, rows, variant, generation);
}

void StatisticsResults::forgetAll()
{
    Transaction tx(m_db);
    m_db.exec("DELETE FROM statistics_results");
    tx.commit();
}

void StatisticsResults::suspendTriggersForBulk(Database& db, qsizetype rows)
{
    if (rows < kBulkRows)
        return;
    db.suspendTriggers("statistics_", "DELETE FROM statistics_results; "
                                      "UPDATE statistics_generation SET n = n + 1;");
}

} // namespace kq
