#pragma once

#include <QDialog>

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class SignInForm;

// The dialog shown at start-up (and after signing out).
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(Workspace& workspace, QWidget* parent = nullptr);
    SignInForm* form() const { return m_form; }
    // A message from before this sign-in (a restored backup), above the form.
    void showNotice(const QString& text);

    void reject() override;

private:
    SignInForm* m_form;
    Banner* m_notice;
};

} // namespace kq::ui
