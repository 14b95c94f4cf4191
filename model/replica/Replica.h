#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace kq {

class Journal;
namespace Replication {
struct Spec;
}

// One record as the platform sends it on pull (docs/sync-protocol.md, Pull): every field it holds,
// merged over all pushes, or a tombstone.
struct ReplicaRecord {
    QString entity;
    QString id;
    bool deleted = false;
    QJsonObject fields;
};

// A `conflict` record of the centre's feed, decoded (docs/sync-protocol.md, Conflicts). The replica
// does not store it: the sync engine keeps it and shows it until a person resolves it.
struct ReplicaConflict {
    QString id;
    bool deleted = false;
    QString entity;
    QString recordId;
    QString field;
    QJsonValue serverValue;
    QJsonValue proposedValue;
    std::optional<qint64> baseRev;
    QString proposedBy;
    QString status; // open | resolved
    QString resolution;
    QJsonValue resolvedValue;
    QString resolvedBy;
    QString resolvedAt;
};

// Writes records that arrive from the platform into the local store, as the other workstations of
// the centre wrote them: inserts a row from a full field set, updates only the columns a partial
// set names, deletes on a tombstone; child rows (guardians' search keys, assessment scales,
// document images, group rosters) and derived state (client_search, clients.sort_key,
// case_files.last_contact_on) follow. Everything is checked before anything is written.
//
// Runs inside the caller's transaction and writes neither the outbox nor the audit log (the caller
// audits one entry per pulled page) — except for a referral: the client, case file and event it
// opens the case with are new to the platform, so they are journalled as creates (as the
// `platform` actor) and pushed like any other change. Every refusal (an Error) is found before the record's
// first write, so a refused record leaves nothing behind; a store failure throws StoreError, and the caller
// rolls back the page it was applying (its earlier records were written).
class Replica {
public:
    enum ErrorCode {
        UnknownEntity = 700,
        UnknownField,
        InvalidValue,
        MissingField,  // a new row without one of its required fields
        MissingParent, // names a row that is not here yet (field: the reference); nothing written
        WrongCentre,   // a centre record of another centre
    };
    enum class Outcome { Written, Unchanged, Deleted };

    struct Applied {
        Outcome outcome = Outcome::Unchanged;
        std::optional<ReplicaConflict> conflict; // entity "conflict": for the caller to keep
        QString clientId;                        // entity "referral": the client it opened or found
        QStringList notices;                     // translated; e.g. a referral of a client in service
    };

    explicit Replica(Journal& journal) : m_journal(journal) {}

    // One record. `fields` are wire values (scalars; lists and maps as JSON text).
    Result<Applied> apply(const QString& entity, const QString& id, const QJsonObject& fields, bool deleted);
    Result<Applied> apply(const ReplicaRecord& record)
    {
        return apply(record.entity, record.id, record.fields, record.deleted);
    }

    // A pulled page, in order. The platform orders records by their last change, so a child may
    // come before its parent (a guardian added before the client was last edited): records refused
    // with MissingParent are retried after the rest, until nothing more applies. Those still
    // waiting are returned (their parents may be on a later page; apply them with it). Any other
    // refusal stops the page: the error names the record's field, the message its entity and id.
    struct Page {
        int written = 0;
        QList<ReplicaConflict> conflicts;
        QList<ReplicaRecord> waiting;
        QStringList notices;
    };
    Result<Page> applyPage(const QList<ReplicaRecord>& records);

    // The entities apply() takes, besides "referral" and "conflict".
    static QStringList entities();

private:
    Result<Applied> remove(const Replication::Spec& spec, const QString& key, bool exists);
    void insert(const Replication::Spec& spec, const QString& key, QVariantMap columns);
    void update(const Replication::Spec& spec, const QString& key, QVariantMap columns, bool touch);
    // Derived state of the clients a row feeds: search keys, last contact.
    void refresh(const Replication::Spec& spec, const QStringList& clients);

    Journal& m_journal;
};

} // namespace kq
