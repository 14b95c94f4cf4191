#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kq {

// What the audit log's stored keys mean to a person: actions, record types, fields and actors, in
// the user's language. The log keeps the keys (they are hashed into the chain); the audit view,
// the client timeline and any export turn them into words here, so they all read alike. A key this
// version does not know (written by a newer version or sent by the platform) reads as itself.
class AuditVocabulary {
    Q_DECLARE_TR_FUNCTIONS(AuditVocabulary)
public:
    // Every action key the code records. Journal::record refuses (in debug builds) any other, so a
    // new action cannot reach the log without a label here.
    static QStringList actionKeys();
    // Every record type (Change::entity) the code records.
    static QStringList entityKeys();
    static bool isKnownAction(const QString& action) { return actionKeys().contains(action); }
    static bool isKnownEntity(const QString& entity) { return entityKeys().contains(entity); }

    // "Changed", "ID number shown", "Start service"… `entity` tells apart keys that mean different
    // things on different records ("close" is a case step and the end of a price).
    static QString actionName(const QString& action, const QString& entity = {});
    static QString entityName(const QString& entity);
    // The label the field has on its form ("ID number", not "id_number").
    static QString fieldName(const QString& entity, const QString& field);
    static QString fieldNames(const QString& entity, const QStringList& fields);
    // The audit actors that are not accounts: "system", "platform", "recovery-key".
    static QString builtInActorName(const QString& actor);

    // Groups of actions a supervisor filters by.
    enum class Kind { Changes, SignIns, Reveals, Exports, CaseSteps, Sync };
    static QList<Kind> kinds();
    static QString kindName(Kind kind);
    static QStringList actionsOf(Kind kind);
};

} // namespace kq
