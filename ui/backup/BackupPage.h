#pragma once

#include "shell/WorkspacePage.h"
#include "store/BackupRestore.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// Backup and restore for supervisors and administrators (Permission::ManageCentre; decision 0021):
// when the last backup was made and where it went, a reminder when it is older than the days set
// here, *Back up now…* (BackupDialog), *Restore from a backup…* (RestoreDialog) and the backups
// and restores in the audit log.
class BackupPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit BackupPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Backups"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    // The reminder to show when the store's last backup is older than the days set (or there is
    // none yet); empty when none is due or the signed-in role does not make backups.
    static QString reminderText(Workspace& workspace);

    void backUp();
    void restore();

Q_SIGNALS:
    // The supervisor confirmed a restore whose copy has passed its check: the window closes the
    // store, puts the copy in place and signs everyone out (MainWindow::restoreBackup).
    void restoreRequested(const kq::BackupRestore::Prepared& prepared);

private:
    Workspace& m_workspace;
    QLabel* m_last;
    Banner* m_reminder;
    QSpinBox* m_reminderDays;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    Banner* m_banner;
    QTableWidget* m_history;
};

} // namespace kq::ui
