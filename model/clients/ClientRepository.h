#pragma once

#include "ClientRecord.h"
#include "core/Result.h"

#include <QStringList>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// Another client who may be the same person (same name and birth date, or same phone).
struct PossibleDuplicate {
    QString clientId;
    QString name;
    QString reason; // translated, e.g. "same name and birth date"
};

// Clients and their guardians. Every write validates with ClientValidator, checks the role,
// keeps the search keys current and goes through the Journal (audit + outbox) in one transaction.
class ClientRepository {
public:
    enum ErrorCode { DuplicateIdNumber = 100, NotPermitted, NotFound, StaleRecord, Invalid, ReadOnly };
    enum class Identifier { IdNumber, Phone, GuardianPhone };

    explicit ClientRepository(Journal& journal) : m_journal(journal) {}

    struct Saved {
        QString id;
        QStringList notices;
    };
    // Errors: Invalid (message lists every field; field names the first), DuplicateIdNumber (field
    // "id-number"; findByIdNumber() tells which record), NotPermitted, StaleRecord (someone else
    // saved in between), NotFound, ReadOnly (transferred out).
    // New clients come in through LifecycleService::apply, which opens their case in the same
    // transaction; create() alone writes no case file. update() never changes the status.
    Result<Saved> create(const Actor& actor, ClientRecord record);
    Result<Saved> update(const Actor& actor, ClientRecord record);

    // The record as `actor` may see it: nothing for roles without ViewClients; clinical fields left
    // empty for roles without ViewClinicalRecords.
    std::optional<ClientRecord> load(const Actor& actor, const QString& id);
    std::optional<QString> findByIdNumber(const QString& idNumber);
    QList<PossibleDuplicate> possibleDuplicates(const ClientRecord& record);
    // The full ID number or phone, for roles with RevealIdentifiers; every reveal is audited.
    // For GuardianPhone, `id` is the guardian's id.
    Result<QString> reveal(const Actor& actor, const QString& id, Identifier which);
    qint64 count();

    // The stored and synced form of a record's columns, by column name (not id, guardians, rev, or
    // the derived sort key): what the journal records and the sync replica writes.
    static QVariantMap columnsOf(const ClientRecord& record);

private:
    Result<Saved> save(const Actor& actor, ClientRecord record, bool creating);

    Journal& m_journal;
};

} // namespace kq
