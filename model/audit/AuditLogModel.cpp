#include "AuditLogModel.h"

#include "core/DateText.h"

namespace kq {

void AuditLogModel::setDatabase(Database* db)
{
    beginResetModel();
    m_db = db;
    m_entries.clear();
    m_total = db ? AuditLog(*db).count() : 0;
    endResetModel();
}

QString AuditLogModel::actionName(const QString& action)
{
    if (action == u"create")
        return tr("Created");
    if (action == u"update")
        return tr("Changed");
    if (action == u"delete")
        return tr("Deleted");
    if (action == u"sign-in")
        return tr("Signed in");
    if (action == u"password")
        return tr("Password set");
    if (action == u"disable")
        return tr("Disabled");
    if (action == u"reveal")
        return tr("Identifier shown");
    if (action == u"reveal-key")
        return tr("Raw database key shown");
    if (action == u"amend")
        return tr("Amended");
    if (action == u"import")
        return tr("Imported");
    if (action == u"print")
        return tr("Printed");
    if (action == u"export")
        return tr("Exported");
    if (action == u"sign")
        return tr("Signed");
    if (action == u"revoke")
        return tr("Revoked");
    if (action == u"withdraw")
        return tr("Withdrawn");
    return action;
}

QString AuditLogModel::entityName(const QString& entity)
{
    if (entity == u"account")
        return tr("Account");
    if (entity == u"centre")
        return tr("Centre");
    if (entity == u"client")
        return tr("Client");
    if (entity == u"guardian")
        return tr("Guardian");
    if (entity == u"database")
        return tr("Database");
    if (entity == u"case_event")
        return tr("Case step");
    if (entity == u"assessment")
        return tr("Assessment");
    if (entity == u"plan")
        return tr("Plan");
    if (entity == u"calendar_day")
        return tr("Calendar day");
    if (entity == u"setting")
        return tr("Setting");
    if (entity == u"price_item")
        return tr("Price");
    if (entity == u"form_template")
        return tr("Form template");
    if (entity == u"signed_document")
        return tr("Signed document");
    if (entity == u"session")
        return tr("Session log");
    if (entity == u"session_amendment")
        return tr("Session amendment");
    if (entity == u"group_activity")
        return tr("Group meeting");
    if (entity == u"saved_group")
        return tr("Saved group");
    if (entity == u"statistics")
        return tr("Statistics");
    return entity;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return dateTimeText(e.at);
        case Actor:
            return e.actor;
        case Action:
            return actionName(e.action);
        case Record:
            return entityName(e.entity) + QLatin1Char(' ') + e.entityId.left(8);
        case Fields:
            return e.fields.join(QStringLiteral(", "));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Record)
        return e.entityId;
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
    return !parent.isValid() && m_db && m_entries.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditEntry> page = AuditLog(*m_db).recent(kPageSize, int(m_entries.size()));
    if (page.isEmpty()) {
        m_total = m_entries.size();
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
}

} // namespace kq
