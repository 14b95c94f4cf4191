#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace kq {

class Database;

// How the replica writes one synced entity: its table, its fields and what they may hold, and the
// hooks for child rows and derived state. One EntitySpec per entity (ReplicaEntities.cpp); a new
// entity is a new entry there. Internal to model/replica.
namespace Replication {

enum class FieldType {
    Text,      // a string; empty is NULL in a nullable column
    Date,      // yyyy-MM-dd
    Time,      // HH:mm
    Timestamp, // ISO 8601 date and time, as the journal writes created_at
    Integer,   // a whole number between min and max
    Boolean,   // true/false (0/1 accepted), stored 0/1
    Json,      // JSON text of an array or object, stored as it came
    Base64,    // bytes as base64 text, stored as a BLOB
};

struct Field {
    QString name; // the wire field, which is also the column
    FieldType type = FieldType::Text;
    bool required = false; // NOT NULL without a default: a new row needs it
    bool notNull = false;  // NOT NULL with a default: may be left out, never null
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
    QStringList allowed; // a CHECK's list of values, for Text
};

// A record on its way in: the row's key, the fields already converted to column values (and the
// wire fields no column takes, for the hooks), and whether the row was there before.
struct Incoming {
    QString recordId;
    QString key; // the primary key's value: the record id, or the natural key's value
    QVariantMap columns;
    QJsonObject extra; // virtual fields (child rows), checked by the spec's check hook
    bool exists = false;
};

struct Spec {
    QString entity;
    QString table;
    QString keyColumn = QStringLiteral("id");
    // Set when the row's key is a field, not the record id: the id is derivedId(entity, value).
    QString naturalKey;
    QList<Field> fields;
    // Position of each field in `fields` by name (filled once the specs are built): every field of
    // every pulled record is looked up; a linear search spent a few per cent of a pull comparing.
    QHash<QString, qsizetype> fieldIndex;
    QStringList virtualFields; // wire fields for child rows, not columns
    QStringList virtualPrefixes;
    // Fields naming another record's row, with the table it must be in before this one is written.
    QList<std::pair<QString, QString>> parents;
    bool hasRev = false;       // rev counts local changes (stale-form detection)
    bool hasUpdatedAt = false; // updated_at: when this store last wrote the row
    // Recorded once (events, assessments, plans, amendments, templates): a different value for a
    // row already here is refused, as the platform refuses it.
    bool appendOnly = false;
    // Otherwise the columns that may change once the row exists; empty: any (signed documents:
    // revocation only).
    QStringList mutableColumns;

    // Columns computed here from the incoming ones (clients.sort_key from the name).
    void (*computed)(QVariantMap& columns) = nullptr;
    // A row here that is this record under another id, which the record takes over (empty: none):
    // the store's own centre row set up before its first pull; a shipped form text that two
    // workstations each made a row of. An error when the two differ.
    Result<QString> (*twin)(Database& db, const Incoming& in) = nullptr;
    // Checks the virtual fields before anything is written.
    Result<void> (*check)(Database& db, const Incoming& in) = nullptr;
    // Writes the child rows after the row; returns whether any changed.
    bool (*writeChildren)(Database& db, const Incoming& in) = nullptr;
    // The clients whose derived state the row feeds (read before and after the write).
    QStringList (*clientsOf)(Database& db, const QString& key) = nullptr;
    bool searchKeys = false;  // the clients' client_search keys and sort key
    bool lastContact = false; // the clients' case_files.last_contact_on
};

// The spec of `entity`, or nullptr.
const Spec* find(const QString& entity);
QStringList entities();

} // namespace Replication
} // namespace kq
