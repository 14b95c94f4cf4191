#pragma once

#include "Account.h"

#include <QAbstractTableModel>
#include <QList>

namespace kq {

// Staff accounts for the accounts view. Filled by the caller from AccountRepository::list().
class AccountListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, RoleColumn, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(QList<Account> accounts);
    const Account* accountAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
};

} // namespace kq
