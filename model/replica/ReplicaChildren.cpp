#include "ReplicaChildren.h"

#include "Replica.h"
#include "clients/ClientSearchKeys.h"
#include "documents/SignedDocument.h"
#include "documents/SignedDocumentRepository.h"
#include "sessions/GroupActivity.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kq::ReplicaChildren {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replica)
};

using Replication::Incoming;

Error invalid(const QString& field, const QString& message)
{
    return Error{message, field, Replica::InvalidValue};
}

QJsonArray arrayOf(const QJsonObject& extra, const QString& field)
{
    return QJsonDocument::fromJson(extra.value(field).toString().toUtf8()).array();
}

// A JSON array given as text; the error names the field.
Result<QJsonArray> parsedArray(const QJsonObject& extra, const QString& field)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(extra.value(field).toString().toUtf8(), &error);
    if (!extra.value(field).isString() || error.error != QJsonParseError::NoError || !doc.isArray())
        return invalid(field, Tr::tr("Expected a JSON list as text."));
    return doc.array();
}

QStringList column(Database& db, const char* sql, const QString& key)
{
    QStringList out;
    Statement s = db.prepare(sql);
    s.bind(1, key);
    while (s.step())
        out << s.text(0);
    return out;
}

bool clientExists(Database& db, const QString& id)
{
    auto s = db.cached("SELECT 1 FROM clients WHERE id = ?");
    s->bind(1, id);
    return s->step();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QStringList kImageRoles{SignedDocument::kClient, SignedDocument::kGuardian, SignedDocument::kStaff,
                              SignedDocument::kScan};
const QString kImagePrefix = QStringLiteral("image_");
} // namespace

void clientSortKey(QVariantMap& columns)
{
    const QString name = QStringLiteral("name");
    if (columns.contains(name))
        columns.insert(QStringLiteral("sort_key"), ClientSearchKeys::sortKey(columns.value(name).toString()));
}

QStringList keyIsClient(Database&, const QString& key)
{
    return {key};
}

QStringList clientOfGuardian(Database& db, const QString& key)
{
    return column(db, "SELECT client_id FROM guardians WHERE id = ?", key);
}

QStringList clientOfSession(Database& db, const QString& key)
{
    return column(db, "SELECT client_id FROM sessions WHERE id = ?", key);
}

QStringList rosterOf(Database& db, const QString& key)
{
    return column(db, "SELECT client_id FROM group_attendance WHERE activity_id = ?", key);
}

Result<QString> centreTwin(Database& db, const Incoming& in)
{
    Statement s = db.prepare("SELECT id, code FROM centre LIMIT 1");
    if (!s.step())
        return QString();
    const QString code = in.columns.value(QStringLiteral("code")).toString();
    if (code != s.text(1))
        return Error{Tr::tr("This store belongs to centre %1, not %2.").arg(s.text(1), code),
                     QStringLiteral("code"), Replica::WrongCentre};
    return s.text(0);
}

Result<QString> templateTwin(Database& db, const Incoming& in)
{
    Statement s =
        db.prepare("SELECT id, body FROM form_templates WHERE kind = ? AND language = ? AND version = ?");
    s.bindAll(in.columns.value(QStringLiteral("kind")).toString(),
              in.columns.value(QStringLiteral("language")).toString(),
              in.columns.value(QStringLiteral("version")).toLongLong());
    if (!s.step())
        return QString();
    if (s.text(1) != in.columns.value(QStringLiteral("body")).toString())
        return invalid(QStringLiteral("version"),
                       Tr::tr("Another text of this form is already version %1 here.")
                           .arg(in.columns.value(QStringLiteral("version")).toLongLong()));
    return s.text(0);
}

Result<void> checkScales(Database&, const Incoming& in)
{
    const QString field = QStringLiteral("scales");
    if (!in.extra.contains(field))
        return {};
    const Result<QJsonArray> scales = parsedArray(in.extra, field);
    if (!scales)
        return scales.error();
    for (const QJsonValue v : scales.value()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("scale_id")).toString().isEmpty() ||
            !o.value(QStringLiteral("version")).isDouble() ||
            !o.value(QStringLiteral("answers")).isObject() || !o.value(QStringLiteral("total")).isDouble() ||
            !o.value(QStringLiteral("flagged")).isBool())
            return invalid(field, Tr::tr("Each scale needs scale_id, version, answers, total and flagged."));
    }
    return {};
}

bool writeScales(Database& db, const Incoming& in)
{
    const QString field = QStringLiteral("scales");
    if (!in.extra.contains(field))
        return false;
    QStringList want;
    for (const QJsonValue v : arrayOf(in.extra, field)) {
        const QJsonObject o = v.toObject();
        want << QStringList{o.value(QStringLiteral("scale_id")).toString(),
                            QString::number(o.value(QStringLiteral("version")).toInteger()),
                            compact(o.value(QStringLiteral("answers")).toObject()),
                            QString::number(o.value(QStringLiteral("total")).toInteger()),
                            o.value(QStringLiteral("band")).toString(),
                            o.value(QStringLiteral("flagged")).toBool() ? QStringLiteral("1")
                                                                        : QStringLiteral("0")}
                    .join(QChar(0x1f));
    }
    QStringList have;
    Statement s =
        db.prepare("SELECT scale_id, scale_version, answers, total, band, flagged FROM assessment_scales "
                   "WHERE assessment_id = ? ORDER BY rowid");
    s.bind(1, in.key);
    while (s.step())
        have << QStringList{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)}.join(
            QChar(0x1f));
    if (have == want)
        return false;
    db.prepare("DELETE FROM assessment_scales WHERE assessment_id = ?").bind(1, in.key).exec();
    for (const QString& row : std::as_const(want)) {
        const QStringList v = row.split(QChar(0x1f));
        db.cached(
              "INSERT INTO assessment_scales(assessment_id, scale_id, scale_version, answers, total, band, "
              "flagged) VALUES (?, ?, ?, ?, ?, ?, ?)")
            ->bindAll(in.key, v[0], v[1].toLongLong(), v[2], v[3].toLongLong(), nullIfEmpty(v[4]),
                      v[5].toLongLong())
            .exec();
    }
    return true;
}

Result<void> checkDocument(Database& db, const Incoming& in)
{
    const QString pdfField = QStringLiteral("pdf");
    if (in.columns.contains(pdfField)) {
        QString sha = in.columns.value(QStringLiteral("sha256")).toString();
        if (sha.isEmpty() && in.exists) {
            auto s = db.cached("SELECT sha256 FROM signed_documents WHERE id = ?");
            s->bind(1, in.key);
            if (s->step())
                sha = s->text(0);
        }
        const QByteArray pdf = in.columns.value(pdfField).toByteArray();
        if (!pdf.startsWith("%PDF-") || SignedDocumentRepository::sha256Hex(pdf) != sha)
            return invalid(pdfField, Tr::tr("The PDF is not the one its hash names."));
    }
    for (auto it = in.extra.constBegin(); it != in.extra.constEnd(); ++it) {
        if (it.key() == u"image_roles") {
            for (const QString& role : it.value().toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!kImageRoles.contains(role))
                    return invalid(it.key(), Tr::tr("“%1” is not a kind of signer.").arg(role));
            continue;
        }
        const QString role = it.key().mid(kImagePrefix.size());
        const QByteArray::FromBase64Result bytes = QByteArray::fromBase64Encoding(
            it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!kImageRoles.contains(role))
            return Error{Tr::tr("Unknown field."), it.key(), Replica::UnknownField};
        if (!it.value().isString() || !bytes || bytes.decoded.size() > SignedDocument::kMaxImageBytes ||
            SignedDocumentRepository::sniffMime(*bytes).isEmpty())
            return invalid(it.key(), Tr::tr("Expected a PNG, JPEG or PDF file as base64 text."));
    }
    return {};
}

bool writeImages(Database& db, const Incoming& in)
{
    bool changed = false;
    for (auto it = in.extra.constBegin(); it != in.extra.constEnd(); ++it) {
        if (!it.key().startsWith(kImagePrefix) || it.key() == u"image_roles")
            continue;
        const QString role = it.key().mid(kImagePrefix.size());
        const QByteArray bytes = QByteArray::fromBase64(it.value().toString().toLatin1());
        auto s = db.cached("SELECT data FROM document_images WHERE document_id = ? AND role = ?");
        s->bindAll(in.key, role);
        if (s->step() && s->blob(0) == bytes)
            continue;
        s->reset();
        db.cached("INSERT OR REPLACE INTO document_images(document_id, role, mime, data) VALUES (?, ?, ?, ?)")
            ->bindAll(in.key, role, SignedDocumentRepository::sniffMime(bytes), bytes)
            .exec();
        changed = true;
    }
    return changed;
}

Result<void> checkRoster(Database& db, const Incoming& in)
{
    for (const QString& field : {QStringLiteral("roster"), QStringLiteral("attendance")}) {
        if (!in.extra.contains(field))
            continue;
        const Result<QJsonArray> list = parsedArray(in.extra, field);
        if (!list)
            return list.error();
        for (const QJsonValue v : list.value()) {
            const bool roster = field == u"roster";
            const QString clientId = roster ? v.toString() : v[QStringLiteral("client_id")].toString();
            const QJsonValue present = v[QStringLiteral("present")];
            const QJsonValue note = v[QStringLiteral("note")];
            if (clientId.isEmpty() ||
                (!roster && (!(present.isBool() || present.isNull()) ||
                             !(note.isString() || note.isNull() || note.isUndefined()) ||
                             note.toString().size() > GroupActivity::kMaxNoteLength)))
                return invalid(field, roster ? Tr::tr("Expected a list of client ids.")
                                             : Tr::tr("Expected a list of {client_id, present, note}."));
            if (!clientExists(db, clientId))
                return Error{Tr::tr("A client on the roster is not in this store yet."), field,
                             Replica::MissingParent};
        }
    }
    return {};
}

bool writeRoster(Database& db, const Incoming& in)
{
    using Row = std::pair<QVariant, QVariant>; // present, note
    QHash<QString, Row> have;
    {
        Statement s =
            db.prepare("SELECT client_id, present, note FROM group_attendance WHERE activity_id = ?");
        s.bind(1, in.key);
        while (s.step())
            have.insert(s.text(0), {s.isNull(1) ? QVariant() : QVariant(s.int64(1)),
                                    s.isNull(2) ? QVariant() : QVariant(s.text(2))});
    }
    QStringList ids = have.keys();
    if (in.extra.contains(QStringLiteral("roster"))) {
        ids.clear();
        for (const QJsonValue v : arrayOf(in.extra, QStringLiteral("roster")))
            ids << v.toString();
    }
    QHash<QString, Row> marked;
    for (const QJsonValue v : arrayOf(in.extra, QStringLiteral("attendance"))) {
        const QJsonValue present = v[QStringLiteral("present")];
        const QString note = v[QStringLiteral("note")].toString();
        marked.insert(v[QStringLiteral("client_id")].toString(),
                      {present.isBool() ? QVariant(qint64(present.toBool())) : QVariant(),
                       note.isEmpty() ? QVariant() : QVariant(note)});
    }
    bool changed = false;
    for (const QString& id : std::as_const(ids)) {
        const Row want = marked.contains(id) ? marked.value(id) : have.value(id);
        const auto it = have.constFind(id);
        if (it != have.cend() && it->first == want.first && it->second == want.second)
            continue;
        auto s = db.cached(it == have.cend()
                               ? "INSERT INTO group_attendance(present, note, activity_id, client_id) "
                                 "VALUES (?, ?, ?, ?)"
                               : "UPDATE group_attendance SET present = ?, note = ? "
                                 "WHERE activity_id = ? AND client_id = ?");
        if (want.first.isNull())
            s->bind(1, nullptr);
        else
            s->bind(1, want.first.toLongLong());
        s->bind(2, want.second.toString()); // a null QString binds NULL
        s->bind(3, in.key).bind(4, id).exec();
        changed = true;
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (!ids.contains(it.key())) {
            db.cached("DELETE FROM group_attendance WHERE activity_id = ? AND client_id = ?")
                ->bindAll(in.key, it.key())
                .exec();
            changed = true;
        }
    return changed;
}

} // namespace kq::ReplicaChildren
