#pragma once

#include "FieldRevisions.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kq::platform {

class PlatformStore;

// One record as the platform holds it for a centre.
struct StoredRecord {
    QString centre;
    QString id;
    QString entity;
    QJsonObject fields;
    FieldRevisions fieldRevs; // the revision and device that last changed each field
    qint64 rev = 0;
    bool deleted = false;

    qint64 fieldRev(const QString& field) const { return fieldRevs.rev(field); }
    QString fieldChangedBy(const QString& field) const { return fieldRevs.changedBy(field); }
    void setField(const QString& field, const QJsonValue& value, qint64 atRev, const QString& by);
};

// The `records` table: per centre, keyed by id, ordered for pulls by (centre, rev).
class RecordTable {
public:
    explicit RecordTable(PlatformStore& store) : m_store(store) {}

    std::optional<StoredRecord> find(const QString& centre, const QString& id);
    // Inserts or replaces the row as given (the caller has set rev from nextRevision()).
    void save(const StoredRecord& record);
    // A new record (a create, or one the platform itself writes: referral, conflict): all fields
    // at a new revision, changed by `by`.
    StoredRecord createNew(const QString& centre, const QString& entity, const QString& id,
                           const QJsonObject& fields, const QString& by);

private:
    PlatformStore& m_store;
};

} // namespace kq::platform
