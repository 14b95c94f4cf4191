#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kq {

class Database;

// A pending sync operation, as the Journal wrote it.
struct OutboxOperation {
    qint64 seq = 0;
    QString opId; // idempotency key
    QString entity;
    QString entityId;
    QString op; // create | update | delete
    QJsonObject fields;
    std::optional<qint64> baseServerRev;
    QDateTime createdAt;
};

// Reads and acknowledges the outbox. The sync engine takes batches in order and removes each
// operation once the platform has answered for it.
class Outbox {
public:
    explicit Outbox(Database& db) : m_db(db) {}

    QList<OutboxOperation> pending(int limit);
    // Counting walks the table, and a store that has not synced for a long time (or a demo store)
    // holds millions of operations: the count stops past kCountCap. kCountCap + 1 means "more".
    static constexpr qint64 kCountCap = 10'000;
    qint64 pendingCount();
    // The count for people: the number, or "more than 10,000".
    static QString countText(qint64 count);
    // What this workstation has not yet pushed about one record: the fields its pending
    // operations change, and whether one deletes it. A pulled record keeps these local values.
    struct Pending {
        QStringList fields;
        bool deleted = false;
        bool any = false;
        bool onlyCreates = false; // every pending operation creates it
    };
    Pending pendingFor(const QString& entity, const QString& entityId);
    // Removes the record's pending creates (the platform turned out to hold it already).
    void dropCreates(const QString& entity, const QString& entityId);
    void acknowledge(const QList<qint64>& seqs);

private:
    Database& m_db;
};

} // namespace kq
