#pragma once

#include <QDialog>

namespace kq {
class Workspace;
}

namespace kq::ui {

class SignInForm;

// Shown when Kangqiao locks: only the person who was signed in can unlock (their unsaved forms are
// behind it), or they sign out. Application-modal, so it takes the keyboard even over a form that
// was open at the moment of locking; Escape does not close it.
class LockDialog : public QDialog {
    Q_OBJECT
public:
    LockDialog(Workspace& workspace, const QString& username, const QString& displayName,
               QWidget* parent = nullptr);
    SignInForm* form() const { return m_form; }
    void reject() override {}

Q_SIGNALS:
    void signOutRequested();

private:
    SignInForm* m_form;
};

} // namespace kq::ui
