#pragma once

#include "store/Backup.h"

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

// Backs up the signed-in store to a file the supervisor picks (model/store/Backup). The copy and
// its check run on a worker thread with a connection of their own, with the stage shown, so the
// window keeps working; the audit entry is written here afterwards. Says where the backup went and
// how large it is. The person's password is asked for because the copy is checked by opening it
// with that password, as a restore will.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~BackupDialog() override;

    // Where the file chooser starts, and the name suggested: kangqiao-<centre code>-<date>.kqbak.
    static QString suggestedPath(Workspace& workspace);
    bool isRunning() const;

    void reject() override;

Q_SIGNALS:
    // The backup was written and recorded (ok) or refused (the banner says why).
    void finished(bool ok);

private:
    void browse();
    void start();
    void showStage(Backup::Stage stage);
    void done();
    void setRunning(bool running);

    Workspace& m_workspace;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLineEdit* m_password;
    QLabel* m_stage;
    QProgressBar* m_progress;
    Banner* m_banner;
    QDialogButtonBox* m_buttons;
    QPushButton* m_start;
    QFutureWatcher<void> m_watcher;
    std::optional<Result<Backup::Written>> m_result; // set by the worker, read when it has finished
    std::unique_ptr<BusyTaskScope> m_busy;           // holds off the idle lock while the worker runs
    std::unique_ptr<SecureBytes> m_secret;           // the password, until the worker is done with it
    std::unique_ptr<Backup::Job> m_job;
};

} // namespace kq::ui
