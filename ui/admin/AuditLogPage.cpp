#include "AuditLogPage.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditVocabulary.h"
#include "clients/ClientQuery.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/DateField.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kq::ui {

namespace {
constexpr int kClientMatches = 50;
}

AuditLogPage::AuditLogPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_model(new AuditLogModel(this)),
      m_view(new QTableView(this)), m_banner(new Banner(this)), m_person(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_clientSearch(new QLineEdit(this)), m_client(new QComboBox(this)),
      m_from(new DateField(this)), m_to(new DateField(this))
{
    m_view->setObjectName(QStringLiteral("auditView"));
    tabLeavesTable(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    ColumnFit::install(m_view); // the changed fields, last, take the room
    m_view->setAccessibleName(tr("Audit log entries"));
    auto* verifyButton = new QPushButton(tr("&Verify the chain"), this);
    verifyButton->setObjectName(QStringLiteral("verifyAudit"));
    verifyButton->setToolTip(tr("Checks that no entry was altered or removed."));
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);

    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->addItem(tr("All actions"), -1);
    for (AuditVocabulary::Kind k : AuditVocabulary::kinds())
        m_kind->addItem(AuditVocabulary::kindName(k), int(k));
    m_clientSearch->setObjectName(QStringLiteral("auditClientSearch"));
    m_clientSearch->setPlaceholderText(tr("Name, pinyin or ID number, then Enter"));
    m_client->setObjectName(QStringLiteral("auditClient"));
    m_client->setAccessibleName(tr("Client found"));
    m_client->addItem(tr("All clients"), QString());
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    connect(m_person, &QComboBox::activated, this, &AuditLogPage::applyFilter);
    connect(m_kind, &QComboBox::activated, this, &AuditLogPage::applyFilter);
    connect(m_client, &QComboBox::activated, this, &AuditLogPage::applyFilter);
    connect(m_clientSearch, &QLineEdit::returnPressed, this, &AuditLogPage::findClients);
    connect(m_from, &QLineEdit::editingFinished, this, &AuditLogPage::applyFilter);
    connect(m_to, &QLineEdit::editingFinished, this, &AuditLogPage::applyFilter);

    auto* clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientSearch, 1);
    clientRow->addWidget(m_client, 2);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch();
    auto* filters = new QFormLayout;
    filters->addRow(tr("&Person:"), m_person);
    filters->addRow(tr("&Kind of action:"), m_kind);
    // Rows holding two fields get their label's buddy by hand: the first field of the row.
    auto* clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_clientSearch);
    filters->addRow(clientLabel, clientRow);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    filters->addRow(fromLabel, dates);

    auto* buttons = new QHBoxLayout;
    buttons->addLayout(filters, 1);
    buttons->addWidget(verifyButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    tabInLayoutOrder(this);
}

void AuditLogPage::reload()
{
    const Result<void> allowed = m_model->setDatabase(&m_workspace.database(), m_workspace.actor());
    if (!allowed) {
        m_banner->showError(allowed.error().message);
        return;
    }
    const QString person = m_person->currentData().toString();
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const auto& [username, label] : m_model->people())
        m_person->addItem(label, username);
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    // Clients are named only for roles that may see the client list.
    const bool clients = m_workspace.actor().can(Permission::ViewClients);
    m_clientSearch->setEnabled(clients);
    m_client->setEnabled(clients);
    applyFilter();
}

void AuditLogPage::clearData()
{
    m_model->clear();
    m_person->clear();
    m_client->clear();
    m_client->addItem(tr("All clients"), QString());
    m_clientSearch->clear();
    m_banner->show(Banner::Kind::Info, {});
}

void AuditLogPage::findClients()
{
    ClientFilter filter;
    filter.text = m_clientSearch->text().trimmed();
    m_client->clear();
    m_client->addItem(tr("All clients"), QString());
    if (!filter.text.isEmpty()) {
        ClientQuery query(m_workspace.database(), filter, m_workspace.clock().now().toLocalTime().date());
        for (const ClientSummary& c : query.fetch(0, kClientMatches))
            m_client->addItem(tr("%1 (%2)").arg(c.name, c.maskedIdNumber), c.id);
        // One match is the client meant; several are for the person to choose from.
        if (m_client->count() > 1)
            m_client->setCurrentIndex(1);
        if (m_client->count() > 2)
            m_client->showPopup();
    }
    applyFilter();
}

void AuditLogPage::applyFilter()
{
    if (!m_from->isWellFormed() || !m_to->isWellFormed()) {
        m_banner->showError(tr("Enter dates as YYYY-MM-DD, or leave them empty."));
        return;
    }
    m_banner->show(Banner::Kind::Info, {});
    AuditLog::Filter f;
    f.actor = m_person->currentData().toString();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        f.actions = AuditVocabulary::actionsOf(AuditVocabulary::Kind(kind));
    f.clientId = m_client->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    m_model->setFilter(f);
    // The first page at once; later pages arrive as the view scrolls.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void AuditLogPage::verify()
{
    AuditLog log(m_workspace.database());
    if (const std::optional<AuditLog::Break> b = log.verify())
        m_banner->showError(
            tr("The audit log is broken at entry %1: it was altered or entries were removed.").arg(b->seq));
    else
        m_banner->show(Banner::Kind::Success,
                       tr("The audit log is intact (%n entries).", nullptr, int(log.count())));
}

} // namespace kq::ui
