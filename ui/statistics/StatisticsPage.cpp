#include "StatisticsPage.h"

#include "TrendCharts.h"
#include "auth/Actor.h"
#include "common/BackgroundReader.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "staff/StaffIndicators.h"
#include "statistics/StatisticsResults.h"
#include "statistics/TrendReports.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace kq::ui {

namespace {
constexpr int kTrendMonths = 12;
constexpr int kPickableMonths = 36;

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// Only client numbers drill down to people; the rest are sessions, meetings or staff.
bool namesClients(const QString& key)
{
    return key.startsWith(QStringLiteral("clients.")) || key.startsWith(QStringLiteral("standard_service."));
}

int percent(const Indicator& i)
{
    return qRound(i.rate() * 100.0);
}

// A count with the locale's digit grouping (12,345), so large figures read at a glance; passed to a
// plain %1 so the translated texts need not change.
QString count(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

StatisticsPage::StatisticsPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace),
      m_counter(new BackgroundReader(workspace, {true, TrendReports::kReaderCacheMiB}, this)),
      m_banner(new Banner(this)), m_content(new QWidget), m_month(new QComboBox(m_content)),
      m_suppress(new QCheckBox(
          tr("&Hide counts below %1 (for sharing outside the centre)").arg(kSuppressBelow), m_content)),
      m_rule(new QLabel(m_content)), m_changeRule(new QPushButton(tr("Change &rule…"), m_content)),
      m_table(new QTableWidget(0, 4, m_content))
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_month->setObjectName(QStringLiteral("month"));
    m_suppress->setObjectName(QStringLiteral("suppressSmallCounts"));
    m_rule->setObjectName(QStringLiteral("ruleText"));
    m_rule->setWordWrap(true);
    m_changeRule->setObjectName(QStringLiteral("changeRule"));

    auto* monthLabel = new QLabel(tr("&Month:"), m_content);
    monthLabel->setBuddy(m_month);
    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addStretch();
    top->addWidget(m_suppress);
    const QList<QPair<QString, QString>> formats = {{QStringLiteral("xlsx"), tr("Export &XLSX…")},
                                                    {QStringLiteral("csv"), tr("Export &CSV…")},
                                                    {QStringLiteral("json"), tr("Export &JSON…")},
                                                    {QStringLiteral("pdf"), tr("Export &PDF…")}};
    for (const auto& [format, text] : formats) {
        auto* button = new QPushButton(text, m_content);
        button->setObjectName(QStringLiteral("export-") + format);
        connect(button, &QPushButton::clicked, this, [this, format] { askExport(format); });
        top->addWidget(button);
        m_exports << button;
    }

    // The tiles say their number in words, so nothing depends on colour or on the charts.
    auto* tiles = new QGridLayout;
    const QStringList keys = {
        QStringLiteral("clients.state.in_service"), QStringLiteral("standard_service.rate"),
        QStringLiteral("services.total"),           QStringLiteral("services.clients_served"),
        QStringLiteral("staff.qualified"),          QStringLiteral("staff.training_short")};
    for (int n = 0; n < keys.size(); ++n) {
        auto* tile = new QLabel(m_content);
        tile->setObjectName(QStringLiteral("tile-") + keys[n]);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setWordWrap(true);
        tile->setMargin(8);
        tile->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        tiles->addWidget(tile, n / 3, n % 3);
        m_tiles.insert(keys[n], tile);
    }
    auto* rule = new QHBoxLayout;
    rule->addWidget(m_rule, 1);
    rule->addWidget(m_changeRule);

    auto* charts = new QGridLayout;
    const QStringList chartNames = {QStringLiteral("inServiceChart"), QStringLiteral("rateChart"),
                                    QStringLiteral("contentChart"), QStringLiteral("trainingChart")};
    for (int n = 0; n < chartNames.size(); ++n) {
        auto* view = new QChartView(m_content);
        view->setObjectName(chartNames[n]);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        charts->addWidget(view, n / 2, n % 2);
        m_charts << view;
    }

    m_table->setObjectName(QStringLiteral("indicatorTable"));
    tabLeavesTable(m_table);
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Indicator"), tr("Value"), tr("Rate")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    ColumnFit::install(m_table, 1); // the indicator's name
    m_table->setMinimumHeight(320);
    auto* tableLabel =
        new QLabel(tr("&Indicators of the month (Enter on a client number lists the clients):"), m_content);
    tableLabel->setBuddy(m_table);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(top);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(rule);
    contentLayout->addLayout(charts);
    contentLayout->addWidget(tableLabel);
    contentLayout->addWidget(m_table);
    auto* scroll = new QScrollArea(this);
    // Tab goes straight to the fields inside, and the area scrolls to show the one with the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            recompute();
    });
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { drillDown(index.row()); });
    connect(m_changeRule, &QPushButton::clicked, this, &StatisticsPage::changeRule);
    tabInLayoutOrder(this);
}

StatisticsPage::~StatisticsPage() = default;

QDate StatisticsPage::today() const
{
    // The month as the centre counts it: local time of the workspace's clock.
    return m_workspace.clock().now().toLocalTime().date();
}

void StatisticsPage::activate()
{
    m_month->setFocus();
}

void StatisticsPage::clearData()
{
    m_counter->clear(); // figures still being counted are not shown (locked, or a failure said instead)
    setCounting(false);
    m_trend = {};
    for (QLabel* tile : std::as_const(m_tiles))
        tile->clear();
    m_rule->clear();
    m_table->setRowCount(0);
    for (QChartView* view : std::as_const(m_charts)) {
        QChart* old = view->chart();
        view->setChart(new QChart); // the view lets go of the old chart without deleting it
        delete old;
    }
    m_banner->show(Banner::Kind::Info, {});
}

void StatisticsPage::reload()
{
    if (!m_workspace.isOpen())
        return;
    const Actor& actor = m_workspace.actor();
    if (!actor.can(Permission::ViewStatistics)) {
        clearData();
        m_content->hide();
        m_banner->showError(tr("Your role may not see statistics."));
        return;
    }
    m_content->show();
    const bool exports = actor.can(Permission::ExportData);
    for (QPushButton* b : std::as_const(m_exports))
        b->setVisible(exports);
    m_suppress->setVisible(exports);
    m_changeRule->setVisible(exports); // StandardServiceRule::save wants a supervisor

    // The current month and the ones before it; the previous complete month by default.
    const QDate first(today().year(), today().month(), 1);
    const QDate chosen = m_month->currentData().toDate();
    m_filling = true;
    m_month->clear();
    for (int n = 0; n < kPickableMonths; ++n) {
        const QDate month = first.addMonths(-n);
        m_month->addItem(monthText(month), month);
    }
    const int kept = chosen.isValid() ? m_month->findData(chosen) : -1;
    m_month->setCurrentIndex(kept >= 0 ? kept : 1);
    m_filling = false;
    recompute();
}

void StatisticsPage::recompute(const QString& doneMessage)
{
    const QDate last = m_month->currentData().toDate();
    if (!last.isValid() || !m_workspace.isOpen())
        return;
    const Actor actor = m_workspace.actor();
    const Clock& clock = m_workspace.clock();
    // Ids behind the numbers only for those who may read the records, and only for a month still
    // under way (counted anyway): a closed month's figures are kept without them (decision 0015),
    // and drill-down counts them when a number is opened.
    const bool drill = actor.can(Permission::ViewClinicalRecords) && actor.can(Permission::ViewClients) &&
                       !StatisticsResults::keepable(ReportPeriod::month(last.year(), last.month()),
                                                    clock.now().toLocalTime().date());
    // Counted on a worker thread with its own connection: the month under way takes seconds on a
    // big store, and the window (this page's month list included) stays in use meanwhile. The
    // figures shown are greyed out until the new ones arrive; a later request supersedes this one.
    setCounting(true);
    m_banner->show(Banner::Kind::Info, tr("Counting the figures for %1…").arg(m_month->currentText()));
    m_counter->start(
        [this, &clock, actor, last, drill, doneMessage](Database& reader) -> BackgroundReader::Show {
            Journal journal(reader, clock);
            Result<TrendReports> computed = TrendReports::compute(journal, actor, last, kTrendMonths, drill);
            if (!computed)
                return [this, error = computed.error().message] { showFailure(error); };
            return [this, trend = std::make_shared<TrendReports>(computed.take()), doneMessage] {
                setCounting(false);
                m_trend = std::move(*trend);
                if (doneMessage.isEmpty())
                    m_banner->show(Banner::Kind::Info, {});
                else
                    m_banner->show(Banner::Kind::Success, doneMessage);
                showTiles();
                showCharts();
                showTable();
                Q_EMIT reportShown();
            };
        },
        [this](const QString& reason) {
            showFailure(tr("The statistics could not be read: %1").arg(reason));
        });
}

void StatisticsPage::showFailure(const QString& message)
{
    setCounting(false);
    clearData();
    m_banner->showError(message);
    Q_EMIT reportShown();
}

void StatisticsPage::setCounting(bool counting)
{
    // The month list stays live; what shows the previous figures waits for the new ones.
    for (QWidget* w : std::initializer_list<QWidget*>{m_table, m_changeRule, m_suppress})
        w->setEnabled(!counting);
    for (QLabel* tile : std::as_const(m_tiles))
        tile->setEnabled(!counting);
    for (QChartView* view : std::as_const(m_charts))
        view->setEnabled(!counting);
    for (QPushButton* b : std::as_const(m_exports))
        b->setEnabled(!counting);
}

void StatisticsPage::showTiles()
{
    const StatisticsReport& month = m_trend.report;
    const auto value = [&](const QString& key) -> Indicator {
        const Indicator* i = TrendCharts::find(month, key);
        return i ? *i : Indicator{};
    };
    m_tiles[QStringLiteral("clients.state.in_service")]->setText(
        tr("Clients in service: %1").arg(count(value(QStringLiteral("clients.state.in_service")).value)));
    const Indicator rate = value(QStringLiteral("standard_service.rate"));
    m_tiles[QStringLiteral("standard_service.rate")]->setText(
        rate.denominator > 0 ? tr("Standardised service: %1% (%2 of %3 clients)")
                                   .arg(percent(rate))
                                   .arg(count(rate.value), count(rate.denominator))
                             : tr("Standardised service: no clients to count"));
    m_tiles[QStringLiteral("services.total")]->setText(
        tr("Services: %1").arg(count(value(QStringLiteral("services.total")).value)));
    m_tiles[QStringLiteral("services.clients_served")]->setText(
        tr("Clients served: %1").arg(count(value(QStringLiteral("services.clients_served")).value)));
    const Indicator qualified = value(QStringLiteral("staff.qualified"));
    m_tiles[QStringLiteral("staff.qualified")]->setText(tr("Qualified staff: %1% (%2 of %3; target %4%)")
                                                            .arg(percent(qualified))
                                                            .arg(qualified.value)
                                                            .arg(std::max<qint64>(qualified.denominator, 0))
                                                            .arg(StaffIndicators::kQualifiedTargetPercent));
    m_tiles[QStringLiteral("staff.training_short")]->setText(
        tr("Staff short of %1 h training: %2")
            .arg(StaffIndicators::kYearlyTrainingMinutes / 60)
            .arg(value(QStringLiteral("staff.training_short")).value));
    m_rule->setText(tr("Standardised service means: %1").arg(month.rule));
}

void StatisticsPage::showCharts()
{
    const QList<QChart*> charts = TrendCharts::all(m_trend, m_trend.report);
    for (qsizetype n = 0; n < charts.size(); ++n) {
        QChart* old = m_charts[n]->chart();
        m_charts[n]->setChart(charts[n]); // the view lets go of the old chart without deleting it
        m_charts[n]->setAccessibleName(charts[n]->title());
        delete old;
    }
}

void StatisticsPage::showTable()
{
    const StatisticsReport& month = m_trend.report;
    const bool drill = m_workspace.actor().can(Permission::ViewClinicalRecords);
    m_table->setRowCount(0);
    for (const IndicatorGroup& g : month.groups)
        for (const Indicator& i : g.indicators) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, readOnlyItem(g.title));
            auto* label = readOnlyItem(i.label);
            label->setData(Qt::UserRole, i.key);
            if (drill && namesClients(i.key) && i.value > 0)
                label->setToolTip(tr("Press Enter or double-click to list the clients."));
            m_table->setItem(row, 1, label);
            auto* value = readOnlyItem(count(i.value));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 2, value);
            m_table->setItem(
                row, 3,
                readOnlyItem(
                    i.isRate()
                        ? tr("%1% (%2 of %3)").arg(percent(i)).arg(count(i.value), count(i.denominator))
                        : QString()));
        }
}

} // namespace kq::ui
