#include "BackupPage.h"

#include "BackupDialog.h"
#include "RestoreDialog.h"
#include "audit/AuditLog.h"
#include "audit/AuditVocabulary.h"
#include "common/AppSettings.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "store/Backup.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
constexpr int kHistoryRows = 50;
}

BackupPage::BackupPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_last(new QLabel(this)), m_reminder(new Banner(this)),
      m_reminderDays(new QSpinBox(this)), m_backUp(new QPushButton(tr("&Back up now…"), this)),
      m_restore(new QPushButton(tr("&Restore from a backup…"), this)), m_banner(new Banner(this)),
      m_history(new QTableWidget(0, 3, this))
{
    m_last->setObjectName(QStringLiteral("lastBackup"));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reminder->setObjectName(QStringLiteral("backupReminder"));
    m_reminder->hide();
    m_banner->setObjectName(QStringLiteral("backupPageBanner"));
    m_banner->hide();
    m_reminderDays->setObjectName(QStringLiteral("backupReminderDays"));
    m_reminderDays->setRange(1, 90);
    m_reminderDays->setSuffix(tr(" days"));
    m_reminderDays->setValue(AppSettings::backupReminderDays());
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_history->setObjectName(QStringLiteral("backupHistory"));
    m_history->setAccessibleName(tr("Backups and restores"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    ColumnFit::install(m_history, 2); // what
    tabLeavesTable(m_history);

    auto* lastBox = new QGroupBox(tr("Last backup"), this);
    auto* lastLayout = new QVBoxLayout(lastBox);
    lastLayout->addWidget(m_last);
    lastLayout->addWidget(m_reminder);
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("Re&mind when the last backup is older than:"), m_reminderDays);
    lastLayout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    lastLayout->addLayout(buttons);

    auto* historyBox = new QGroupBox(tr("Backups and restores (audit log)"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(lastBox);
    layout->addWidget(historyBox, 1);

    connect(m_backUp, &QPushButton::clicked, this, &BackupPage::backUp);
    connect(m_restore, &QPushButton::clicked, this, &BackupPage::restore);
    connect(m_reminderDays, &QSpinBox::valueChanged, this, [this](int days) {
        AppSettings::setBackupReminderDays(days);
        if (m_workspace.isOpen())
            reload();
    });
    tabInLayoutOrder(this);
}

QString BackupPage::reminderText(Workspace& workspace)
{
    if (!workspace.isOpen() || !workspace.actor().can(Permission::ManageCentre))
        return {};
    const std::optional<Backup::Last> last = Backup::lastBackup(workspace.database());
    const int days = AppSettings::backupReminderDays();
    const QDateTime now = workspace.clock().now();
    if (!Backup::isOverdue(last, now, days))
        return {};
    // One line on the overview, even at a large font: the page itself says more.
    if (!last)
        return tr("No backup has been made yet: make one on the Backups page.");
    return tr("The last backup was made %n day(s) ago: make a new one on the Backups page.", nullptr,
              int(last->at.daysTo(now)));
}

void BackupPage::reload()
{
    Database& db = m_workspace.database();
    if (const std::optional<Backup::Last> last = Backup::lastBackup(db))
        m_last->setText(tr("%1, to %2 (%3).")
                            .arg(dateTimeText(last->at), QDir::toNativeSeparators(last->file),
                                 QLocale().formattedDataSize(last->bytes)));
    else
        m_last->setText(tr("No backup of this database has been made yet."));
    const QString reminder = reminderText(m_workspace);
    if (reminder.isEmpty())
        m_reminder->hide();
    else
        m_reminder->show(Banner::Kind::Error, reminder);

    AuditLog::Filter filter;
    filter.actions = {QStringLiteral("backup"), QStringLiteral("restore")};
    const Result<QList<AuditEntry>> entries = AuditLog(db).page(m_workspace.actor(), filter, kHistoryRows);
    m_history->setRowCount(0);
    if (!entries) {
        m_banner->showError(entries.error().message);
        return;
    }
    m_history->setRowCount(int(entries.value().size()));
    for (int row = 0; row < m_history->rowCount(); ++row) {
        const AuditEntry& e = entries.value()[row];
        m_history->setItem(row, 0, new QTableWidgetItem(dateTimeText(e.at)));
        const QString who = AuditVocabulary::builtInActorName(e.actor);
        m_history->setItem(row, 1, new QTableWidgetItem(who.isEmpty() ? e.actor : who));
        m_history->setItem(row, 2, new QTableWidgetItem(AuditVocabulary::actionName(e.action, e.entity)));
    }
}

void BackupPage::clearData()
{
    m_last->clear();
    m_reminder->hide();
    m_banner->hide();
    m_history->setRowCount(0);
}

void BackupPage::activate()
{
    m_backUp->setFocus();
}

void BackupPage::backUp()
{
    BackupDialog dialog(m_workspace, this);
    dialog.exec();
    reload();
}

void BackupPage::restore()
{
    RestoreDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::optional<BackupRestore::Prepared> prepared = dialog.takePrepared();
    if (!prepared)
        return;
    if (!isSignalConnected(QMetaMethod::fromSignal(&BackupPage::restoreRequested))) {
        BackupRestore::discard(*prepared); // no window to close the store: nothing may be left behind
        return;
    }
    Q_EMIT restoreRequested(*prepared);
}

} // namespace kq::ui
