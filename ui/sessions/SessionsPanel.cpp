#include "SessionsPanel.h"

#include "SessionDialog.h"
#include "accounts/AccountRepository.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/TableKeys.h"
#include "core/DateText.h"
#include "services/ServiceCatalogue.h"
#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionLogRepository.h"
#include "store/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kq::ui {

namespace {
enum Column { Date, Time, Minutes, Kind, What, Form, Place, Staff, Notes, Flags, ColumnCount };

struct Row {
    QDate day;
    QTime time;
    QStringList cells;
    QString id;
    int log = -1; // index into the logs, or -1 for a group meeting
};

QString firstLine(const QString& text, int length = 40)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    return line.size() > length ? line.left(length) + QChar(0x2026) : line;
}
} // namespace

SessionsPanel::SessionsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_banner(new Banner(this)), m_summary(new QLabel(this)),
      m_new(new QPushButton(tr("&Log a session…"), this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("sessionsPanel"));
    m_new->setObjectName(QStringLiteral("logSession"));
    m_new->setToolTip(tr("Ctrl+J (记录), also from the client list"));
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    tabLeavesTable(m_table);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Start"), tr("Minutes"), tr("Kind"),
                                        tr("Content or topic"), tr("Form"), tr("Place"), tr("Staff"),
                                        tr("Notes"), tr("Flags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    ColumnFit::install(m_table, Notes);
    m_table->setAccessibleName(tr("Sessions and group meetings"));
    m_table->setToolTip(tr("Enter or double-click opens the log."));
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& i) { openRow(i.row()); });
    connect(m_new, &QPushButton::clicked, this, &SessionsPanel::logSession);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_banner->setObjectName(QStringLiteral("sessionsNotice"));
    m_banner->hide();
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void SessionsPanel::showClient(const QString& clientId, const QString& clientName)
{
    m_clientId = clientId;
    m_clientName = clientName;
    m_new->setVisible(m_workspace.actor().can(Permission::EditClinicalRecords));
    reload();
}

void SessionsPanel::clear()
{
    m_banner->hide();
    m_clientId.clear();
    m_logs.clear();
    m_attendances.clear();
    m_table->setRowCount(0);
    m_summary->clear();
}

void SessionsPanel::reload()
{
    const Actor& actor = m_workspace.actor();
    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_workspace.database());
    // Staff by name, as everywhere else: logs and meetings store usernames.
    const QHash<QString, QString> names = AccountRepository(m_workspace.journal()).displayNames();
    const auto people = [&names](const QStringList& usernames) {
        QStringList out;
        for (const QString& u : usernames)
            out << names.value(u, u);
        return out.join(tr(", "));
    };
    m_logs = SessionLogRepository(m_workspace.journal()).list(actor, m_clientId).take();
    QList<Row> rows;
    for (int i = 0; i < m_logs.size(); ++i) {
        const SessionLog& l = m_logs[i];
        QStringList contents;
        for (const QString& key : l.contents)
            contents << catalogue.contentName(key);
        QStringList flags;
        if (l.riskFlag)
            flags << tr("Risk noticed");
        if (l.amended)
            flags << tr("Amended");
        rows.append(Row{l.heldOn,
                        l.startsAt,
                        {dateText(l.heldOn), l.startsAt.toString(QStringLiteral("HH:mm")),
                         QString::number(l.minutes), tr("Session"), contents.join(tr(", ")),
                         catalogue.formName(l.form), ServicePlaces::name(l.place), people({l.staff}),
                         firstLine(l.observations), flags.join(tr(", "))},
                        l.id,
                        i});
    }
    int attended = 0;
    m_attendances.clear();
    if (Result<QList<GroupAttendance>> groups =
            GroupActivityRepository(m_workspace.journal()).forClient(actor, m_clientId)) {
        m_attendances = groups.take();
        for (const GroupAttendance& g : std::as_const(m_attendances)) {
            const bool present = g.present.value_or(false);
            attended += present ? 1 : 0;
            const QString flag = !g.present ? tr("Attendance not taken")
                                 : present  ? tr("Present")
                                            : tr("Absent");
            rows.append(
                Row{g.heldOn,
                    g.startsAt,
                    {dateText(g.heldOn), g.startsAt.toString(QStringLiteral("HH:mm")),
                     QString::number(g.minutes), tr("Group"), g.topic, catalogue.contentName(g.content),
                     ServicePlaces::name(g.place), people(g.facilitators), firstLine(g.note), flag},
                    g.activityId,
                    -1});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.day != b.day ? a.day > b.day : a.time > b.time;
    });
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(rows[r].cells.value(c));
            item->setData(Qt::UserRole, rows[r].log);
            item->setData(Qt::UserRole + 1, rows[r].id);
            m_table->setItem(r, c, item);
        }
    m_summary->setText(tr("%n session log(s)", nullptr, int(m_logs.size())) + tr(" · ") +
                       tr("%n group meeting(s) attended", nullptr, attended));
}

bool SessionsPanel::logSession()
{
    if (m_clientId.isEmpty() || !m_workspace.actor().can(Permission::EditClinicalRecords))
        return false;
    SessionDialog dialog(m_workspace, m_clientId, m_clientName, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // In warn mode the gate lets the log through; say what was missing where the log now shows.
    if (dialog.warnings().isEmpty())
        m_banner->show(Banner::Kind::Success, tr("The session log was saved."));
    else
        m_banner->show(
            Banner::Kind::Info,
            tr("The session log was saved, but: %1").arg(dialog.warnings().join(QLatin1Char(' '))));
    reload();
    Q_EMIT changed();
    return true;
}

void SessionsPanel::openRow(int row)
{
    const QTableWidgetItem* item = m_table->item(row, 0);
    if (!item)
        return;
    const int log = item->data(Qt::UserRole).toInt();
    if (log < 0) {
        Q_EMIT activityRequested(item->data(Qt::UserRole + 1).toString());
        return;
    }
    SessionDialog dialog(m_workspace, m_logs.at(log), m_clientName, this);
    if (dialog.exec() == QDialog::Accepted && dialog.mode() != SessionDialog::Mode::View) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace kq::ui
