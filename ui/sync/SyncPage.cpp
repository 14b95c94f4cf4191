#include "SyncPage.h"

#include "EnrolDialog.h"
#include "SyncSession.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/DateText.h"
#include "platform/ConflictResolver.h"
#include "platform/ConflictStore.h"
#include "platform/SyncState.h"
#include "store/Outbox.h"
#include "store/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
// A wire value as a person reads it: text as it is, empty as a dash.
QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? SyncPage::tr("yes") : SyncPage::tr("no");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

SyncPage::SyncPage(Workspace& workspace, SyncSession& session, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_session(session), m_banner(new Banner(this)),
      m_link(new QLabel(this)), m_state(new QLabel(this)), m_syncNow(new QPushButton(tr("Sync &now"), this)),
      m_enrol(new QPushButton(tr("&Connect to the platform…"), this)), m_conflicts(new QTableWidget(this)),
      m_keepPlatform(new QPushButton(tr("Keep the &platform's value"), this)),
      m_keepOurs(new QPushButton(tr("Keep &this workstation's value"), this)),
      m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    tabLeavesTable(m_conflicts);
    m_keepPlatform->setObjectName(QStringLiteral("keepPlatform"));
    m_keepOurs->setObjectName(QStringLiteral("keepOurs"));
    m_dismiss->setObjectName(QStringLiteral("dismissConflict"));
    m_link->setWordWrap(true);
    m_state->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* platformBox = new QGroupBox(tr("Platform"), this);
    auto* platform = new QVBoxLayout(platformBox);
    platform->addWidget(m_link);
    platform->addWidget(m_state);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_syncNow);
    actions->addWidget(m_enrol);
    actions->addStretch(1);
    platform->addLayout(actions);

    m_conflicts->setColumnCount(6);
    m_conflicts->setHorizontalHeaderLabels({tr("Record"), tr("Client"), tr("Field"), tr("Platform's value"),
                                            tr("This workstation's value"), tr("Noticed")});
    m_conflicts->setAccessibleName(tr("Conflicts to resolve"));
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->verticalHeader()->hide();
    ColumnFit::install(m_conflicts);
    auto* conflictBox = new QGroupBox(tr("Conflicts to resolve"), this);
    auto* conflictLayout = new QVBoxLayout(conflictBox);
    auto* explain =
        new QLabel(tr("Another workstation changed the same field, or the platform refused a change. "
                      "Nothing was overwritten: choose which value the record keeps."),
                   this);
    explain->setWordWrap(true);
    conflictLayout->addWidget(explain);
    conflictLayout->addWidget(m_conflicts, 1);
    auto* resolve = new QHBoxLayout;
    resolve->addWidget(m_keepPlatform);
    resolve->addWidget(m_keepOurs);
    resolve->addWidget(m_dismiss);
    resolve->addStretch(1);
    conflictLayout->addLayout(resolve);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(platformBox);
    layout->addWidget(conflictBox, 1);

    connect(m_syncNow, &QPushButton::clicked, &m_session, &SyncSession::syncNow);
    connect(m_enrol, &QPushButton::clicked, this, &SyncPage::enrol);
    connect(&m_session, &SyncSession::statusChanged, this, &SyncPage::showStatus);
    connect(&m_session, &SyncSession::roundFinished, this, [this](bool ok, const QString& error) {
        if (ok)
            m_banner->show(Banner::Kind::Success, tr("Synced with the platform."));
        else
            m_banner->showError(error);
        if (isVisible())
            reload();
    });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncPage::selectionChanged);
    connect(m_keepPlatform, &QPushButton::clicked, this,
            [this] { resolveSelected(int(ConflictResolver::Choice::KeepPlatform)); });
    connect(m_keepOurs, &QPushButton::clicked, this,
            [this] { resolveSelected(int(ConflictResolver::Choice::KeepOurs)); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { resolveSelected(int(ConflictResolver::Choice::Dismiss)); });
    selectionChanged();
    tabInLayoutOrder(this);
}

void SyncPage::activate()
{
    if (m_conflicts->rowCount() > 0)
        m_conflicts->setFocus();
    else
        m_syncNow->setFocus();
}

void SyncPage::clearData()
{
    m_link->clear();
    m_state->clear();
    m_conflicts->setRowCount(0);
    m_shown.clear();
    selectionChanged();
}

void SyncPage::reload()
{
    if (!m_workspace.isOpen())
        return;
    showStatus();
    const Actor& actor = m_workspace.actor();
    ConflictResolver resolver(m_workspace.journal());
    m_shown = ConflictStore(m_workspace.database()).open();
    m_conflicts->setRowCount(0);
    for (const SyncConflict& c : std::as_const(m_shown)) {
        const QString client = resolver.clientNameOf(actor, c.entity, c.recordId);
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            const int row = m_conflicts->rowCount();
            m_conflicts->insertRow(row);
            const bool rejected = c.kind == SyncConflict::Kind::Rejected;
            const QJsonObject pair = it.value().toObject();
            const QStringList cells{
                ConflictResolver::entityName(c.entity),
                client,
                ConflictResolver::fieldName(it.key()),
                rejected
                    ? tr("(refused: %1)")
                          .arg(c.reasons.isEmpty()
                                   ? QString()
                                   : c.reasons.first().toObject().value(QStringLiteral("message")).toString())
                    : shown(pair.value(QStringLiteral("server"))),
                shown(rejected ? it.value() : pair.value(QStringLiteral("yours"))),
                dateTimeText(c.createdAt)};
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                item->setData(Qt::UserRole, c.id);
                m_conflicts->setItem(row, col, item);
            }
        }
    }
    selectionChanged();
}

void SyncPage::showStatus()
{
    if (!m_workspace.isOpen())
        return;
    const std::optional<PlatformLink> link = SyncState(m_workspace.database()).link();
    const bool enrolled = link && link->isEnrolled();
    m_link->setText(enrolled ? tr("Centre %1 (%2) at %3 · this workstation: %4 · connected %5")
                                   .arg(link->centreName, link->centreCode, link->server, link->deviceName,
                                        dateTimeText(link->enrolledAt))
                             : tr("This workstation is not connected to a platform. Records stay on this "
                                  "computer until it is."));
    const sync::SyncEngine::Status s = m_session.status();
    QStringList lines{tr("State: %1").arg(sync::SyncEngine::describe(s.state)),
                      tr("Changes waiting to be sent: %1").arg(Outbox::countText(s.pending)),
                      s.lastSuccess.isValid() ? tr("Last synced: %1").arg(dateTimeText(s.lastSuccess))
                                              : tr("Never synced")};
    if (!s.lastError.isEmpty())
        lines << tr("Last error: %1").arg(s.lastError);
    m_state->setText(lines.join(u'\n'));
    m_syncNow->setEnabled(enrolled && m_session.isRunning());
    m_enrol->setVisible(m_workspace.actor().can(Permission::ManageCentre));
    m_enrol->setText(enrolled ? tr("&Connect again…") : tr("&Connect to the platform…"));
}

void SyncPage::enrol()
{
    EnrolDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_banner->show(Banner::Kind::Success, tr("Connected to the platform; the first sync has started."));
        reload();
    }
}

void SyncPage::selectionChanged()
{
    const QList<QTableWidgetItem*> items = m_conflicts->selectedItems();
    const QString id = items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
    bool rejected = false;
    for (const SyncConflict& c : std::as_const(m_shown))
        if (c.id == id)
            rejected = c.kind == SyncConflict::Kind::Rejected;
    m_keepPlatform->setEnabled(!id.isEmpty() && !rejected);
    m_keepOurs->setEnabled(!id.isEmpty() && !rejected);
    m_dismiss->setEnabled(!id.isEmpty() && rejected);
}

void SyncPage::resolveSelected(int choice)
{
    const QList<QTableWidgetItem*> items = m_conflicts->selectedItems();
    if (items.isEmpty())
        return;
    const Result<void> r = ConflictResolver(m_workspace.journal())
                               .resolve(m_workspace.actor(), items.first()->data(Qt::UserRole).toString(),
                                        ConflictResolver::Choice(choice));
    if (!r) {
        m_banner->showError(r.error().message);
        return;
    }
    m_banner->show(Banner::Kind::Success,
                   tr("Resolved; the decision goes to the platform with the next sync."));
    reload();
    m_session.syncNow();
}

} // namespace kq::ui
