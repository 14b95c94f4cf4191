#pragma once

#include <QDialog>

class QLineEdit;

namespace kq {
class AccountService;
}

namespace kq::ui {

class Banner;
class NewPasswordFields;

// The signed-in person changes their own password (rewrites only their key slot).
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(AccountService& service, const QString& username, QWidget* parent = nullptr);
    void accept() override;

private:
    AccountService& m_service;
    QLineEdit* m_current;
    NewPasswordFields* m_password;
    Banner* m_banner;
};

} // namespace kq::ui
