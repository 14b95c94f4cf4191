#pragma once

#include "SyncConflict.h"
#include "auth/Permission.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace kq {

class Journal;
struct Actor;

// A person's decision on a conflict or a rejected change (docs/sync-protocol.md, Conflicts).
// Keeping the platform's value writes nothing to the record (it already holds it); keeping this
// workstation's value writes it as an ordinary change against the platform's current revision.
// Either way the conflict record is closed and the resolution is audited and sent to the platform,
// so every workstation of the centre sees it closed. A rejected change can only be dismissed: its
// content stays readable in the conflict list's history.
class ConflictResolver {
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)
public:
    enum class Choice { KeepPlatform, KeepOurs, Dismiss };
    enum ErrorCode { NotFound = 820, NotPermitted, AlreadyResolved, WrongChoice, CannotApply };

    explicit ConflictResolver(Journal& journal) : m_journal(journal) {}

    Result<void> resolve(const Actor& actor, const QString& conflictId, Choice choice);

    // Who may decide about a record of this entity: whoever may edit it.
    static Permission permissionFor(const QString& entity);
    // The kind of record, for a person ("Client", "Session log", ...).
    static QString entityName(const QString& entity);
    // A field of a record, for a person ("Phone"); the field's key when it has no name here.
    static QString fieldName(const QString& field);
    // The client a record belongs to, for the list ("" when unknown or not permitted).
    QString clientNameOf(const Actor& actor, const QString& entity, const QString& recordId);

private:
    Journal& m_journal;
};

} // namespace kq
