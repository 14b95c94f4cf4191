#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kq::platform {

// Which revision, and which device, last changed each field of a record: what the three-way merge
// needs (docs/decisions/0012-sync-platform.md). Stored as the `field_revs` column.
//
// Kept and stored grouped by change, `[[rev, "device", ["field", …]], …]`: one operation is one
// revision by one device, so the 25 fields of a record created together are one group, not 25
// copies of the device id (a third of the size, and no per-field work when a record is created).
// The first form, `{"field": [rev, "device"], …}`, is still read, so older stores need no migration.
class FieldRevisions {
public:
    // Every one of `fields` changed at `rev` by `device` (a new record).
    static FieldRevisions allAt(qint64 rev, const QString& device, QStringList fields);
    static FieldRevisions fromText(const QByteArray& text);
    QByteArray toText() const;

    // 0 and an empty device for a field never changed (absent from the record).
    qint64 rev(const QString& field) const;
    QString changedBy(const QString& field) const;
    void set(const QString& field, qint64 rev, const QString& device);
    void clear() { m_groups.clear(); }

private:
    struct Group {
        qint64 rev = 0;
        QString device;
        QStringList fields;
    };
    const Group* groupOf(const QString& field) const;

    QList<Group> m_groups;
};

} // namespace kq::platform
