#include "ClientListModel.h"

#include "ClientVocabulary.h"
#include "geo/Divisions.h"

namespace kq {

ClientListModel::ClientListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ClientListModel::setSource(Database* db, QDate today, bool showRisk)
{
    m_db = db;
    m_today = today;
    m_showRisk = showRisk;
    reload();
}

void ClientListModel::setFilter(const ClientFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ClientListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exact = true;
    m_exhausted = false;
    if (m_db) {
        ClientQuery query(*m_db, m_filter, m_today, m_sort, m_descending);
        // Typing counts up to the cap (fast per keystroke); the whole list or a filter is counted
        // exactly, once per change.
        m_total = m_filter.text.trimmed().isEmpty() ? query.count() : query.count(kCountCap);
        m_exact = m_total <= kCountCap;
        m_rows = query.fetch(0, kPageSize);
    }
    endResetModel();
}

QString ClientListModel::clientIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary& c = m_rows[index.row()];
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.name;
    case GenderColumn:
        return ClientVocabulary::genderName(c.gender);
    case Age:
        return ClientVocabulary::ageOn(c.birthDate, m_today);
    case IdNumber:
        return c.maskedIdNumber;
    case Phone:
        return c.maskedPhone;
    case County:
        if (const Divisions::County* county = Divisions::instance().county(c.residenceCounty))
            return role == Qt::ToolTipRole ? county->fullName() : county->name;
        return c.residenceCounty;
    case Risk:
        // Text, not only colour: the level and whether it counts as unstable.
        return m_showRisk ? ClientVocabulary::riskLevelName(c.riskLevel) : QVariant();
    case CaseManager:
        return m_staffNames.value(c.caseManager, c.caseManager);
    case Status:
        return ClientVocabulary::statusName(c.status);
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case County:
        return tr("County");
    case Risk:
        return tr("Risk");
    case CaseManager:
        return tr("Case manager");
    case Status:
        return tr("Status");
    }
    return {};
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_db)
        return false;
    return m_exact ? m_rows.size() < m_total : !m_exhausted;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ClientSummary> page =
        ClientQuery(*m_db, m_filter, m_today, m_sort, m_descending).fetch(int(m_rows.size()), kPageSize);
    if (page.size() < kPageSize)
        m_exhausted = true;
    if (page.isEmpty()) {
        m_total = m_rows.size();
        m_exact = true;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    using S = ClientQuery::SortBy;
    S by = S::Name;
    switch (column) {
    case Age:
        by = S::BirthDate; // older first when ascending by age means descending birth date
        break;
    case County:
        by = S::County;
        break;
    case Risk:
        by = m_showRisk ? S::Risk : S::Name;
        break;
    case CaseManager:
        by = S::CaseManager;
        break;
    case Status:
        by = S::Status;
        break;
    default:
        break;
    }
    const bool descending = (order == Qt::DescendingOrder) != (column == Age);
    if (by == m_sort && descending == m_descending)
        return;
    m_sort = by;
    m_descending = descending;
    reload();
}

} // namespace kq
