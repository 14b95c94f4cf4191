#pragma once

#include "SignedDocument.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace kq {

class Database;
class Journal;
struct Actor;

// Signed consents and agreements (tables signed_documents and document_images). The UI renders
// the PDF; this stores it with its SHA-256 and the facts the rules need, and never changes it
// afterwards: there is no update but revoke(). Writes go through the Journal as entity
// "signed_document" (synced). The outbox value carries the sha256 and the image roles instead of
// the PDF and image bytes, which can be megabytes; the audit log names fields only, as always.
class SignedDocumentRepository {
public:
    enum ErrorCode { NotPermitted = 520, NotFound, ReadOnly, Invalid, AlreadyRevoked };

    explicit SignedDocumentRepository(Journal& journal) : m_journal(journal) {}

    // Stores a signed document and returns its new id. Needs SignDocuments. Rules (Invalid, with
    // the field at fault; several faults are listed in one message, the first one's field given):
    // - "client": the client exists (NotFound) and is not transferred out (ReadOnly, no field);
    // - "language", "template-version": a known language and a version of that text; the shipped
    //   version 1 is stored on first use so the words signed on stay the same in later releases;
    // - "signed-on" (not in the future), "valid-from" (defaults to signed-on, not before it),
    //   "valid-until" (required for agreements; after valid-from when given);
    // - "signers": roles client|guardian|staff, each at most once and named; "signer-client" and
    //   "signer-staff" always required; "signer-guardian" required when the client is under 14 on
    //   the signing date (PIPL art. 31; a guardian of an older client may sign but need not);
    // - "image-<role>": each signer's PNG signature unless on paper; "image-scan": on paper, the
    //   scan as PDF, PNG or JPEG; "images": no other roles; each image at most kMaxImageBytes;
    // - "lines": agreements need at least one and consents none; "line-<n>": the item is in the
    //   price list in force on signed-on, not repeated, and its price equals the list's (the PDF
    //   shows the caller's price, so a different one is refused rather than silently replaced);
    //   name and unit are copied from the list, only the frequency is the caller's;
    // - "html" not empty; "pdf" starts with "%PDF-" and is at most kMaxPdfBytes;
    // - "replaces": the renewed document is this client's, of the same kind, not already renewed.
    Result<QString> sign(const Actor& actor, SignedDocument doc);

    // The only change a signed document takes. Needs SignDocuments. `on` is the first day it is no
    // longer in force: not in the future and not before signing ("revoked-on"); a reason of at
    // most kMaxReasonLength ("reason"). NotFound; ReadOnly (client transferred out); AlreadyRevoked.
    Result<void> revoke(const Actor& actor, const QString& id, const QDate& on, const QString& reason);

    // The whole document, PDF and images included. Needs ViewClinicalRecords; NotFound.
    Result<SignedDocument> load(const Actor& actor, const QString& id);
    // The client's documents, newest signing first, without PDF and images. Needs ViewClinicalRecords.
    Result<QList<SignedDocument>> list(const Actor& actor, const QString& clientId);
    // The stored PDF for writing out of the store: every export is audited (action "export", not
    // synced, as it changes nothing). Needs ViewClinicalRecords; NotFound.
    // Records that a signed document was printed (audited like an export; not synced).
    Result<void> recordPrinted(const Actor& actor, const QString& id);
    Result<QByteArray> exportPdf(const Actor& actor, const QString& id);
    // True when the stored PDF still has the hash taken on signing. NotFound.
    Result<bool> verify(const QString& id);

    // The latest signed document of `kind` in force on `day` (SignedDocument::inForceOn), without
    // PDF and images. No permission: the service gate asks it for any user recording a session.
    std::optional<SignedDocument> inForce(const QString& clientId, FormTemplate::Kind kind, const QDate& day);
    static std::optional<SignedDocument> inForce(Database& db, const QString& clientId,
                                                 FormTemplate::Kind kind, const QDate& day);

    // Agreements not revoked whose last day falls in [today, today + days] and that no later
    // document renews (replaces_id), soonest first, without PDF and images: the due list.
    QList<SignedDocument> expiringWithin(int days, const QDate& today);

    static QString sha256Hex(const QByteArray& bytes);
    // What the bytes are, by their first bytes (image/png, image/jpeg, application/pdf; empty if
    // none of those): the caller's word for it is not trusted.
    static QString sniffMime(const QByteArray& bytes);

private:
    QList<Error> checkImages(SignedDocument& doc);
    QList<Error> checkLines(SignedDocument& doc);

    Journal& m_journal;
};

} // namespace kq
