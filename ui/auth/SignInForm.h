#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// Username and password, checked against the key slots off the GUI thread (Argon2id takes most of
// a second) with a busy indicator; shows the back-off countdown after repeated failures. Used by
// the start-up dialog and by the main window's lock screen.
class SignInForm : public QWidget {
    Q_OBJECT
public:
    explicit SignInForm(Workspace& workspace, QWidget* parent = nullptr);
    ~SignInForm() override;

    // Lock-screen mode: only this person may unlock (their unsaved work is behind the lock).
    void setLockedUser(const QString& username, const QString& displayName);
    void setUsername(const QString& username);
    void focusFirstEmpty();
    bool isBusy() const;

    QPushButton* submitButton() const { return m_submit; }

Q_SIGNALS:
    void signedIn();
    void busyChanged(bool busy);

private:
    void submit();
    void finish();
    void setBusy(bool busy);
    void updateBackoff();

    struct Pending;
    Workspace& m_workspace;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_who;
    Banner* m_banner;
    QProgressBar* m_busy;
    QPushButton* m_submit;
    QTimer m_countdown;
    QFutureWatcher<void> m_watcher;
    std::unique_ptr<Pending> m_pending;
};

} // namespace kq::ui
