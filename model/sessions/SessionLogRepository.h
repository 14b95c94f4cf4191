#pragma once

#include "SessionLog.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// Session logs. Every write checks the role, the case (in service, or in hospital for contact with
// the family), the consent gate (ServiceGate, on the day of the session) and the fields, and goes
// through the Journal (audit + outbox) in one transaction, keeping the case's last contact.
//
// A log is edited in place by its author until SessionLog::editableUntil(); after that anyone who
// keeps case records may amend it with a reason: the row takes the new values and an amendment
// keeps the old ones.
class SessionLogRepository {
public:
    enum ErrorCode {
        NotPermitted = 600,
        NotFound,
        ReadOnly,      // the record was transferred out
        NotInService,  // the case is not in service
        Invalid,       // a field; message lists every problem, field names the first
        NotAuthor,     // editing someone else's log inside the window
        WindowClosed,  // editing after the window: amend instead
        WindowOpen,    // amending inside the window: the author edits instead
        NoChange,      // an edit or amendment that changes nothing
        ReasonMissing, // an amendment without its reason (field "reason")
    };
    // Field names in errors: "client", "staff", "held-on", "starts-at", "minutes", "contents",
    // "form", "place", "goal", "observations", "next-step", "next-on", "reason", and "consent" /
    // "agreement" from the gate (code ServiceGate::Missing).

    enum class Change { Edit, Amend, None }; // what `actor` may do to a stored log now

    struct Saved {
        QString id;
        QStringList warnings; // the gate's, in warn mode
    };

    explicit SessionLogRepository(Journal& journal) : m_journal(journal) {}

    // A new log; needs EditClinicalRecords. createdBy, createdAt and amended are set here.
    Result<Saved> save(const Actor& actor, SessionLog log);
    // The author, inside the window: the stored log `log.id` takes the new values.
    Result<Saved> edit(const Actor& actor, const SessionLog& log);
    // After the window: the stored log takes the new values and an amendment keeps the old.
    Result<Saved> amend(const Actor& actor, const SessionLog& log, const QString& reason);
    Change changeAllowed(const Actor& actor, const SessionLog& stored) const;

    // Need ViewClinicalRecords.
    Result<SessionLog> find(const Actor& actor, const QString& id);
    Result<QList<SessionLog>> list(const Actor& actor, const QString& clientId);              // newest first
    Result<QList<SessionAmendment>> amendments(const Actor& actor, const QString& sessionId); // oldest first

    // Defaults for a new log: the author's latest log for this client, else the author's latest
    // log of any client. Needs ViewClinicalRecords (empty otherwise).
    std::optional<SessionLog> latestBy(const Actor& actor, const QString& author, const QString& clientId);

    // Logs written elsewhere (the demo's history; later the platform's): checked field by field but
    // not against the gate, the case state or the edit window, written without outbox operations,
    // with one audit entry for the batch. Call inside a transaction. Returns how many were written.
    Result<int> importHistory(const Actor& actor, const QList<SessionLog>& logs);

private:
    Result<Saved> write(const Actor& actor, const SessionLog& log, const SessionLog* stored,
                        const QString& reason);
    Result<QStringList> checkCase(const SessionLog& log);
    QList<Error> checkFields(SessionLog& log, const SessionLog* stored);

    Journal& m_journal;
};

} // namespace kq
