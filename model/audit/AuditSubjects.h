#pragma once

#include "AuditLog.h"

#include <QHash>
#include <QString>

namespace kq {

class Database;

// Whose record an audit entry is about. The log stores a record's UUID; a supervisor asks "who
// looked at or changed this client's record", so entries about a client, a guardian, a case file,
// a case step, an assessment, a plan, a session log or a signed document name the client the way
// the client list does (name and masked ID number), and nothing a list would not show. Deleted
// records (and records of other kinds) keep the type and a short id. Lookups are cached: the view
// asks for each row as it is painted.
class AuditSubjects {
public:
    explicit AuditSubjects(Database& db) : m_db(db) {}

    // The client's id, or empty when the entry is not about a client's record (or it is gone).
    QString clientOf(const QString& entity, const QString& entityId);
    // "王芳 (110***********1234)", or empty for an unknown client.
    QString clientLabel(const QString& clientId);
    // The subject column: "Guardian of 王芳 (110…1234)", or "Price 3f2a9c1e" for other records.
    // `nameClients` is false for roles that may not see the client list (administrators).
    QString describe(const AuditEntry& entry, bool nameClients);

    // "李敏 (limin)": the account's display name now, with the username the entry holds (accounts
    // are renamed and disabled, never deleted); the username alone when there is no such account.
    QString personName(const QString& username);
    // Everyone who can appear as an actor, for a filter: accounts (active first) and the built-in
    // actors. Pairs of username and personName().
    QList<std::pair<QString, QString>> people();

private:
    void readAccounts();

    Database& m_db;
    QList<std::pair<QString, QString>> m_accounts; // username, display name
    bool m_accountsRead = false;
    QHash<QString, QString> m_clientOf;    // entity id -> client id ("" = none)
    QHash<QString, QString> m_labels;      // client id -> label
    QHash<QString, QString> m_caseFileIds; // derived case-file id -> client id, read on first need
    bool m_caseFilesRead = false;
};

} // namespace kq
