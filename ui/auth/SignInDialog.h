#pragma once

#include <QDialog>

namespace kq {
class Workspace;
}

namespace kq::ui {

class SignInForm;

// The dialog shown at start-up (and after signing out).
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr);
    SignInForm* form() const { return m_form; }

    void reject() override;

private:
    SignInForm* m_form;
};

} // namespace kq::ui
