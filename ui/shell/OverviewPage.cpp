#include "OverviewPage.h"

#include "audit/AuditLog.h"
#include "centre/CentreRepository.h"
#include "core/Clock.h"
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
    : WorkspacePage(parent), m_workspace(workspace), m_centre(makeInfoLabel(this, "centreInfo")),
      m_person(makeInfoLabel(this, "personInfo")), m_store(makeInfoLabel(this, "storeInfo")),
      m_dueBox(new QGroupBox(this)), m_due(new QTableWidget(0, 4, this))
{
    m_due->setObjectName(QStringLiteral("dueList"));
    m_due->setHorizontalHeaderLabels({tr("Due"), tr("Client"), tr("What"), tr("Status")});
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->verticalHeader()->hide();
    m_due->verticalHeader()->setDefaultSectionSize(m_due->fontMetrics().height() + 8);
    m_due->horizontalHeader()->setStretchLastSection(true);
    m_due->setAccessibleName(tr("Due"));
    m_due->setToolTip(tr("Double-click or press Enter to open the client."));
    connect(m_due, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const QTableWidgetItem* item = m_due->item(index.row(), 1))
            Q_EMIT openClientRequested(item->data(Qt::UserRole).toString());
    });
    auto* layout = new QVBoxLayout(this);
    auto* dueLayout = new QVBoxLayout(m_dueBox);
    dueLayout->addWidget(m_due);
    layout->addWidget(m_dueBox, 1);
    const std::pair<QString, QLabel*> groups[] = {
        {tr("Centre"), m_centre}, {tr("Signed in"), m_person}, {tr("This workstation's records"), m_store}};
    for (const auto& [title, label] : groups) {
        auto* box = new QGroupBox(title, this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(label);
        layout->addWidget(box);
    }
}

void OverviewPage::reload()
{
    Database& db = m_workspace.database();
    CentreRepository centres(m_workspace.journal());
    if (const std::optional<CentreProfile> c = centres.load()) {
        m_centre->setText(tr("<b>%1</b><br>Centre code: %2<br>County code: %3")
                              .arg(c->name.toHtmlEscaped(), c->code.toHtmlEscaped(), c->countyCode));
    }
    const Actor& a = m_workspace.actor();
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    const QList<CaseDue> due =
        CaseDeadlines(db, CalendarRepository(m_workspace.journal()).load()).list(a, today);
    int overdue = 0;
    m_due->setRowCount(int(due.size()));
    for (int i = 0; i < due.size(); ++i) {
        const CaseDue& d = due[i];
        const bool late = d.isOverdue(today);
        overdue += late ? 1 : 0;
        // Overdue is said in words, not only in colour.
        const QString when = late ? tr("%1 (overdue)").arg(QLocale().toString(d.due, QLocale::ShortFormat))
                                  : QLocale().toString(d.due, QLocale::ShortFormat);
        const QStringList cells{when, d.clientName, CaseDue::kindName(d.kind), CaseStates::name(d.state)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, d.clientId);
            if (late)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_due->setItem(i, c, item);
        }
    }
    m_due->resizeColumnsToContents();
    m_dueBox->setTitle(
        due.isEmpty() ? tr("Due: nothing in the next week")
                      : tr("Due in the next week: %1, of which %2 overdue").arg(due.size()).arg(overdue));
    m_dueBox->setVisible(a.can(Permission::ViewClients));
    m_person->setText(tr("<b>%1</b> (%2)<br>Role: %3")
                          .arg(a.displayName.toHtmlEscaped(), a.username.toHtmlEscaped(), roleName(a.role)));
    m_store->setText(tr("Database file: %1<br>Encrypted with SQLCipher %2, schema version %3<br>"
                        "Audit log entries: %4<br>Changes waiting to sync: %5")
                         .arg(m_workspace.paths().database.toHtmlEscaped(), db.cipherVersion())
                         .arg(Migrations::currentVersion(db))
                         .arg(AuditLog(db).count())
                         .arg(Outbox(db).pendingCount()));
}

void OverviewPage::clearData()
{
    for (QLabel* l : {m_centre, m_person, m_store})
        l->clear();
    m_due->setRowCount(0);
}

} // namespace kq::ui
