#include "TrendCharts.h"

#include "staff/StaffIndicators.h"
#include "staff/StaffTraining.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace kq::ui {

namespace {
qint64 valueOf(const StatisticsReport& report, const QString& key)
{
    const Indicator* i = TrendCharts::find(report, key);
    return i ? i->value : 0;
}

QStringList monthLabels(const QList<TrendPoint>& months)
{
    // Twelve labels share a narrow chart: the month number only (a year does not fit); the trend
    // ends at the month chosen above the charts.
    QStringList labels;
    for (const TrendPoint& p : months)
        labels << QString::number(p.period.from.month());
    return labels;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Category axis along the bottom and a value axis from zero up to at least `top`.
void addAxes(QChart* chart, const QStringList& categories, double top, const QString& unit)
{
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis(chart);
    y->setRange(0, std::max(top, 1.0));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(unit);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

// A horizontal line across every category, for a target.
QLineSeries* levelLine(const QString& name, double level, qsizetype count)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(Qt::DashLine));
    for (qsizetype i = 0; i < count; ++i)
        line->append(double(i), level);
    return line;
}
} // namespace

const Indicator* TrendCharts::find(const StatisticsReport& report, const QString& key)
{
    for (const IndicatorGroup& g : report.groups)
        for (const Indicator& i : g.indicators)
            if (i.key == key)
                return &i;
    return nullptr;
}

QList<QChart*> TrendCharts::all(const TrendReports& trend, const StatisticsReport& current)
{
    return {clientsInService(trend.months), standardServiceRate(trend.months),
            servicesByContent(trend.months, trend.contentNames), staffTraining(current, trend.staff)};
}

QChart* TrendCharts::clientsInService(const QList<TrendPoint>& months)
{
    QChart* chart = newChart(tr("Clients in service"));
    auto* line = new QLineSeries;
    line->setName(tr("Clients in service on the last day of the month"));
    line->setPointsVisible(true);
    qint64 top = 0;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const qint64 n = months[i].inService;
        line->append(double(i), double(n));
        top = std::max(top, n);
    }
    chart->addSeries(line);
    addAxes(chart, monthLabels(months), double(top) * 1.1, tr("Clients"));
    return chart;
}

QChart* TrendCharts::standardServiceRate(const QList<TrendPoint>& months)
{
    // Short legend entries: four long ones were cut to "2023 年…" in a dashboard-sized chart.
    QChart* chart = newChart(tr("Standardised-service rate (dashed: the targets)"));
    auto* line = new QLineSeries;
    line->setName(tr("Rate"));
    line->setPointsVisible(true);
    for (qsizetype i = 0; i < months.size(); ++i)
        line->append(double(i), months[i].standardServiceRate() * 100.0);
    chart->addSeries(line);
    // The national targets by year (DOMAIN.md "Indicators"); dashed so they read apart from the data.
    chart->addSeries(levelLine(tr("2023: 30%"), 30, months.size()));
    chart->addSeries(levelLine(tr("2024: 45%"), 45, months.size()));
    chart->addSeries(levelLine(tr("2025: 60%"), 60, months.size()));
    addAxes(chart, monthLabels(months), 100, tr("Percent"));
    return chart;
}

QChart* TrendCharts::servicesByContent(const QList<TrendPoint>& months,
                                       const QHash<QString, QString>& contentNames)
{
    // Rank the contents by their total over the span, so the bars keep the same six all year.
    QHash<QString, qint64> totals;
    for (const TrendPoint& p : months)
        for (auto it = p.byContent.cbegin(); it != p.byContent.cend(); ++it)
            totals[it.key()] += it.value();
    QStringList ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        if (it.value() > 0)
            ranked << it.key();
    std::sort(ranked.begin(), ranked.end(), [&](const QString& a, const QString& b) {
        return totals[a] != totals[b] ? totals[a] > totals[b] : a < b;
    });
    const QStringList top = ranked.mid(0, 6);
    const bool hasOther = ranked.size() > top.size();

    QChart* chart = newChart(tr("Services by content"));
    auto* series = new QStackedBarSeries;
    QList<QBarSet*> sets;
    for (const QString& key : top)
        sets << new QBarSet(contentNames.value(key, key));
    QBarSet* other = hasOther ? new QBarSet(tr("Other")) : nullptr;
    qint64 highest = 0;
    for (const TrendPoint& p : months) {
        qint64 month = 0, rest = 0;
        for (auto it = p.byContent.cbegin(); it != p.byContent.cend(); ++it) {
            if (!top.contains(it.key()))
                rest += it.value();
            month += it.value();
        }
        for (qsizetype s = 0; s < top.size(); ++s)
            sets[s]->append(double(p.byContent.value(top[s])));
        if (other)
            other->append(double(rest));
        highest = std::max(highest, month);
    }
    if (other)
        sets << other;
    series->append(sets);
    chart->addSeries(series);
    addAxes(chart, monthLabels(months), double(highest) * 1.1, tr("Services"));
    return chart;
}

QChart* TrendCharts::staffTraining(const StatisticsReport& month, const QList<StaffProfile>& staff)
{
    QChart* chart = newChart(tr("Staff training this year"));
    auto* series = new QBarSeries;
    auto* hours = new QBarSet(tr("Hours of training"));
    QStringList names;
    double top = StaffIndicators::kYearlyTrainingMinutes / 60.0;
    for (const StaffProfile& p : staff) {
        if (!p.directService)
            continue; // the 20 h a year is asked of those who serve clients directly
        const double h =
            double(valueOf(month, QStringLiteral("staff.training_minutes.") + p.username)) / 60.0;
        hours->append(h);
        names << p.displayName;
        top = std::max(top, h);
    }
    series->append(hours);
    chart->addSeries(series);
    chart->addSeries(levelLine(tr("%1 hours a year").arg(StaffIndicators::kYearlyTrainingMinutes / 60),
                               StaffIndicators::kYearlyTrainingMinutes / 60.0, names.size()));
    addAxes(chart, names, top * 1.1, tr("Hours"));
    return chart;
}

} // namespace kq::ui
