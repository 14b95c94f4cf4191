#pragma once

#include <QDialog>

namespace kq {
class AccountService;
}

namespace kq::ui {

class Banner;
class NewPasswordFields;

// Sets a new password for a staff member who forgot theirs (account managers only).
class PasswordResetDialog : public QDialog {
    Q_OBJECT
public:
    PasswordResetDialog(AccountService& service, const QString& username, const QString& displayName,
                        QWidget* parent = nullptr);
    void accept() override;

private:
    AccountService& m_service;
    QString m_username;
    NewPasswordFields* m_password;
    Banner* m_banner;
};

} // namespace kq::ui
