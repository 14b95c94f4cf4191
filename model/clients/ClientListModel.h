#pragma once

#include "ClientQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kq {

class Database;

// The client list: filtered and sorted in the database, rows fetched a page at a time as the view
// scrolls. Identifiers are masked; the risk column exists only when `showRisk` (a role allowed to
// see clinical information). clear() drops the rows and the database reference (on lock).
class ClientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, GenderColumn, Age, IdNumber, Phone, County, Risk, CaseManager, Status, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ClientListModel(QObject* parent = nullptr);

    void setSource(Database* db, QDate today, bool showRisk);
    void clear() { setSource(nullptr, {}, false); }
    void setFilter(const ClientFilter& filter);
    // Display names for case managers' usernames (the list shows names, not logins).
    void setStaffNames(QHash<QString, QString> names) { m_staffNames = std::move(names); }
    const ClientFilter& filter() const { return m_filter; }
    // Matches: exact without search text; with text exact up to kCountCap, above it totalIsExact()
    // is false and rows keep coming as the view scrolls until the last page.
    qint64 totalCount() const { return m_total; }
    bool totalIsExact() const { return m_exact; }
    static constexpr qint64 kCountCap = 1000;
    QString clientIdAt(int row) const;
    bool showsRisk() const { return m_showRisk; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;
    // Queries again with the same filter, after records changed.
    void reload();

private:
    Database* m_db = nullptr;
    QDate m_today;
    bool m_showRisk = false;
    ClientFilter m_filter;
    ClientQuery::SortBy m_sort = ClientQuery::SortBy::Name;
    bool m_descending = false;
    QList<ClientSummary> m_rows;
    QHash<QString, QString> m_staffNames;
    qint64 m_total = 0;
    bool m_exact = true;
    bool m_exhausted = false;
};

} // namespace kq
