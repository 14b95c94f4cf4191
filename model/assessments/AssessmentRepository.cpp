#include "AssessmentRepository.h"

#include "AssessmentVocabulary.h"
#include "auth/Actor.h"
#include "centre/CentreSettings.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Ids.h"
#include "lifecycle/CaseState.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)
};

using namespace AssessmentVocabulary;

// Lists and maps are compact JSON text: SQLite 3.15 has no JSON1, the application parses them.
QString compact(const QJsonDocument& doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString participantsJson(const QList<Assessment::Participant>& participants)
{
    QJsonArray array;
    for (const Assessment::Participant& p : participants)
        array.append(QJsonObject{{QStringLiteral("role"), p.role}, {QStringLiteral("name"), p.name}});
    return compact(QJsonDocument(array));
}

QList<Assessment::Participant> participantsFrom(const QString& json)
{
    QList<Assessment::Participant> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue v : array)
        out.append({v[QStringLiteral("role")].toString(), v[QStringLiteral("name")].toString()});
    return out;
}

QString progressJson(const Assessment::Progress& progress)
{
    QJsonObject o;
    for (Assessment::Rating r : ratings())
        if (!progress.value(r).isEmpty())
            o.insert(ratingKey(r), progress.value(r));
    return compact(QJsonDocument(o));
}

Assessment::Progress progressFrom(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Assessment::Progress progress;
    for (Assessment::Rating r : ratings())
        progress.value(r) = o.value(ratingKey(r)).toString();
    return progress;
}

QJsonObject answersObject(const ScaleAnswers& answers)
{
    QJsonObject o;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

ScaleAnswers answersFrom(const QString& json)
{
    ScaleAnswers answers;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        answers.insert(it.key(), it.value().toInt());
    return answers;
}

// All scales of an assessment in one outbox field, so the platform receives the record whole.
QString scalesJson(const QList<Assessment::ScaleEntry>& scales)
{
    QJsonArray array;
    for (const Assessment::ScaleEntry& s : scales)
        array.append(QJsonObject{{QStringLiteral("scale_id"), s.scaleId},
                                 {QStringLiteral("version"), s.version},
                                 {QStringLiteral("answers"), answersObject(s.answers)},
                                 {QStringLiteral("total"), s.total},
                                 {QStringLiteral("band"), s.band},
                                 {QStringLiteral("flagged"), s.flagged}});
    return compact(QJsonDocument(array));
}

// Who rated the risk: the psychiatrist (危险性评估 is a clinical rating), else the first listed.
QString riskAssessor(const Assessment& a)
{
    for (const Assessment::Participant& p : a.participants)
        if (p.role == u"psychiatrist")
            return p.name;
    return a.participants.isEmpty() ? QString() : a.participants.first().name;
}

Error invalid(const QList<Error>& errors)
{
    return combinedErrors(errors, AssessmentRepository::Invalid);
}
} // namespace

Result<AssessmentRepository::Recorded> AssessmentRepository::record(const Actor& actor, Assessment a)
{
    if (!actor.can(Permission::EditClinicalRecords))
        return Error{Tr::tr("Your role may not record assessments."), {}, NotPermitted};
    a.normalise();
    Database& db = m_journal.database();
    Transaction tx(db);

    QDate appliedOn;
    {
        auto c = db.cached("SELECT c.status, f.applied_on FROM clients c "
                           "LEFT JOIN case_files f ON f.client_id = c.id WHERE c.id = ?");
        c->bind(1, a.clientId);
        if (!c->step())
            return Error{Tr::tr("The client record was not found."), QStringLiteral("client"), NotFound};
        if (const std::optional<CaseState> state = CaseStates::fromKey(c->text(0));
            state && CaseStates::isReadOnly(*state))
            return Error{
                Tr::tr("This client was transferred to another centre; the record is read-only here."),
                {},
                ReadOnly};
        appliedOn = QDate::fromString(c->text(1), Qt::ISODate);
    }

    QList<Error> errors;
    const QDate today = m_journal.clock().now().toLocalTime().date();
    const QString dateField = QStringLiteral("assessed-on");
    if (!a.assessedOn.isValid())
        errors.append(Error{Tr::tr("Enter the date of the assessment."), dateField});
    else if (a.assessedOn > today)
        errors.append(Error{Tr::tr("The assessment date cannot be in the future."), dateField});
    else if (appliedOn.isValid() && a.assessedOn < appliedOn)
        // An earlier date would belong to a previous case and count for none.
        errors.append(Error{Tr::tr("The assessment date cannot be before the application of the current case "
                                   "(%1).")
                                .arg(isoDate(appliedOn)),
                            dateField});
    QStringList notices;
    errors << a.check(notices) << rescore(a.scales);
    if (!errors.isEmpty())
        return invalid(errors);

    a.id = newId();
    a.createdBy = actor.username;
    a.createdAt = m_journal.clock().now();
    const QString now = m_journal.clock().nowIso();
    const QString participants = participantsJson(a.participants);
    const QString details = progressJson(a.progress);
    db.cached(
          "INSERT INTO assessments(id, client_id, kind, assessed_on, participants, findings, risk_level, "
          "opinion, outcome, details, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(a.id, a.clientId, kindKey(a.kind), isoDate(a.assessedOn), participants,
                  nullIfEmpty(a.findings), a.riskLevel, nullIfEmpty(a.opinion), nullIfEmpty(a.outcome),
                  details, a.createdBy, now)
        .exec();
    for (const Assessment::ScaleEntry& s : a.scales) {
        auto ins =
            db.cached("INSERT INTO assessment_scales(assessment_id, scale_id, scale_version, answers, total, "
                      "band, flagged) VALUES (?, ?, ?, ?, ?, ?, ?)");
        ins->bindAll(a.id, s.scaleId, s.version, compact(QJsonDocument(answersObject(s.answers))), s.total,
                     nullIfEmpty(s.band), s.flagged);
        ins->exec();
    }
    m_journal.record(actor, {QStringLiteral("assessment"),
                             a.id,
                             Change::Op::Create,
                             {},
                             {{QStringLiteral("client_id"), a.clientId},
                              {QStringLiteral("kind"), kindKey(a.kind)},
                              {QStringLiteral("assessed_on"), isoDate(a.assessedOn)},
                              {QStringLiteral("participants"), participants},
                              {QStringLiteral("findings"), a.findings},
                              {QStringLiteral("risk_level"), a.riskLevel},
                              {QStringLiteral("opinion"), a.opinion},
                              {QStringLiteral("outcome"), a.outcome},
                              {QStringLiteral("details"), details},
                              {QStringLiteral("scales"), scalesJson(a.scales)},
                              {QStringLiteral("created_by"), a.createdBy},
                              {QStringLiteral("created_at"), now}},
                             std::nullopt,
                             true});

    if (a.riskLevel >= 0)
        updateRisk(actor, a);
    if (a.kind == Assessment::Kind::Periodic) {
        // The next review follows the latest periodic assessment, not one entered late from paper.
        auto later = db.cached("SELECT 1 FROM assessments WHERE client_id = ? AND kind = 'periodic' "
                               "AND assessed_on > ? LIMIT 1");
        later->bindAll(a.clientId, isoDate(a.assessedOn));
        if (!later->step()) {
            const int months = CentreSettings::load(db).reviewIntervalMonths();
            const QString due = isoDate(a.assessedOn.addMonths(months));
            db.cached("UPDATE case_files SET review_due = ?, updated_at = ? WHERE client_id = ?")
                ->bindAll(due, now, a.clientId)
                .exec();
            if (db.changes() > 0)
                LifecycleService::recordCaseFile(m_journal, actor, a.clientId,
                                                 {{QStringLiteral("review_due"), due}}, false);
        }
    }
    tx.commit();
    return Recorded{a.id, notices};
}

QList<Error> AssessmentRepository::rescore(QList<Assessment::ScaleEntry>& entries) const
{
    QList<Error> errors;
    for (Assessment::ScaleEntry& e : entries) {
        const QString field = QStringLiteral("scale-") + e.scaleId;
        const ScaleDefinition* scale = m_scales.find(e.scaleId);
        if (!scale) {
            errors.append(
                Error{Tr::tr("There is no scale “%1” in the scale library.").arg(e.scaleId), field});
            continue;
        }
        const QString name = scale->name.text();
        Result<ScaleResult> scored = score(*scale, e.answers);
        if (!scored) {
            const QString message = scored.error().message;
            errors.append(Error{message.contains(name) ? message : Tr::tr("%1: %2").arg(name, message),
                                field + QLatin1Char('-') + scored.error().field});
            continue;
        }
        const ScaleResult& r = scored.value();
        if (!r.complete()) {
            const ScaleItem* first = scale->item(r.missing.first());
            errors.append(Error{Tr::tr("%1 is not complete: %n item(s) not answered, the first “%2”.",
                                       nullptr, int(r.missing.size()))
                                    .arg(name, first ? first->text.text() : r.missing.first()),
                                field + QLatin1Char('-') + r.missing.first()});
            continue;
        }
        e.version = scale->version;
        e.total = r.total;
        e.flagged = r.flagged;
        e.band.clear();
        if (r.bandIndex) {
            const LocalText& label = scale->bands[*r.bandIndex].label;
            e.band = label.zh.isEmpty() ? label.en : label.zh;
        }
    }
    return errors;
}

void AssessmentRepository::updateRisk(const Actor& actor, const Assessment& a)
{
    Database& db = m_journal.database();
    auto current = db.cached("SELECT risk_assessed_on FROM clients WHERE id = ?");
    current->bind(1, a.clientId);
    const QDate ratedOn = current->step() ? QDate::fromString(current->text(0), Qt::ISODate) : QDate();
    if (ratedOn.isValid() && ratedOn > a.assessedOn)
        return; // a later rating is on record: this one stays in the assessment only
    const QString assessor = riskAssessor(a).left(Assessment::kMaxNameLength);
    db.cached("UPDATE clients SET risk_level = ?, risk_assessed_on = ?, risk_assessor = ?, rev = rev + 1, "
              "updated_at = ? WHERE id = ?")
        ->bindAll(a.riskLevel, isoDate(a.assessedOn), nullIfEmpty(assessor), m_journal.clock().nowIso(),
                  a.clientId)
        .exec();
    m_journal.record(actor, {QStringLiteral("client"),
                             a.clientId,
                             Change::Op::Update,
                             {},
                             {{QStringLiteral("risk_level"), a.riskLevel},
                              {QStringLiteral("risk_assessed_on"), isoDate(a.assessedOn)},
                              {QStringLiteral("risk_assessor"), assessor}},
                             std::nullopt,
                             true});
}

Result<QList<Assessment>> AssessmentRepository::list(const Actor& actor, const QString& clientId)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see assessments."), {}, NotPermitted};
    return select("client_id", clientId);
}

Result<Assessment> AssessmentRepository::load(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClinicalRecords))
        return Error{Tr::tr("Your role may not see assessments."), {}, NotPermitted};
    QList<Assessment> found = select("id", id);
    if (found.isEmpty())
        return Error{Tr::tr("The assessment was not found."), {}, NotFound};
    return found.takeFirst();
}

QList<Assessment> AssessmentRepository::select(const char* where, const QString& value)
{
    Database& db = m_journal.database();
    Statement s =
        db.prepare(std::string("SELECT id, client_id, kind, assessed_on, participants, findings, risk_level, "
                               "opinion, outcome, details, created_by, created_at FROM assessments WHERE ") +
                   where + " = ? ORDER BY assessed_on DESC, created_at DESC, rowid DESC");
    s.bind(1, value);
    QList<Assessment> out;
    while (s.step()) {
        Assessment a;
        a.id = s.text(0);
        a.clientId = s.text(1);
        a.kind = kindFromKey(s.text(2)).value_or(Assessment::Kind::Periodic);
        a.assessedOn = QDate::fromString(s.text(3), Qt::ISODate);
        a.participants = participantsFrom(s.text(4));
        a.findings = s.text(5);
        a.riskLevel = int(s.int64(6));
        a.opinion = s.text(7);
        a.outcome = s.text(8);
        a.progress = progressFrom(s.text(9));
        a.createdBy = s.text(10);
        a.createdAt = QDateTime::fromString(s.text(11), Qt::ISODateWithMs);
        out.append(a);
    }
    for (Assessment& a : out) {
        auto q =
            db.cached("SELECT scale_id, scale_version, answers, total, band, flagged FROM assessment_scales "
                      "WHERE assessment_id = ? ORDER BY rowid");
        q->bind(1, a.id);
        while (q->step())
            a.scales.append({q->text(0), int(q->int64(1)), answersFrom(q->text(2)), int(q->int64(3)),
                             q->text(4), q->int64(5) != 0});
    }
    return out;
}

} // namespace kq
