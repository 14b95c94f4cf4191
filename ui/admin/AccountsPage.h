#pragma once

#include "shell/WorkspacePage.h"

class QPushButton;
class QTableView;

namespace kq {
class AccountListModel;
class Workspace;
} // namespace kq

namespace kq::ui {

class Banner;

// Staff accounts: create, reset a password, change a role, disable (which re-keys the store).
class AccountsPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit AccountsPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Accounts"); }
    void reload() override;
    void clearData() override;

private:
    void createAccount();
    void resetPassword();
    void changeRole();
    void disableAccount();
    void updateButtons();
    QString selectedUsername() const;

    Workspace& m_workspace;
    AccountListModel* m_model;
    QTableView* m_view;
    Banner* m_banner;
    QPushButton* m_create;
    QPushButton* m_reset;
    QPushButton* m_role;
    QPushButton* m_disable;
};

} // namespace kq::ui
