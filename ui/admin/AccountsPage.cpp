#include "AccountsPage.h"

#include "AccountDialog.h"
#include "PasswordResetDialog.h"
#include "accounts/AccountListModel.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountService.h"
#include "common/Banner.h"
#include "common/BusyTask.h"
#include "common/ColumnFit.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "store/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kq::ui {

AccountsPage::AccountsPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_model(new AccountListModel(this)),
      m_view(new QTableView(this)), m_banner(new Banner(this)),
      m_create(new QPushButton(tr("&New account…"), this)),
      m_reset(new QPushButton(tr("&Reset password…"), this)),
      m_role(new QPushButton(tr("Change r&ole…"), this)), m_disable(new QPushButton(tr("&Disable…"), this))
{
    m_view->setObjectName(QStringLiteral("accountsView"));
    tabLeavesTable(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    ColumnFit::install(m_view);
    m_view->setAccessibleName(tr("Staff accounts"));
    m_create->setObjectName(QStringLiteral("newAccount"));
    m_disable->setObjectName(QStringLiteral("disableAccount"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_create, m_reset, m_role, m_disable})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_create, &QPushButton::clicked, this, &AccountsPage::createAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &AccountsPage::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPage::disableAccount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateButtons);
    updateButtons();
    tabInLayoutOrder(this);
}

void AccountsPage::reload()
{
    m_model->setAccounts(AccountRepository(m_workspace.journal()).list());
}

void AccountsPage::clearData()
{
    m_model->setAccounts({});
    m_banner->show(Banner::Kind::Info, {});
}

QString AccountsPage::selectedUsername() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void AccountsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Account* a = rows.isEmpty() ? nullptr : m_model->accountAt(rows.first().row());
    const bool activeOther = a && a->active && a->username != m_workspace.actor().username;
    m_reset->setEnabled(a && a->active);
    m_role->setEnabled(a && a->active);
    m_disable->setEnabled(activeOther);
}

void AccountsPage::createAccount()
{
    AccountService service(m_workspace);
    AccountDialog dialog(service, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_banner->show(Banner::Kind::Success, tr("The account was created."));
    }
}

void AccountsPage::resetPassword()
{
    const Account* a = m_model->accountAt(m_view->currentIndex().row());
    if (!a)
        return;
    AccountService service(m_workspace);
    PasswordResetDialog dialog(service, a->username, a->displayName, this);
    if (dialog.exec() == QDialog::Accepted)
        m_banner->show(Banner::Kind::Success, tr("The password of %1 was reset.").arg(a->username));
}

void AccountsPage::changeRole()
{
    const Account* a = m_model->accountAt(m_view->currentIndex().row());
    if (!a)
        return;
    QStringList names;
    for (Role r : allRoles())
        names << roleName(r);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(a->displayName), names,
                              int(allRoles().indexOf(a->role)), false, &ok);
    if (!ok)
        return;
    const Role role = allRoles().value(names.indexOf(chosen), a->role);
    const QString username = a->username;
    if (Result<void> r = AccountService(m_workspace).setRole(username, role); !r) {
        m_banner->showError(r.error().message);
        return;
    }
    reload();
    m_banner->show(Banner::Kind::Success, tr("%1 is now: %2.").arg(username, roleName(role)));
}

void AccountsPage::disableAccount()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Disable account"),
        tr("Disable %1? They will no longer be able to sign in, and the database is re-encrypted with a new "
           "key "
           "so that a key they may have copied stops working. Their records and audit entries are kept.")
            .arg(username),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Result<void> r = runBusy(this, [&] { return AccountService(m_workspace).disable(username); });
    reload();
    if (!r)
        m_banner->showError(r.error().message);
    else
        m_banner->show(Banner::Kind::Success, tr("%1 was disabled and the database re-keyed.").arg(username));
}

} // namespace kq::ui
