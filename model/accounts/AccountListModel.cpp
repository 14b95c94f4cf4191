#include "AccountListModel.h"

namespace kq {

void AccountListModel::setAccounts(QList<Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

const Account* AccountListModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& a = m_accounts[index.row()];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Username:
            return a.username;
        case DisplayName:
            return a.displayName;
        case RoleColumn:
            return roleName(a.role);
        case Status:
            return a.active ? tr("Active") : tr("Disabled");
        }
    }
    if (role == Qt::UserRole)
        return a.username;
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace kq
