#include "ClientsPage.h"

#include "ClientDetailWidget.h"
#include "ClientDialog.h"
#include "accounts/AccountRepository.h"
#include "clients/ClientListModel.h"
#include "clients/ClientVocabulary.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/CountyEdit.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "lifecycle/CaseActionDialog.h"
#include "lifecycle/CasePanel.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "sessions/SessionDialog.h"
#include "store/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kq::ui {

using namespace ClientVocabulary;

ClientsPage::ClientsPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_model(new ClientListModel(this)),
      m_stack(new QStackedWidget(this)), m_search(new QLineEdit(this)), m_ageGroup(new QComboBox(this)),
      m_risk(new QComboBox(this)), m_caseManager(new QComboBox(this)), m_status(new QComboBox(this)),
      m_county(new CountyEdit(this)), m_count(new QLabel(this)), m_notice(new Banner(this)),
      m_view(new QTableView(this)), m_detail(new ClientDetailWidget(workspace, this))
{
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search: name, pinyin or initials (zs), last digits of ID or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_ageGroup->setObjectName(QStringLiteral("ageGroupFilter"));
    m_risk->setObjectName(QStringLiteral("riskFilter"));
    m_caseManager->setObjectName(QStringLiteral("caseManagerFilter"));
    m_count->setObjectName(QStringLiteral("clientCount"));
    m_ageGroup->setAccessibleName(tr("Age group"));
    m_risk->setAccessibleName(tr("Risk level"));
    m_caseManager->setAccessibleName(tr("Case manager"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& key : statusKeys())
        m_status->addItem(statusName(key), key);
    m_county->setObjectName(QStringLiteral("countyFilter"));
    m_county->setAccessibleName(tr("County of residence"));
    m_county->setPlaceholderText(tr("Any county"));

    m_ageGroup->addItem(tr("All ages"), QString());
    for (AgeGroup g : {AgeGroup::Child, AgeGroup::Adolescent, AgeGroup::Adult, AgeGroup::Older})
        m_ageGroup->addItem(ageGroupName(g), ageGroupKey(g));
    m_risk->addItem(tr("Any risk level"), -2);
    for (int level = -1; level <= 5; ++level)
        m_risk->addItem(riskLevelName(level), level);

    m_view->setObjectName(QStringLiteral("clientList"));
    tabLeavesTable(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    ColumnFit::install(m_view);
    m_view->setAccessibleName(tr("Clients"));

    auto* registerButton = new QPushButton(tr("&Register client…"), this);
    registerButton->setObjectName(QStringLiteral("registerClient"));
    registerButton->setShortcut(QKeySequence::New);
    registerButton->setToolTip(tr("Register a new client (Ctrl+N)"));

    // Green channel (seed §6): an urgent referral must take seconds from wherever the client is shown.
    auto* greenChannel = new QPushButton(tr("&Green channel…"), this);
    greenChannel->setObjectName(QStringLiteral("greenChannel"));
    // The shortcut belongs to the page, not the button: the button hides with the list while a
    // client's record is open, and Ctrl+G must work there too.
    auto* greenChannelKey = new QAction(this);
    greenChannelKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    greenChannelKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(greenChannelKey);
    connect(greenChannelKey, &QAction::triggered, this, &ClientsPage::greenChannel);
    // Logging a session is the most frequent task of a case manager: one chord from the list (J for
    // 记录; Ctrl+L locks the window).
    auto* logSessionKey = new QAction(this);
    logSessionKey->setObjectName(QStringLiteral("logSessionAction"));
    logSessionKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    logSessionKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(logSessionKey);
    connect(logSessionKey, &QAction::triggered, this, &ClientsPage::logSession);
    greenChannel->setToolTip(tr("Urgent referral of the selected client to a psychiatric hospital (Ctrl+G)"));
    m_greenChannel = greenChannel;

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(greenChannel);
    searchRow->addWidget(registerButton);
    auto* filters = new QHBoxLayout;
    for (QWidget* f : {static_cast<QWidget*>(m_ageGroup), static_cast<QWidget*>(m_risk),
                       static_cast<QWidget*>(m_caseManager), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_county)})
        filters->addWidget(f, 1);
    auto* listPage = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_notice);
    m_notice->setObjectName(QStringLiteral("listNotice"));
    m_notice->hide();
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_view, 1);

    m_stack->addWidget(listPage);
    m_stack->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Each keystroke restarts a short timer, so fast typing runs one query, not one per key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &ClientsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() == 1)
            openClient(m_model->clientIdAt(0));
        else
            m_view->setFocus();
    });
    for (QComboBox* c : {m_ageGroup, m_risk, m_caseManager, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &ClientsPage::applyFilter);
    connect(m_county, &QLineEdit::editingFinished, this, &ClientsPage::applyFilter);
    connect(m_county, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_view, &QTableView::activated, this, &ClientsPage::openSelected);
    connect(registerButton, &QPushButton::clicked, this, &ClientsPage::registerClient);
    connect(greenChannel, &QPushButton::clicked, this, &ClientsPage::greenChannel);
    connect(m_detail, &ClientDetailWidget::backRequested, this, [this] {
        m_stack->setCurrentIndex(0);
        m_detail->clear();
        m_search->setFocus();
    });
    connect(m_detail, &ClientDetailWidget::edited, this, &ClientsPage::refreshList);
    connect(m_detail, &ClientDetailWidget::activityRequested, this, &ClientsPage::activityRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showCount(); });
    tabInLayoutOrder(this);
}

void ClientsPage::reload()
{
    const Actor& actor = m_workspace.actor();
    const bool clinical = actor.can(Permission::ViewClinicalRecords);
    m_risk->setVisible(clinical);
    m_greenChannel->setVisible(actor.can(LifecycleService::permissionFor(CaseAction::GreenChannel)));
    const QString current = m_caseManager->currentData().toString();
    m_caseManager->blockSignals(true);
    m_caseManager->clear();
    m_caseManager->addItem(tr("Any case manager"), QString());
    for (const Account& a : AccountRepository(m_workspace.journal()).list()) {
        if (roleAllows(a.role, Permission::EditClinicalRecords))
            m_caseManager->addItem(a.displayName, a.username);
    }
    m_model->setStaffNames(AccountRepository(m_workspace.journal()).displayNames());
    m_caseManager->setCurrentIndex(std::max(0, m_caseManager->findData(current)));
    m_caseManager->blockSignals(false);

    m_model->setSource(&m_workspace.database(), m_workspace.clock().now().toLocalTime().date(), clinical);
    m_view->setColumnHidden(ClientListModel::Risk, !clinical);
    applyFilter();
    if (!m_reopen.isEmpty())
        m_detail->showClient(std::exchange(m_reopen, QString()));
}

void ClientsPage::clearData()
{
    m_model->clear();
    // Remember which client was open so unlocking returns to it, but show nothing meanwhile.
    m_reopen = m_detail->clientId();
    m_detail->clear();
}

void ClientsPage::activate()
{
    if (m_stack->currentIndex() == 0)
        m_search->setFocus();
}

void ClientsPage::applyFilter()
{
    m_debounce.stop();
    ClientFilter f;
    f.text = m_search->text();
    f.ageGroup = m_ageGroup->currentData().toString();
    f.riskLevel = m_model->showsRisk() ? m_risk->currentData().toInt() : -2;
    f.caseManager = m_caseManager->currentData().toString();
    f.status = m_status->currentData().toString();
    f.county = m_county->code();
    m_model->setFilter(f);
    showCount();
}

void ClientsPage::refreshList()
{
    // The filter is unchanged but the records are not: query again (keeps the selected row).
    const int row = m_view->currentIndex().row();
    applyFilter();
    m_model->reload();
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
    showCount();
}

void ClientsPage::showCount()
{
    m_count->setText(m_model->totalIsExact() ? tr("%n client(s)", nullptr, int(m_model->totalCount()))
                                             : tr("More than %n clients; type more to narrow the list",
                                                  nullptr, int(ClientListModel::kCountCap)));
}

void ClientsPage::openSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        openClient(m_model->clientIdAt(index.row()));
}

QString ClientsPage::shownClientId() const
{
    return m_stack->currentWidget() == m_detail ? m_detail->clientId() : QString();
}

void ClientsPage::openClient(const QString& clientId)
{
    if (clientId.isEmpty())
        return;
    m_detail->showClient(clientId);
    m_stack->setCurrentIndex(1);
}

void ClientsPage::registerClient()
{
    ClientDialog dialog(m_workspace, ClientRecord{}, this);
    connect(&dialog, &ClientDialog::openExistingRequested, this, &ClientsPage::openClient);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshList();
    openClient(dialog.savedClientId());
}

void ClientsPage::greenChannel()
{
    if (!m_workspace.actor().can(LifecycleService::permissionFor(CaseAction::GreenChannel)))
        return; // the shortcut stays with the page; the role decides

    const bool inDetail = m_stack->currentIndex() == 1;
    QString clientId = m_detail->clientId();
    QString name;
    if (!inDetail) {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid()) {
            QMessageBox::information(this, tr("Green channel"), tr("Select the client in the list first."));
            return;
        }
        clientId = m_model->clientIdAt(index.row());
        name = m_model->index(index.row(), ClientListModel::Name).data().toString();
    }
    LifecycleService cases(m_workspace.journal());
    const std::optional<CaseFacts> facts = cases.facts(clientId);
    if (!facts)
        return;
    if (!LifecycleRules::fromStates(CaseAction::GreenChannel).contains(facts->state)) {
        QMessageBox::information(
            this, tr("Green channel"),
            tr("The green channel is for clients being assessed or in service; this client "
               "is “%1”.")
                .arg(CaseStates::name(facts->state)));
        return;
    }
    if (inDetail) {
        m_detail->casePanel()->run(CaseAction::GreenChannel);
        return;
    }
    CaseActionDialog dialog(m_workspace, clientId, name, CaseAction::GreenChannel, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshList();
}

void ClientsPage::logSession()
{
    if (!m_workspace.actor().can(Permission::EditClinicalRecords))
        return; // the shortcut stays with the page; the role decides
    if (m_stack->currentIndex() == 1) {
        m_detail->logSession();
        return;
    }
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        QMessageBox::information(this, tr("Log a session"), tr("Select the client in the list first."));
        return;
    }
    const QString clientId = m_model->clientIdAt(index.row());
    const QString name = m_model->index(index.row(), ClientListModel::Name).data().toString();
    SessionDialog dialog(m_workspace, clientId, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_view->setFocus();
    if (dialog.warnings().isEmpty())
        m_notice->show(Banner::Kind::Success, tr("Session logged for %1.").arg(name));
    else
        m_notice->show(
            Banner::Kind::Info,
            tr("Session logged for %1, but: %2").arg(name, dialog.warnings().join(QLatin1Char(' '))));
}

} // namespace kq::ui
