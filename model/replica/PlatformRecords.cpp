#include "PlatformRecords.h"

#include "auth/Actor.h"
#include "clients/ClientRepository.h"
#include "clients/ClientValidator.h"
#include "clients/ClientVocabulary.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kq::PlatformRecords {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replica)
};

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

// The person's registration fields (the client entity's names) and the referral's own.
const QStringList kTexts =
    keys({"name", "gender", "birth_date", "id_number", "phone", "address", "household_county",
          "residence_county", "diagnosis_code", "severe_disorder", "disability_certificate", "insurance",
          "notes", "way_in", "platform_reference", "from_centre", "note", "referred_on", "referred_at"});
const QStringList kFlags =
    keys({"low_income", "hardship_allowance", "severe_disability_care", "guardianship_reward"});
const QString kLevel = QStringLiteral("disability_level");
const QString kPlatform = QStringLiteral("platform"); // the audit actor of pulled records

Result<void> checkShapes(const QJsonObject& fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonValue& v = it.value();
        bool ok = false;
        if (kTexts.contains(it.key()))
            ok = v.isString() || v.isNull();
        else if (kFlags.contains(it.key()))
            ok = v.isBool() || v.isNull();
        else if (it.key() == kLevel)
            ok = v.isDouble() || v.isNull();
        else
            return Error{
                Tr::tr("Records of kind “%1” have no field “%2”.").arg(QStringLiteral("referral"), it.key()),
                it.key(), Replica::UnknownField};
        if (!ok)
            return Error{Tr::tr("The value has the wrong type."), it.key(), Replica::InvalidValue};
    }
    const QString way = fields.value(QStringLiteral("way_in")).toString();
    if (!way.isEmpty() && way != kPlatform)
        return Error{Tr::tr("A referral comes in through the platform."), QStringLiteral("way_in"),
                     Replica::InvalidValue};
    return {};
}

ClientRecord personOf(const QJsonObject& f)
{
    using namespace ClientVocabulary;
    const auto text = [&f](const char* key) { return f.value(QString::fromLatin1(key)).toString(); };
    ClientRecord r;
    r.name = text("name");
    r.gender = genderFromKey(text("gender"));
    r.birthDate = dateFromIso(text("birth_date"));
    r.idNumber = text("id_number");
    r.phone = text("phone");
    r.address = text("address");
    r.householdCounty = text("household_county");
    r.residenceCounty = text("residence_county");
    r.diagnosisCode = text("diagnosis_code");
    r.severeDisorder = severeDisorderFromKey(text("severe_disorder"));
    r.disabilityCertificate = text("disability_certificate");
    r.disabilityLevel = f.value(kLevel).toInt();
    r.lowIncome = f.value(QStringLiteral("low_income")).toBool();
    r.hardshipAllowance = f.value(QStringLiteral("hardship_allowance")).toBool();
    r.severeDisabilityCare = f.value(QStringLiteral("severe_disability_care")).toBool();
    r.guardianshipReward = f.value(QStringLiteral("guardianship_reward")).toBool();
    r.insurance = insuranceFromKey(text("insurance"));
    r.notes = text("notes");
    return r;
}

QJsonObject wire(const QVariantMap& map)
{
    return QJsonObject::fromVariantMap(map);
}

// Applies one derived record and sends it on: the platform holds the referral, not the rows a
// workstation opens the case with, and later changes to them are updates of those rows. Every
// workstation of the centre derives the same rows from the same referral (ids and timestamps come
// from it), so their creates agree and the platform takes the first and answers the rest alike.
Result<void> write(Replica& replica, Journal& journal, const QString& entity, const QString& id,
                   const QJsonObject& fields, Change::Op op)
{
    const Result<Replica::Applied> r = replica.apply(entity, id, fields, false);
    if (!r)
        return r.error();
    journal.record(Actor{{}, kPlatform, kPlatform, Role::Administrator},
                   {entity, id, op, QStringLiteral("referral"), fields.toVariantMap(), std::nullopt, true});
    return {};
}
} // namespace

Result<Replica::Applied> apply(Replica& replica, Journal& journal, const QString& id,
                               const QJsonObject& fields, bool deleted)
{
    if (deleted) // a withdrawn referral undoes nothing here: the case is a person's to close
        return Replica::Applied{};
    if (Result<void> shapes = checkShapes(fields); !shapes)
        return shapes.error();
    Database& db = journal.database();
    const QString eventId = derivedId(QStringLiteral("referral"), id);
    {
        auto s = db.cached("SELECT client_id FROM case_events WHERE id = ?");
        s->bind(1, eventId);
        if (s->step()) // opened before: exactly once per referral
            return Replica::Applied{Replica::Outcome::Unchanged, {}, s->text(0), {}};
    }

    const QDate today = journal.clock().now().toLocalTime().date();
    ClientRecord person = personOf(fields);
    const ClientCheck check = ClientValidator::normalise(person, today);
    if (!check.ok())
        return Error{check.summary(), check.errors.first().field, Replica::InvalidValue};
    Application app;
    app.wayIn = WayIn::Platform;
    app.appliedOn = fields.contains(QStringLiteral("referred_on"))
                        ? dateFromIso(fields.value(QStringLiteral("referred_on")).toString())
                        : today;
    app.platformReference = fields.value(QStringLiteral("platform_reference")).toString().trimmed();
    app.fromOrganisation = fields.value(QStringLiteral("from_centre")).toString().trimmed();
    app.notes = fields.value(QStringLiteral("note")).toString().trimmed();
    // The platform dates the referral; a workstation clock a little behind must not refuse it.
    if (Result<void> valid = app.validate(std::max(today, app.appliedOn)); !valid)
        return Error{valid.error().message, valid.error().field, Replica::InvalidValue};
    // Timestamps from the referral where it has them, so every workstation writes the same rows.
    QString recordedAt = fields.value(QStringLiteral("referred_at")).toString();
    if (!QDateTime::fromString(recordedAt, Qt::ISODateWithMs).isValid())
        recordedAt = journal.clock().nowIso();
    const QString applied = isoDate(app.appliedOn);
    const QString referred = CaseStates::key(CaseState::Referred);
    QJsonObject event{
        {QStringLiteral("occurred_at"),
         QDateTime(app.appliedOn, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("recorded_at"), recordedAt},
        {QStringLiteral("actor"), kPlatform},
        {QStringLiteral("to_status"), referred},
        {QStringLiteral("details"),
         QString::fromUtf8(QJsonDocument(wire(app.toDetails())).toJson(QJsonDocument::Compact))}};
    QJsonObject file{{QStringLiteral("way_in"), WaysIn::key(WayIn::Platform)},
                     {QStringLiteral("applied_on"), applied},
                     {QStringLiteral("registered_on"), applied},
                     {QStringLiteral("state_since"), applied}};

    QString clientId;
    CaseState from = CaseState::Referred;
    if (std::optional<QString> existing = person.idNumber.isEmpty()
                                              ? std::nullopt
                                              : ClientRepository(journal).findByIdNumber(person.idNumber)) {
        // The same person: reopen the case where the rules allow it, as LifecycleService would.
        clientId = *existing;
        const std::optional<CaseFacts> facts = LifecycleService(journal).facts(clientId);
        CaseInput input;
        input.details = app.toDetails();
        if (!facts || !LifecycleRules::check(*facts, CaseAction::Reapply, input, today))
            return Replica::Applied{Replica::Outcome::Unchanged,
                                    {},
                                    clientId,
                                    {Tr::tr("Platform referral %1 is for a client already registered here "
                                            "with an open case; no second "
                                            "case was opened.")
                                         .arg(app.platformReference)}};
        from = facts->state;
        for (const char* cleared : {"needs_reviewed_on", "waiting_since", "waiting_reviewed_on",
                                    "resume_status", "agreement_ref", "follow_up_due", "follow_up_done"})
            file.insert(QString::fromLatin1(cleared), QJsonValue());
        if (Result<void> r = write(replica, journal, QStringLiteral("client"), clientId,
                                   {{QStringLiteral("status"), referred}}, Change::Op::Update);
            !r)
            return r.error();
        event.insert(QStringLiteral("action"), QStringLiteral("reapply"));
        event.insert(QStringLiteral("from_status"), CaseStates::key(from));
    } else {
        clientId = derivedId(QStringLiteral("referral-client"), id);
        QVariantMap columns = ClientRepository::columnsOf(person);
        columns.insert(QStringLiteral("status"), referred);
        columns.insert(QStringLiteral("created_at"), recordedAt);
        columns.insert(QStringLiteral("created_by"), kPlatform);
        if (Result<void> r = write(replica, journal, QStringLiteral("client"), clientId, wire(columns),
                                   Change::Op::Create);
            !r)
            return r.error();
        event.insert(QStringLiteral("action"), QStringLiteral("apply"));
    }
    file.insert(QStringLiteral("client_id"), clientId);
    event.insert(QStringLiteral("client_id"), clientId);
    const bool newFile =
        from == CaseState::Referred && event.value(QStringLiteral("action")).toString() == u"apply";
    if (Result<void> r = write(replica, journal, QStringLiteral("case_file"),
                               derivedId(QStringLiteral("case_file"), clientId), file,
                               newFile ? Change::Op::Create : Change::Op::Update);
        !r)
        return r.error();
    if (Result<void> r =
            write(replica, journal, QStringLiteral("case_event"), eventId, event, Change::Op::Create);
        !r)
        return r.error();
    return Replica::Applied{Replica::Outcome::Written, {}, clientId, check.notices};
}

Result<Replica::Applied> decodeConflict(const QString& id, const QJsonObject& fields, bool deleted)
{
    static const QStringList known =
        keys({"entity", "record_id", "field", "server_value", "proposed_value", "base_rev", "proposed_by",
              "status", "resolution", "resolved_value", "resolved_by", "resolved_at"});
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (!known.contains(it.key()))
            return Error{
                Tr::tr("Records of kind “%1” have no field “%2”.").arg(QStringLiteral("conflict"), it.key()),
                it.key(), Replica::UnknownField};
    ReplicaConflict c;
    c.id = id;
    c.deleted = deleted;
    const auto text = [&fields](const char* key) {
        return fields.value(QString::fromLatin1(key)).toString();
    };
    c.entity = text("entity");
    c.recordId = text("record_id");
    c.field = text("field");
    c.serverValue = fields.value(QStringLiteral("server_value"));
    c.proposedValue = fields.value(QStringLiteral("proposed_value"));
    c.proposedBy = text("proposed_by");
    c.status = text("status");
    c.resolution = text("resolution");
    c.resolvedValue = fields.value(QStringLiteral("resolved_value"));
    c.resolvedBy = text("resolved_by");
    c.resolvedAt = text("resolved_at");
    const QJsonValue base = fields.value(QStringLiteral("base_rev"));
    if (base.isDouble())
        c.baseRev = base.toInteger();
    if (!deleted) {
        for (const char* required : {"entity", "record_id", "field"})
            if (text(required).isEmpty())
                return Error{Tr::tr("A value is required."), QString::fromLatin1(required),
                             Replica::MissingField};
        if (c.status != u"open" && c.status != u"resolved")
            return Error{Tr::tr("Expected open or resolved."), QStringLiteral("status"),
                         Replica::InvalidValue};
        if (!base.isDouble() && !base.isNull() && !base.isUndefined())
            return Error{Tr::tr("Expected a whole number."), QStringLiteral("base_rev"),
                         Replica::InvalidValue};
    }
    return Replica::Applied{Replica::Outcome::Unchanged, c, {}, {}};
}

} // namespace kq::PlatformRecords
