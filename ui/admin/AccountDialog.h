#pragma once

#include "auth/Role.h"
#include "common/FieldMarks.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kq {
class AccountService;
}

namespace kq::ui {

class Banner;
class NewPasswordFields;

// Creates a staff account: username, display name, role and a first password that the person
// changes after signing in.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    AccountDialog(AccountService& service, QWidget* parent = nullptr);
    void accept() override;

private:
    AccountService& m_service;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    NewPasswordFields* m_password;
    Banner* m_banner;
    FieldMarks m_marks; // the field the last refusal named
};

} // namespace kq::ui
