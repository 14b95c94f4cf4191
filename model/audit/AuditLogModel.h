#pragma once

#include "AuditLog.h"

#include <QAbstractTableModel>

namespace kq {

class Database;

// The audit log, newest first, fetched a page at a time as the view scrolls. clear() drops all
// rows and the database reference (on lock).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Record, Fields, ColumnCount };
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    void setDatabase(Database* db);
    void clear() { setDatabase(nullptr); }
    static QString actionName(const QString& action);
    static QString entityName(const QString& entity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Database* m_db = nullptr;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0;
};

} // namespace kq
