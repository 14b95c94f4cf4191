#include "AuditLogModel.h"

#include "AuditVocabulary.h"
#include "core/DateText.h"

namespace kq {

AuditLogModel::~AuditLogModel() = default;

Result<void> AuditLogModel::setDatabase(Database* db, const kq::Actor& actor)
{
    if (db && !actor.can(Permission::ViewAuditLog)) {
        clear();
        return Error(tr("Only a supervisor or an administrator may read the audit log."));
    }
    beginResetModel();
    m_db = db;
    m_actor = actor;
    m_entries.clear();
    m_subjects.reset(db ? new AuditSubjects(*db) : nullptr);
    m_more = db != nullptr;
    endResetModel();
    return {};
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_db = nullptr;
    m_actor = {};
    m_entries.clear();
    m_subjects.reset();
    m_more = false;
    endResetModel();
}

void AuditLogModel::setFilter(const AuditLog::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_more = m_db != nullptr;
    endResetModel();
}

QList<std::pair<QString, QString>> AuditLogModel::people()
{
    return m_subjects ? m_subjects->people() : QList<std::pair<QString, QString>>();
}

QString AuditLogModel::actionName(const QString& action, const QString& entity)
{
    return AuditVocabulary::actionName(action, entity);
}

QString AuditLogModel::entityName(const QString& entity)
{
    return AuditVocabulary::entityName(entity);
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::cell(const AuditEntry& e, int column) const
{
    switch (column) {
    case Time:
        return dateTimeText(e.at);
    case Actor:
        return m_subjects ? m_subjects->personName(e.actor) : e.actor;
    case Action:
        return AuditVocabulary::actionName(e.action, e.entity);
    case Record:
        // Administrators keep the system running without seeing who the clients are.
        return m_subjects ? m_subjects->describe(e, m_actor.can(Permission::ViewClients))
                          : AuditVocabulary::entityName(e.entity);
    case Fields:
        return AuditVocabulary::fieldNames(e.entity, e.fields);
    }
    return {};
}

QString AuditLogModel::sentence(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries[row];
    const QString fields = cell(e, Fields);
    const QString base =
        tr("%1: %2 — %3 — %4").arg(cell(e, Time), cell(e, Actor), cell(e, Action), cell(e, Record));
    return fields.isEmpty() ? base : tr("%1 (%2)").arg(base, fields);
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole)
        return cell(e, index.column());
    if (role == Qt::ToolTipRole) {
        // The stored keys stay reachable for anyone comparing with `kangqiao check` or an export.
        if (index.column() == Record)
            return e.entity + u' ' + e.entityId;
        if (index.column() == Action)
            return e.action;
        if (index.column() == Fields)
            return e.fields.join(QStringLiteral(", "));
        return sentence(index.row());
    }
    if (role == Qt::UserRole)
        return e.seq;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Fields:
        return tr("Fields");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<AuditEntry>> page =
        AuditLog(*m_db).page(m_actor, m_filter, kPageSize, int(m_entries.size()));
    const QList<AuditEntry> rows = page ? page.take() : QList<AuditEntry>();
    // A short page is the last one.
    m_more = rows.size() == kPageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + rows.size() - 1));
    m_entries.append(rows);
    endInsertRows();
}

} // namespace kq
