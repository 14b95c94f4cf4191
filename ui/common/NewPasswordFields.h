#pragma once

#include "core/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kq::ui {

// A new password typed twice, with a live strength hint from the model's PasswordPolicy.
// Used wherever a password is chosen: set-up, new account, reset, change.
class NewPasswordFields : public QWidget {
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget* parent = nullptr);

    // The username the password must not contain.
    void setUsername(const QString& username);
    QString password() const;
    // Empty when acceptable; else what is wrong, naming "password" or "confirm-password".
    std::optional<Error> problem() const;
    void clear();
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }

Q_SIGNALS:
    void changed();

private:
    void updateHint();

    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_hint;
    QString m_username;
};

} // namespace kq::ui
