#include "OverviewPage.h"

#include "audit/AuditLog.h"
#include "backup/BackupPage.h"
#include "centre/CentreRepository.h"
#include "common/BackgroundReader.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/StatusColours.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Workspace.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace kq::ui {

namespace {
QLabel* makeInfoLabel(QWidget* parent, const char* objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(objectName));
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

OverviewPage::OverviewPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_backupReminder(new Banner(this)),
      m_dueReader(new BackgroundReader(workspace, {}, this)), m_centre(makeInfoLabel(this, "centreInfo")),
      m_person(makeInfoLabel(this, "personInfo")), m_store(makeInfoLabel(this, "storeInfo")),
      m_dueBox(new QGroupBox(this)), m_due(new QTableWidget(0, 4, this)), m_dueMore(new QLabel(this))
{
    m_dueMore->setObjectName(QStringLiteral("dueMore"));
    m_dueMore->setWordWrap(true);
    m_dueMore->hide();
    m_due->setObjectName(QStringLiteral("dueList"));
    tabLeavesTable(m_due);
    m_due->setHorizontalHeaderLabels({tr("Due"), tr("Client"), tr("What"), tr("Status")});
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->verticalHeader()->hide();
    m_due->verticalHeader()->setDefaultSectionSize(m_due->fontMetrics().height() + 8);
    ColumnFit::install(m_due, 2); // what is due
    m_due->setAccessibleName(tr("Due"));
    m_due->setToolTip(tr("Double-click or press Enter to open the client."));
    connect(m_due, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const QTableWidgetItem* item = m_due->item(index.row(), 1))
            Q_EMIT openClientRequested(item->data(Qt::UserRole).toString());
    });
    m_backupReminder->setObjectName(QStringLiteral("overviewBackupReminder"));
    m_backupReminder->hide();
    // The due list scrolls: at a large font it gives up rows, not the reminder or the store's facts.
    m_due->setMinimumHeight(m_due->fontMetrics().height() * 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_backupReminder);
    auto* dueLayout = new QVBoxLayout(m_dueBox);
    dueLayout->addWidget(m_due);
    dueLayout->addWidget(m_dueMore);
    layout->addWidget(m_dueBox, 1);
    const std::pair<QString, QLabel*> groups[] = {
        {tr("Centre"), m_centre}, {tr("Signed in"), m_person}, {tr("This workstation's records"), m_store}};
    for (const auto& [title, label] : groups) {
        auto* box = new QGroupBox(title, this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(label);
        layout->addWidget(box);
    }
    tabInLayoutOrder(this);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::reload()
{
    Database& db = m_workspace.database();
    CentreRepository centres(m_workspace.journal());
    if (const std::optional<CentreProfile> c = centres.load()) {
        m_centre->setText(tr("<b>%1</b><br>Centre code: %2<br>County code: %3")
                              .arg(c->name.toHtmlEscaped(), c->code.toHtmlEscaped(), c->countyCode));
    }
    const Actor& a = m_workspace.actor();
    m_person->setText(tr("<b>%1</b> (%2)<br>Role: %3")
                          .arg(a.displayName.toHtmlEscaped(), a.username.toHtmlEscaped(), roleName(a.role)));
    m_store->setText(tr("Database file: %1<br>Encrypted with SQLCipher %2, schema version %3<br>"
                        "Audit log entries: %4<br>Changes waiting to sync: %5")
                         .arg(m_workspace.paths().database.toHtmlEscaped(), db.cipherVersion())
                         .arg(Migrations::currentVersion(db))
                         .arg(QLocale().toString(AuditLog(db).count()))
                         .arg(Outbox::countText(Outbox(db).pendingCount())));
    const QString reminder = BackupPage::reminderText(m_workspace);
    if (reminder.isEmpty())
        m_backupReminder->hide();
    else
        m_backupReminder->show(Banner::Kind::Error, reminder);
    m_dueBox->setVisible(a.can(Permission::ViewClients));
    if (a.can(Permission::ViewClients))
        startDueList();
}

void OverviewPage::startDueList()
{
    const Actor actor = m_workspace.actor();
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    WorkingCalendar calendar = CalendarRepository(m_workspace.journal()).load();
    if (m_due->rowCount() == 0)
        m_dueBox->setTitle(tr("Working out what is due…"));
    m_dueReader->start(
        [this, calendar = std::move(calendar), actor, today](Database& reader) -> BackgroundReader::Show {
            QList<CaseDue> due = CaseDeadlines(reader, calendar).list(actor, today);
            return [this, due = std::move(due), today] {
                showDue(due, today);
                Q_EMIT dueListShown();
            };
        },
        [this](const QString&) { // the reason may name the file: not shown here, not logged
            m_due->setRowCount(0);
            m_dueMore->hide();
            m_dueBox->setTitle(tr("The list of what is due could not be read. Try again from the Overview."));
            Q_EMIT dueListShown();
        });
}

void OverviewPage::showDue(const QList<CaseDue>& all, const QDate& today)
{
    QList<CaseDue> due = all;
    CaseDeadlines::putUrgentFirst(due, today);
    int overdue = 0;
    int dueToday = 0;
    for (const CaseDue& d : due) {
        overdue += d.isOverdue(today) ? 1 : 0;
        dueToday += d.due == today ? 1 : 0;
    }
    // With 100k clients the list can run to thousands: the table shows the first rows only, so the
    // page never stalls; overdue items come first.
    const int shown = int(std::min<qsizetype>(due.size(), kMaxDueRows));
    m_due->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const CaseDue& d = due[i];
        const bool late = d.isOverdue(today);
        // Overdue and today are said in words, not only in colour.
        const QString date = dateText(d.due);
        const QString when = late             ? tr("%1 (overdue)").arg(date)
                             : d.due == today ? tr("%1 (today)").arg(date)
                                              : date;
        const QStringList cells{when, d.clientName, d.what(), CaseStates::name(d.state)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, d.clientId);
            if (late)
                item->setForeground(
                    StatusColours::on(StatusColours::Tone::Warning, m_due->palette(), QPalette::Base));
            if (late && d.isUnstableFollowUp()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_due->setItem(i, c, item);
        }
    }
    const int now = overdue + dueToday;
    if (now == 0)
        m_dueBox->setTitle(
            due.isEmpty()
                ? tr("Nothing due today or overdue")
                : tr("Nothing due today or overdue; %1 coming up").arg(QLocale().toString(due.size())));
    else
        m_dueBox->setTitle(tr("Overdue: %1 · due today: %2 · coming up: %3")
                               .arg(QLocale().toString(overdue))
                               .arg(QLocale().toString(dueToday))
                               .arg(QLocale().toString(due.size() - now)));
    m_dueMore->setVisible(due.size() > shown);
    m_dueMore->setText(tr("Showing the first %1 items; %2 more are not shown.")
                           .arg(QLocale().toString(shown), QLocale().toString(due.size() - shown)));
}

void OverviewPage::clearData()
{
    m_dueReader->clear(); // locked: a list still being worked out is not shown
    for (QLabel* l : {m_centre, m_person, m_store})
        l->clear();
    m_due->setRowCount(0);
    m_dueMore->clear();
    m_dueMore->hide();
}

} // namespace kq::ui
