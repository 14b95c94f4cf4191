#pragma once

#include "store/BackupRestore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class BusyTaskScope;

// The first half of restoring a backup (model/store/BackupRestore): the supervisor picks the backup
// and gives their password; on a worker thread the backup is copied next to the store and checked
// with their account (a damaged, altered or foreign backup is refused here, with the reason, and
// nothing is changed). Then the dialog says what will be replaced and where the current store is
// kept, and only an explicit "Replace" accepts. The caller puts the checked copy in place once the
// store is closed (MainWindow::restoreBackup); a dialog closed without that discards the copy.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit RestoreDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    bool isChecking() const;
    // After accept(): the checked copy; the caller commits or discards it.
    std::optional<BackupRestore::Prepared> takePrepared();

    void reject() override;

Q_SIGNALS:
    // The check has finished: the backup passed (ok) or was refused (the banner says why).
    void checked(bool ok);

private:
    void browse();
    void check();
    void done();
    void setChecking(bool checking);
    void forgetCheckedCopy();

    Workspace& m_workspace;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLineEdit* m_password;
    QPushButton* m_check;
    QProgressBar* m_progress;
    Banner* m_banner;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_replace;
    QFutureWatcher<void> m_watcher;
    std::unique_ptr<BusyTaskScope> m_busy;
    std::unique_ptr<SecureBytes> m_secret;
    std::optional<Result<BackupRestore::Prepared>> m_result;
    std::optional<BackupRestore::Prepared> m_prepared;
};

} // namespace kq::ui
