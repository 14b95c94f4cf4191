#include "BackupDialog.h"

#include "centre/CentreRepository.h"
#include "common/Banner.h"
#include "common/BusyState.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "core/Clock.h"
#include "store/StorePaths.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kq::ui {

BackupDialog::BackupDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Choose…"), this)), m_password(new QLineEdit(this)),
      m_stage(new QLabel(this)), m_progress(new QProgressBar(this)), m_banner(new Banner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_start(m_buttons->addButton(tr("&Back up"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Back up the database"));
    setObjectName(QStringLiteral("backupDialog"));
    auto* intro = new QLabel(tr("The backup is an encrypted copy of this workstation's records and its key "
                                "file (FILE and FILE.keys). The same passwords and the recovery key open "
                                "it. Keep it on a drive that stays in the centre, locked away."),
                             this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setText(suggestedPath(workspace));
    m_file->setAccessibleName(tr("Backup file"));
    m_browse->setObjectName(QStringLiteral("chooseBackupFile"));
    m_password->setObjectName(QStringLiteral("backupPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Your password"));
    m_password->setToolTip(tr("The copy is checked by opening it with your password, as a restore will."));
    m_stage->setObjectName(QStringLiteral("backupStage"));
    m_stage->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 3);
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->hide();
    m_banner->setObjectName(QStringLiteral("backupBanner"));
    m_banner->hide();
    m_start->setObjectName(QStringLiteral("startBackup"));
    m_start->setDefault(true);

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
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackupDialog::done);
    tabInLayoutOrder(this);
    m_password->setFocus();
}

BackupDialog::~BackupDialog()
{
    m_watcher.waitForFinished(); // it reads m_job and m_secret
}

QString BackupDialog::suggestedPath(Workspace& workspace)
{
    QString code;
    if (workspace.isOpen())
        if (std::optional<CentreProfile> c = CentreRepository(workspace.journal()).load())
            code = c->code;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString day = workspace.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString name = code.isEmpty() ? QStringLiteral("kangqiao-%1.kqbak").arg(day)
                                        : QStringLiteral("kangqiao-%1-%2.kqbak").arg(code, day);
    return QDir(folder).filePath(name);
}

bool BackupDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void BackupDialog::reject()
{
    if (isRunning())
        return; // a half-done copy is removed by the worker itself; let it finish
    QDialog::reject();
}

void BackupDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up to"), m_file->text(),
                                                      tr("Kangqiao backups (*.kqbak);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void BackupDialog::start()
{
    if (isRunning())
        return;
    const QString out = m_file->text().trimmed();
    if (out.isEmpty()) {
        m_banner->showError(tr("Choose the file to back up to."));
        m_file->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_banner->showError(tr("Enter your password: the copy is checked by opening it with it."));
        m_password->setFocus();
        return;
    }
    // The person chose the file, maybe in a file chooser that already asked about replacing it.
    Result<Backup::Job> job = Backup::prepare(m_workspace, out, /*replace=*/false);
    if (!job) {
        const Error& e = job.error();
        m_banner->showError(e.code == Backup::OutputExists
                                ? tr("%1 already exists. Choose another name; an older backup is never "
                                     "overwritten from here.")
                                      .arg(QFileInfo(out).absoluteFilePath())
                                : e.message);
        return;
    }
    m_job = std::make_unique<Backup::Job>(job.take());
    m_secret = std::make_unique<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
    m_password->clear();
    m_banner->hide();
    setRunning(true);
    showStage(Backup::Stage::Copying);
    const Backup::Job* const jobPtr = m_job.get();
    const SecureBytes* const secret = m_secret.get();
    m_result.reset();
    m_watcher.setFuture(QtConcurrent::run([this, jobPtr, secret] {
        m_result.emplace(Backup::copy(*jobPtr, *secret, [this](Backup::Stage stage) {
            QMetaObject::invokeMethod(
                this, [this, stage] { showStage(stage); }, Qt::QueuedConnection);
        }));
    }));
}

void BackupDialog::showStage(Backup::Stage stage)
{
    // Reports are queued before the worker's result, so none arrives after done().
    switch (stage) {
    case Backup::Stage::Copying:
        m_progress->setValue(0);
        m_stage->setText(tr("Copying the database… (step 1 of 3)"));
        break;
    case Backup::Stage::Checking:
        m_progress->setValue(1);
        m_stage->setText(tr("Checking the copy: opening it with your password and checking every page… "
                            "(step 2 of 3)"));
        break;
    case Backup::Stage::Finishing:
        m_progress->setValue(2);
        m_stage->setText(tr("Writing it to the disk… (step 3 of 3)"));
        break;
    }
}

void BackupDialog::done()
{
    const Result<Backup::Written> written =
        m_result ? *m_result
                 : Result<Backup::Written>(Error{tr("The backup stopped unexpectedly."),
                                                 QStringLiteral("out"), Backup::WriteFailed});
    m_result.reset();
    m_secret.reset();
    m_job.reset();
    setRunning(false);
    if (!written) {
        m_stage->clear();
        m_banner->showError(tr("No backup was made: %1").arg(written.error().message));
        Q_EMIT finished(false);
        return;
    }
    if (Result<void> recorded = Backup::record(m_workspace, written.value()); !recorded) {
        m_banner->showError(recorded.error().message);
        Q_EMIT finished(false);
        return;
    }
    const Backup::Written& w = written.value();
    m_progress->setValue(3);
    m_stage->clear();
    m_banner->show(Banner::Kind::Success,
                   tr("Backed up to %1 (%2), with its key file %3. The copy opened with your password and "
                      "passed its checks (%n audit entries).",
                      nullptr, int(w.auditEntries))
                       .arg(QDir::toNativeSeparators(w.database), QLocale().formattedDataSize(w.bytes),
                            QDir::toNativeSeparators(StorePaths{w.database}.keySlots())));
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    Q_EMIT finished(true);
}

void BackupDialog::setRunning(bool running)
{
    if (running)
        m_busy = std::make_unique<BusyTaskScope>();
    else
        m_busy.reset();
    m_progress->setVisible(true);
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_password->setEnabled(!running);
    m_start->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

} // namespace kq::ui
