#include "SignedDocumentRepository.h"

#include "FormTemplateRepository.h"
#include "PriceListRepository.h"
#include "auth/Actor.h"
#include "clients/ClientRecord.h"
#include "clients/ClientVocabulary.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Ids.h"
#include "core/TextLimits.h"
#include "lifecycle/CaseState.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SignedDocumentRepository)
};

// JSON text: SQLite 3.15 has no JSON1, the application reads it.
QString signersJson(const QList<SignedDocument::Signer>& signers)
{
    QJsonArray array;
    for (const SignedDocument::Signer& s : signers)
        array.append(QJsonObject{{QStringLiteral("role"), s.role}, {QStringLiteral("name"), s.name}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString linesJson(const QList<SignedDocument::AgreementLine>& lines)
{
    QJsonArray array;
    for (const SignedDocument::AgreementLine& l : lines)
        array.append(QJsonObject{{QStringLiteral("item_key"), l.itemKey},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("price_fen"), l.priceFen},
                                 {QStringLiteral("frequency"), l.frequency}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString mimeOf(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

const char* const kColumns =
    "SELECT id, client_id, kind, language, template_version, signed_on, valid_from, "
    "valid_until, on_paper, signers, lines, html, sha256, revoked_on, revoked_reason, "
    "revoked_by, replaces_id, created_by, created_at FROM signed_documents ";
const char* const kNewestFirst = " ORDER BY signed_on DESC, created_at DESC, rowid DESC";

// A row of kColumns; the PDF and the images are read separately, only when wanted.
SignedDocument readRow(const Statement& s)
{
    SignedDocument d;
    d.id = s.text(0);
    d.clientId = s.text(1);
    d.kind = FormTemplate::kindFromKey(s.text(2)).value_or(FormTemplate::Kind::Consent);
    d.language = s.text(3);
    d.templateVersion = int(s.int64(4));
    d.signedOn = dateFromIso(s.text(5));
    d.validFrom = dateFromIso(s.text(6));
    d.validUntil = dateFromIso(s.text(7));
    d.onPaper = s.int64(8) != 0;
    for (const QJsonValue v : arrayOf(s.text(9)))
        d.signers.append({v[QStringLiteral("role")].toString(), v[QStringLiteral("name")].toString()});
    for (const QJsonValue v : arrayOf(s.text(10)))
        d.lines.append({v[QStringLiteral("item_key")].toString(), v[QStringLiteral("name")].toString(),
                        v[QStringLiteral("unit")].toString(), v[QStringLiteral("price_fen")].toInteger(),
                        v[QStringLiteral("frequency")].toString()});
    d.html = s.text(11);
    d.sha256 = s.text(12);
    d.revokedOn = dateFromIso(s.text(13));
    d.revokedReason = s.text(14);
    d.revokedBy = s.text(15);
    d.replacesId = s.text(16);
    d.createdBy = s.text(17);
    d.createdAt = QDateTime::fromString(s.text(18), Qt::ISODateWithMs);
    return d;
}

// The client's case state and birth date; NotFound or ReadOnly as errors.
Result<QDate> writableClient(Database& db, const QString& clientId)
{
    auto c = db.cached("SELECT status, birth_date FROM clients WHERE id = ?");
    c->bind(1, clientId);
    if (!c->step())
        return Error{Tr::tr("The client record was not found."), QStringLiteral("client"),
                     SignedDocumentRepository::NotFound};
    if (const std::optional<CaseState> state = CaseStates::fromKey(c->text(0));
        state && CaseStates::isReadOnly(*state))
        return Error{Tr::tr("This client was transferred to another centre; the record is read-only here."),
                     {},
                     SignedDocumentRepository::ReadOnly};
    return dateFromIso(c->text(1));
}

Error joined(const QList<Error>& errors)
{
    return combinedErrors(errors, SignedDocumentRepository::Invalid);
}
} // namespace

QString SignedDocumentRepository::sniffMime(const QByteArray& bytes)
{
    return mimeOf(bytes);
}

QString SignedDocumentRepository::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QString> SignedDocumentRepository::sign(const Actor& actor, SignedDocument doc)
{
    if (!actor.can(Permission::SignDocuments))
        return Error{Tr::tr("Your role may not sign consents or agreements."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const Result<QDate> birthDate = writableClient(db, doc.clientId);
    if (!birthDate)
        return birthDate.error();

    QList<Error> errors;
    const QDate today = m_journal.clock().now().toLocalTime().date();
    std::optional<FormTemplate> version;
    if (!FormTemplate::languages().contains(doc.language)) {
        errors.append(Error{Tr::tr("Kangqiao has no form texts in the language “%1”.").arg(doc.language),
                            QStringLiteral("language")});
    } else {
        FormTemplateRepository templates(m_journal);
        version = templates.version(doc.kind, doc.language, doc.templateVersion);
        if (!version)
            errors.append(Error{Tr::tr("There is no version %1 of this form.").arg(doc.templateVersion),
                                QStringLiteral("template-version")});
    }

    if (!doc.signedOn.isValid())
        errors.append(Error{Tr::tr("Enter the date of signing."), QStringLiteral("signed-on")});
    else if (doc.signedOn > today)
        errors.append(
            Error{Tr::tr("The date of signing cannot be in the future."), QStringLiteral("signed-on")});
    if (!doc.validFrom.isValid())
        doc.validFrom = doc.signedOn;
    else if (doc.signedOn.isValid() && doc.validFrom < doc.signedOn)
        errors.append(Error{Tr::tr("The document cannot take effect before it is signed."),
                            QStringLiteral("valid-from")});
    const bool agreement = doc.kind == FormTemplate::Kind::Agreement;
    if (agreement && !doc.validUntil.isValid())
        errors.append(
            Error{Tr::tr("Enter the last day of the agreement's term."), QStringLiteral("valid-until")});
    else if (doc.validUntil.isValid() && doc.validFrom.isValid() && doc.validUntil <= doc.validFrom)
        errors.append(Error{Tr::tr("The last day must be after the first day of the term."),
                            QStringLiteral("valid-until")});

    // Signers: each role once, so each has at most one signature image.
    QSet<QString> roles;
    const QStringList known{SignedDocument::kClient, SignedDocument::kGuardian, SignedDocument::kStaff};
    for (SignedDocument::Signer& s : doc.signers) {
        s.name = s.name.trimmed();
        if (!known.contains(s.role))
            errors.append(
                Error{Tr::tr("“%1” is not a kind of signer.").arg(s.role), QStringLiteral("signers")});
        else if (roles.contains(s.role))
            errors.append(Error{Tr::tr("Each kind of signer signs once."), QStringLiteral("signers")});
        else if (s.name.isEmpty())
            errors.append(Error{Tr::tr("Enter the name of each signer."), QStringLiteral("signers")});
        else if (std::optional<Error> e =
                     TextLimits::check(s.name, QStringLiteral("signers"), Tr::tr("A signer's name"),
                                       TextLimits::kPersonName, TextLimits::Kind::Line))
            errors.append(*e);
        roles.insert(s.role);
    }
    if (!roles.contains(SignedDocument::kClient))
        errors.append(Error{Tr::tr("The client must sign."), QStringLiteral("signer-client")});
    // PIPL art. 31: a child under 14 consents through the guardian. Older clients with a guardian
    // may have the guardian sign too; that is the staff's judgement, not a rule here.
    if (!roles.contains(SignedDocument::kGuardian) && birthDate.value().isValid() && doc.signedOn.isValid() &&
        ClientVocabulary::ageGroupOn(birthDate.value(), doc.signedOn) == AgeGroup::Child)
        errors.append(Error{Tr::tr("The client is under 14: a guardian must sign."),
                            QStringLiteral("signer-guardian")});
    if (!roles.contains(SignedDocument::kStaff))
        errors.append(Error{Tr::tr("A member of staff must sign."), QStringLiteral("signer-staff")});

    errors << checkImages(doc);
    errors << checkLines(doc);

    if (doc.html.trimmed().isEmpty())
        errors.append(Error{Tr::tr("The signed text is missing."), QStringLiteral("html")});
    if (!doc.pdf.startsWith("%PDF-"))
        errors.append(Error{Tr::tr("The signed document is not a PDF."), QStringLiteral("pdf")});
    else if (doc.pdf.size() > SignedDocument::kMaxPdfBytes)
        errors.append(Error{Tr::tr("The PDF is larger than %1 MB.").arg(SignedDocument::kMaxPdfBytes >> 20),
                            QStringLiteral("pdf")});

    doc.replacesId = doc.replacesId.trimmed();
    if (!doc.replacesId.isEmpty()) {
        auto r = db.cached(
            "SELECT client_id, kind, (SELECT COUNT(*) FROM signed_documents n WHERE n.replaces_id = "
            "d.id) FROM signed_documents d WHERE d.id = ?");
        r->bind(1, doc.replacesId);
        if (!r->step() || r->text(0) != doc.clientId || r->text(1) != FormTemplate::kindKey(doc.kind))
            errors.append(Error{Tr::tr("The document to renew is not one of this client's of the same kind."),
                                QStringLiteral("replaces")});
        else if (r->int64(2) > 0)
            errors.append(
                Error{Tr::tr("That document has already been renewed."), QStringLiteral("replaces")});
    }
    if (!errors.isEmpty())
        return joined(errors);

    // The words signed on must stay findable: the shipped version 1 becomes a row now.
    if (version->version == 1 && version->isShipped() && !version->createdAt.isValid())
        FormTemplateRepository(m_journal).freezeShipped(actor, *version);

    doc.id = newId();
    doc.sha256 = sha256Hex(doc.pdf);
    doc.createdBy = actor.username;
    doc.createdAt = m_journal.clock().now();
    doc.revokedOn = {};
    doc.revokedReason.clear();
    doc.revokedBy.clear();
    const QString signers = signersJson(doc.signers);
    const QString lines = linesJson(doc.lines);
    const QString createdAt = m_journal.clock().nowIso();
    db.cached(
          "INSERT INTO signed_documents(id, client_id, kind, language, template_version, signed_on, "
          "valid_from, valid_until, on_paper, signers, lines, html, pdf, sha256, replaces_id, created_by, "
          "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(doc.id, doc.clientId, FormTemplate::kindKey(doc.kind), doc.language, doc.templateVersion,
                  isoDate(doc.signedOn), isoDate(doc.validFrom), isoDate(doc.validUntil), doc.onPaper,
                  signers, lines, doc.html, doc.pdf, doc.sha256,
                  doc.replacesId.isEmpty() ? QString() : doc.replacesId, doc.createdBy, createdAt)
        .exec();
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
        db.cached("INSERT INTO document_images(document_id, role, mime, data) VALUES (?, ?, ?, ?)")
            ->bindAll(doc.id, it.key(), it->mime, it->bytes)
            .exec();
    // The other workstations of the centre need the document whole: the PDF and each image travel
    // as base64 text (the wire carries scalars only); the hash lets the receiver check the PDF.
    QVariantMap fields{{QStringLiteral("client_id"), doc.clientId},
                       {QStringLiteral("kind"), FormTemplate::kindKey(doc.kind)},
                       {QStringLiteral("language"), doc.language},
                       {QStringLiteral("template_version"), doc.templateVersion},
                       {QStringLiteral("signed_on"), isoDate(doc.signedOn)},
                       {QStringLiteral("valid_from"), isoDate(doc.validFrom)},
                       {QStringLiteral("valid_until"), isoDate(doc.validUntil)},
                       {QStringLiteral("on_paper"), doc.onPaper},
                       {QStringLiteral("signers"), signers},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("html"), doc.html},
                       {QStringLiteral("pdf"), QString::fromLatin1(doc.pdf.toBase64())},
                       {QStringLiteral("sha256"), doc.sha256},
                       {QStringLiteral("image_roles"), QStringList(doc.images.keys()).join(QLatin1Char(','))},
                       {QStringLiteral("replaces_id"), doc.replacesId},
                       {QStringLiteral("created_by"), doc.createdBy},
                       {QStringLiteral("created_at"), createdAt}};
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
        fields.insert(QStringLiteral("image_") + it.key(), QString::fromLatin1(it->bytes.toBase64()));
    m_journal.record(actor, {QStringLiteral("signed_document"), doc.id, Change::Op::Create,
                             QStringLiteral("sign"), fields, std::nullopt, true});
    tx.commit();
    return doc.id;
}

QList<Error> SignedDocumentRepository::checkImages(SignedDocument& doc)
{
    QList<Error> errors;
    QSet<QString> expected;
    for (const SignedDocument::Signer& s : doc.signers)
        expected.insert(s.role);
    for (auto it = doc.images.begin(); it != doc.images.end(); ++it) {
        const QString field = QStringLiteral("image-%1").arg(it.key());
        if (it.key() == SignedDocument::kScan ? !doc.onPaper : !expected.contains(it.key())) {
            errors.append(Error{Tr::tr("An image was given for “%1”, who does not sign.").arg(it.key()),
                                QStringLiteral("images")});
            continue;
        }
        it->mime = mimeOf(it->bytes);
        if (it->bytes.size() > SignedDocument::kMaxImageBytes)
            errors.append(Error{
                Tr::tr("The image is larger than %1 MB.").arg(SignedDocument::kMaxImageBytes >> 20), field});
        else if (it.key() == SignedDocument::kScan ? it->mime.isEmpty() : it->mime != u"image/png")
            errors.append(Error{it.key() == SignedDocument::kScan
                                    ? Tr::tr("The scan must be a PDF, PNG or JPEG file.")
                                    : Tr::tr("The signature of “%1” is not a PNG image.").arg(it.key()),
                                field});
    }
    if (doc.onPaper) {
        if (!doc.images.contains(SignedDocument::kScan))
            errors.append(
                Error{Tr::tr("Attach the scan of the paper original."), QStringLiteral("image-scan")});
    } else {
        for (const SignedDocument::Signer& s : doc.signers)
            if (!doc.images.contains(s.role))
                errors.append(
                    Error{Tr::tr("“%1” has not signed on the pad.").arg(s.name.isEmpty() ? s.role : s.name),
                          QStringLiteral("image-%1").arg(s.role)});
    }
    return errors;
}

QList<Error> SignedDocumentRepository::checkLines(SignedDocument& doc)
{
    QList<Error> errors;
    if (doc.kind != FormTemplate::Kind::Agreement) {
        if (!doc.lines.isEmpty())
            errors.append(Error{Tr::tr("A consent form has no price lines."), QStringLiteral("lines")});
        return errors;
    }
    if (doc.lines.isEmpty()) {
        errors.append(Error{Tr::tr("An agreement needs at least one service from the price list."),
                            QStringLiteral("lines")});
        return errors;
    }
    if (!doc.signedOn.isValid())
        return errors; // no price list to compare with; the date's own error says why
    const PriceList prices = PriceListRepository(m_journal).load();
    QSet<QString> seen;
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        SignedDocument::AgreementLine& line = doc.lines[i];
        const QString field = QStringLiteral("line-%1").arg(i + 1);
        line.frequency = line.frequency.trimmed();
        const std::optional<PriceItem> row = prices.rowOn(line.itemKey, doc.signedOn);
        if (!row) {
            errors.append(Error{Tr::tr("Line %1 is not in the price list in force on %2.")
                                    .arg(i + 1)
                                    .arg(isoDate(doc.signedOn)),
                                field});
            continue;
        }
        if (seen.contains(line.itemKey))
            errors.append(Error{Tr::tr("Line %1 repeats %2.").arg(i + 1).arg(row->name), field});
        seen.insert(line.itemKey);
        // The PDF shows the caller's price: a different one means the signed text disagrees with
        // the published list, so it is refused, never quietly corrected.
        if (line.priceFen != row->priceFen)
            errors.append(Error{Tr::tr("Line %1: the price of %2 is %3 on the price list.")
                                    .arg(i + 1)
                                    .arg(row->name, Money::format(row->priceFen)),
                                field});
        if (line.frequency.size() > SignedDocument::kMaxFrequencyLength)
            errors.append(Error{Tr::tr("Line %1: the frequency is longer than %2 characters.")
                                    .arg(i + 1)
                                    .arg(SignedDocument::kMaxFrequencyLength),
                                field});
        line.name = row->name;
        line.unit = row->unit;
        line.priceFen = row->priceFen;
    }
    return errors;
}

Result<void> SignedDocumentRepository::revoke(const Actor& actor, const QString& id, const QDate& on,
                                              const QString& reason)
{
    if (!actor.can(Permission::SignDocuments))
        return Error{Tr::tr("Your role may not revoke consents or agreements."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    auto s = db.cached("SELECT client_id, signed_on, revoked_on FROM signed_documents WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return Error{Tr::tr("The signed document was not found."), {}, NotFound};
    const QString clientId = s->text(0);
    const QDate signedOn = dateFromIso(s->text(1));
    const bool revoked = !s->isNull(2);
    s->reset();
    if (const Result<QDate> client = writableClient(db, clientId); !client)
        return client.error();
    if (revoked)
        return Error{Tr::tr("This document has already been revoked."), {}, AlreadyRevoked};
    const QDate today = m_journal.clock().now().toLocalTime().date();
    if (!on.isValid())
        return Error{Tr::tr("Enter the date of revocation."), QStringLiteral("revoked-on"), Invalid};
    if (on > today)
        return Error{Tr::tr("The date of revocation cannot be in the future."), QStringLiteral("revoked-on"),
                     Invalid};
    if (on < signedOn)
        return Error{
            Tr::tr("The date of revocation cannot be before the signing (%1).").arg(isoDate(signedOn)),
            QStringLiteral("revoked-on"), Invalid};
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{Tr::tr("Enter the reason for the revocation."), QStringLiteral("reason"), Invalid};
    if (why.size() > SignedDocument::kMaxReasonLength)
        return Error{Tr::tr("The reason is longer than %1 characters.").arg(SignedDocument::kMaxReasonLength),
                     QStringLiteral("reason"), Invalid};

    db.cached("UPDATE signed_documents SET revoked_on = ?, revoked_reason = ?, revoked_by = ? "
              "WHERE id = ? AND revoked_on IS NULL")
        ->bindAll(isoDate(on), why, actor.username, id)
        .exec();
    m_journal.record(actor, {QStringLiteral("signed_document"),
                             id,
                             Change::Op::Update,
                             QStringLiteral("revoke"),
                             {{QStringLiteral("revoked_on"), isoDate(on)},
                              {QStringLiteral("revoked_reason"), why},
                              {QStringLiteral("revoked_by"), actor.username}},
                             std::nullopt,
                             true});
    tx.commit();
    return {};
}

Result<SignedDocument> SignedDocumentRepository::load(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not read signed documents."), {}, NotPermitted};
    Database& db = m_journal.database();
    auto s = db.cached(std::string(kColumns) + "WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return Error{Tr::tr("The signed document was not found."), {}, NotFound};
    SignedDocument d = readRow(*s);
    s->reset();
    auto p = db.cached("SELECT pdf FROM signed_documents WHERE id = ?");
    p->bind(1, id);
    if (p->step())
        d.pdf = p->blob(0);
    p->reset();
    auto i = db.cached("SELECT role, mime, data FROM document_images WHERE document_id = ?");
    i->bind(1, id);
    while (i->step())
        d.images.insert(i->text(0), {i->text(1), i->blob(2)});
    return d;
}

Result<QList<SignedDocument>> SignedDocumentRepository::list(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not read signed documents."), {}, NotPermitted};
    QList<SignedDocument> docs;
    auto s = m_journal.database().cached(std::string(kColumns) + "WHERE client_id = ?" + kNewestFirst);
    s->bind(1, clientId);
    while (s->step())
        docs.append(readRow(*s));
    return docs;
}

Result<QByteArray> SignedDocumentRepository::exportPdf(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not read signed documents."), {}, NotPermitted};
    Database& db = m_journal.database();
    auto s = db.cached("SELECT pdf FROM signed_documents WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return Error{Tr::tr("The signed document was not found."), {}, NotFound};
    const QByteArray pdf = s->blob(0);
    s->reset();
    Transaction tx(db);
    m_journal.record(actor, {QStringLiteral("signed_document"),
                             id,
                             Change::Op::None,
                             QStringLiteral("export"),
                             {{QStringLiteral("pdf"), QVariant()}},
                             std::nullopt,
                             false});
    tx.commit();
    return pdf;
}

Result<void> SignedDocumentRepository::recordPrinted(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not read signed documents."), {}, NotPermitted};
    Database& db = m_journal.database();
    {
        auto s = db.cached("SELECT 1 FROM signed_documents WHERE id = ?");
        s->bind(1, id);
        if (!s->step())
            return Error{Tr::tr("The signed document was not found."), {}, NotFound};
    }
    Transaction tx(db);
    m_journal.record(actor, {QStringLiteral("signed_document"),
                             id,
                             Change::Op::None,
                             QStringLiteral("print"),
                             {{QStringLiteral("html"), QVariant()}},
                             std::nullopt,
                             false});
    tx.commit();
    return {};
}

Result<bool> SignedDocumentRepository::verify(const QString& id)
{
    auto s = m_journal.database().cached("SELECT pdf, sha256 FROM signed_documents WHERE id = ?");
    s->bind(1, id);
    if (!s->step())
        return Error{Tr::tr("The signed document was not found."), {}, NotFound};
    const bool same = sha256Hex(s->blob(0)) == s->text(1);
    s->reset();
    return same;
}

std::optional<SignedDocument> SignedDocumentRepository::inForce(const QString& clientId,
                                                                FormTemplate::Kind kind, const QDate& day)
{
    return inForce(m_journal.database(), clientId, kind, day);
}

std::optional<SignedDocument> SignedDocumentRepository::inForce(Database& db, const QString& clientId,
                                                                FormTemplate::Kind kind, const QDate& day)
{
    if (!day.isValid())
        return std::nullopt;
    // ISO dates compare as text. The same rule as SignedDocument::inForceOn.
    auto s = db.cached(std::string(kColumns) +
                       "WHERE client_id = ? AND kind = ? AND valid_from <= ? AND (valid_until IS NULL OR "
                       "valid_until >= ?) AND (revoked_on IS NULL OR revoked_on > ?)" +
                       kNewestFirst + " LIMIT 1");
    const QString d = isoDate(day);
    s->bindAll(clientId, FormTemplate::kindKey(kind), d, d, d);
    std::optional<SignedDocument> found;
    if (s->step())
        found = readRow(*s);
    s->reset();
    return found;
}

QList<SignedDocument> SignedDocumentRepository::expiringWithin(int days, const QDate& today)
{
    QList<SignedDocument> docs;
    auto s = m_journal.database().cached(
        std::string(kColumns) +
        "WHERE kind = 'agreement' AND revoked_on IS NULL AND valid_until BETWEEN ? AND ? AND NOT EXISTS "
        "(SELECT 1 FROM signed_documents n WHERE n.replaces_id = signed_documents.id) "
        "ORDER BY valid_until, signed_on, rowid");
    s->bindAll(isoDate(today), isoDate(today.addDays(days)));
    while (s->step())
        docs.append(readRow(*s));
    return docs;
}

} // namespace kq
