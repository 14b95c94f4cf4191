#include "RestoreDialog.h"

#include "audit/AuditLog.h"
#include "common/Banner.h"
#include "common/BusyState.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "core/DateText.h"
#include "store/Outbox.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kq::ui {

RestoreDialog::RestoreDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Choose…"), this)), m_password(new QLineEdit(this)),
      m_check(new QPushButton(tr("C&heck the backup"), this)), m_progress(new QProgressBar(this)),
      m_banner(new Banner(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_replace(m_buttons->addButton(tr("&Replace the database"), QDialogButtonBox::DestructiveRole))
{
    setWindowTitle(tr("Restore from a backup"));
    setObjectName(QStringLiteral("restoreDialog"));
    auto* intro =
        new QLabel(tr("Choose a backup (its .keys file must be next to it). It is checked with your "
                      "account before anything is replaced; then you are told what will be "
                      "replaced and decide."),
                   this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("restoreFile"));
    m_file->setAccessibleName(tr("Backup file"));
    m_browse->setObjectName(QStringLiteral("chooseRestoreFile"));
    m_password->setObjectName(QStringLiteral("restorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    m_check->setObjectName(QStringLiteral("checkBackup"));
    m_check->setDefault(true);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setRange(0, 0); // one step whose length is not known: copy, key derivation, check
    m_progress->setAccessibleName(tr("Checking the backup"));
    m_progress->hide();
    m_banner->setObjectName(QStringLiteral("restoreBanner"));
    m_banner->hide();
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_replace->setObjectName(QStringLiteral("replaceDatabase"));
    m_replace->setEnabled(false);
    m_replace->setAutoDefault(false);

    auto* fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("Backup &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    addLabelledRow(form, tr("Your &password:"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &RestoreDialog::check);
    connect(m_replace, &QPushButton::clicked, this, &RestoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    // Whatever was checked belongs to the file and password it was checked with.
    connect(m_file, &QLineEdit::textEdited, this, &RestoreDialog::forgetCheckedCopy);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &RestoreDialog::done);
    tabInLayoutOrder(this);
    m_file->setFocus();
}

RestoreDialog::~RestoreDialog()
{
    m_watcher.waitForFinished();
    if (m_result && *m_result)
        BackupRestore::discard(m_result->value());
    if (m_prepared)
        BackupRestore::discard(*m_prepared);
}

bool RestoreDialog::isChecking() const
{
    return m_watcher.isRunning();
}

std::optional<BackupRestore::Prepared> RestoreDialog::takePrepared()
{
    return std::exchange(m_prepared, std::nullopt);
}

void RestoreDialog::reject()
{
    if (isChecking())
        return; // the worker removes its copy when it fails; let it finish
    forgetCheckedCopy();
    QDialog::reject();
}

void RestoreDialog::browse()
{
    QString start = m_file->text();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from"), start,
                                                      tr("Kangqiao backups (*.kqbak);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    forgetCheckedCopy();
}

void RestoreDialog::forgetCheckedCopy()
{
    if (m_prepared)
        BackupRestore::discard(*std::exchange(m_prepared, std::nullopt));
    m_replace->setEnabled(false);
    m_summary->hide();
}

void RestoreDialog::check()
{
    if (isChecking())
        return;
    forgetCheckedCopy();
    const QString from = m_file->text().trimmed();
    if (from.isEmpty()) {
        m_banner->showError(tr("Choose the backup to restore."));
        m_file->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_banner->showError(tr("Enter your password: the backup is opened with your account to check it."));
        m_password->setFocus();
        return;
    }
    m_secret = std::make_unique<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
    m_password->clear();
    m_banner->hide();
    setChecking(true);
    const QString database = m_workspace.paths().database;
    const QString username = m_workspace.actor().username;
    const SecureBytes* const secret = m_secret.get();
    const Clock& clock = m_workspace.clock();
    m_result.reset();
    m_watcher.setFuture(QtConcurrent::run([this, from, database, username, secret, &clock] {
        m_result.emplace(BackupRestore::prepare(from, database, username, *secret, /*replace=*/true, clock));
    }));
}

void RestoreDialog::done()
{
    m_secret.reset();
    setChecking(false);
    std::optional<Result<BackupRestore::Prepared>> result = std::exchange(m_result, std::nullopt);
    if (!result || !*result) {
        m_banner->showError(tr("This backup cannot be restored; nothing was changed. %1")
                                .arg(result ? result->error().message : QString()));
        Q_EMIT checked(false);
        return;
    }
    m_prepared = result->take();
    const BackupRestore::Prepared& p = *m_prepared;
    Database& db = m_workspace.database();
    const QList<AuditEntry> last = AuditLog(db).recent(1);
    const qint64 unsent = Outbox(db).pendingCount();
    QString points =
        tr("<li>This workstation's database <b>%1</b> (last change recorded %2) is replaced by the "
           "backup. Everything recorded after the backup was written is not in it.</li>")
            .arg(QDir::toNativeSeparators(p.database).toHtmlEscaped(),
                 last.isEmpty() ? tr("never") : dateTimeText(last.first().at));
    if (p.replaces)
        points +=
            tr("<li>The current database is kept, with its key file, as <b>%1.before-restore-&lt;date&gt;-"
               "&lt;time&gt;</b> next to it: nothing is deleted.</li>")
                .arg(QFileInfo(p.database).fileName().toHtmlEscaped());
    if (unsent > 0)
        points += tr("<li>%n change(s) not yet sent to the platform are not in the backup and will not be "
                     "sent.</li>",
                     nullptr, int(unsent));
    points += tr("<li>Everyone is signed out: sign in again afterwards.</li>");
    m_summary->setText(
        tr("<p><b>The backup passed its checks.</b> %1 was written %2 and holds %n audit "
           "entries.</p><p>If you replace the database:</p><ul>%3</ul>",
           nullptr, int(p.auditEntries))
            .arg(QDir::toNativeSeparators(p.from).toHtmlEscaped(), dateTimeText(p.writtenAt), points));
    m_summary->show();
    m_replace->setEnabled(true);
    m_replace->setFocus();
    Q_EMIT checked(true);
}

void RestoreDialog::setChecking(bool checking)
{
    if (checking)
        m_busy = std::make_unique<BusyTaskScope>();
    else
        m_busy.reset();
    m_progress->setVisible(checking);
    m_file->setEnabled(!checking);
    m_browse->setEnabled(!checking);
    m_password->setEnabled(!checking);
    m_check->setEnabled(!checking);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!checking);
}

} // namespace kq::ui
