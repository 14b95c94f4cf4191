#pragma once

#include "AuditLog.h"
#include "AuditSubjects.h"
#include "auth/Actor.h"
#include "core/Result.h"

#include <QAbstractTableModel>

#include <memory>

namespace kq {

class Database;

// The audit log, newest first, fetched a page at a time as the view scrolls, each entry in words:
// who (display name and username), what (AuditVocabulary), about whose record (AuditSubjects) and
// which fields by their form labels. Reading is the actor's right to check here, not the window's.
// clear() drops all rows and the database reference (on lock).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Record, Fields, ColumnCount };
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;
    ~AuditLogModel() override;

    // Refused (and the model left empty) unless `actor` may view the audit log.
    Result<void> setDatabase(Database* db, const kq::Actor& actor);
    void clear();
    // Starts again from the newest entry that passes `filter`.
    void setFilter(const AuditLog::Filter& filter);
    const AuditLog::Filter& filter() const { return m_filter; }
    // Username and label of everyone who can appear in the "Who" column (empty when cleared).
    QList<std::pair<QString, QString>> people();
    // The whole entry as one sentence, e.g. "李敏 (limin) 修改了 王芳 (…) 的 监护人: 电话".
    QString sentence(int row) const;

    // Kept for the client timeline; AuditVocabulary holds the words.
    static QString actionName(const QString& action, const QString& entity = {});
    static QString entityName(const QString& entity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QString cell(const AuditEntry& e, int column) const;

    Database* m_db = nullptr;
    kq::Actor m_actor;
    AuditLog::Filter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = false;
    // Lookups of names are cached per database: mutable because data() is const.
    mutable std::unique_ptr<AuditSubjects> m_subjects;
};

} // namespace kq
