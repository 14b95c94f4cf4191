#include "EntitySpec.h"
#include "ReplicaChildren.h"
#include "clients/ClientVocabulary.h"
#include "staff/StaffTraining.h"

#include <QHash>

namespace kq::Replication {

namespace {
using T = FieldType;
namespace C = ReplicaChildren;

// Field constructors: `req` for NOT NULL columns a new row needs, `def` for NOT NULL columns with a
// default, `opt` for nullable ones.
Field req(const char* name, T type = T::Text)
{
    Field f;
    f.name = QString::fromLatin1(name);
    f.type = type;
    f.required = true;
    return f;
}

Field def(const char* name, T type = T::Text)
{
    Field f = req(name, type);
    f.required = false;
    f.notNull = true;
    return f;
}

Field opt(const char* name, T type = T::Text)
{
    Field f = req(name, type);
    f.required = false;
    return f;
}

Field range(Field f, qint64 min, qint64 max)
{
    f.min = min;
    f.max = max;
    return f;
}

Field oneOf(Field f, QStringList allowed)
{
    f.allowed = std::move(allowed);
    return f;
}

Spec make(const QString& entity, const QString& table, const QString& keyColumn = QStringLiteral("id"),
          const QString& naturalKey = {})
{
    Spec s;
    s.entity = entity;
    s.table = table;
    s.keyColumn = keyColumn;
    s.naturalKey = naturalKey;
    return s;
}

QStringList list(std::initializer_list<const char*> keys)
{
    QStringList out;
    for (const char* k : keys)
        out << QString::fromLatin1(k);
    return out;
}

const QStringList kPlaces = list({"centre", "home", "community", "phone", "online"});
const QStringList kDocumentKinds = list({"consent", "agreement"});
const std::pair<QString, QString> kClientParent{QStringLiteral("client_id"), QStringLiteral("clients")};

// The tables' columns are in model/store/Migrations.cpp; each field here is one of them. The
// columns left out are local bookkeeping (rev, server_rev, updated_at) or derived (sort_key,
// last_contact_on), written by the replica itself.
QList<Spec> build()
{
    QList<Spec> specs;
    Spec centre = make(QStringLiteral("centre"), QStringLiteral("centre"));
    centre.fields = {req("code"), req("name"), req("county_code"), req("created_at", T::Timestamp)};
    centre.hasRev = centre.hasUpdatedAt = true;
    centre.twin = C::centreTwin;
    specs << centre;

    Spec client = make(QStringLiteral("client"), QStringLiteral("clients"));
    client.fields = {req("name"),
                     oneOf(req("gender"), list({"male", "female", "unknown"})),
                     req("birth_date", T::Date),
                     opt("id_number"),
                     opt("phone"),
                     opt("address"),
                     opt("household_county"),
                     req("residence_county"),
                     opt("diagnosis_code"),
                     def("severe_disorder"),
                     range(def("risk_level", T::Integer), -1, 5),
                     opt("risk_assessed_on", T::Date),
                     opt("risk_assessor"),
                     opt("disability_certificate"),
                     range(def("disability_level", T::Integer), 0, 4),
                     def("low_income", T::Boolean),
                     def("hardship_allowance", T::Boolean),
                     def("severe_disability_care", T::Boolean),
                     def("guardianship_reward", T::Boolean),
                     def("insurance"),
                     opt("case_manager"),
                     oneOf(def("status"), ClientVocabulary::statusKeys()),
                     opt("notes"),
                     req("created_at", T::Timestamp),
                     req("created_by")};
    client.hasRev = client.hasUpdatedAt = true;
    client.computed = C::clientSortKey;
    client.clientsOf = C::keyIsClient;
    client.searchKeys = true;
    specs << client;

    Spec guardian = make(QStringLiteral("guardian"), QStringLiteral("guardians"));
    guardian.fields = {req("client_id"),
                       range(req("position", T::Integer), 0, 1000),
                       req("name"),
                       req("relation"),
                       opt("phone"),
                       opt("address"),
                       def("legal_guardian", T::Boolean),
                       def("signing_contact", T::Boolean),
                       req("created_at", T::Timestamp)};
    guardian.parents = {kClientParent};
    guardian.hasUpdatedAt = true;
    guardian.clientsOf = C::clientOfGuardian;
    guardian.searchKeys = true; // guardians' phones find the client
    specs << guardian;

    Spec event = make(QStringLiteral("case_event"), QStringLiteral("case_events"));
    event.fields = {req("client_id"),
                    req("action"),
                    opt("from_status"),
                    req("to_status"),
                    req("occurred_at", T::Timestamp),
                    req("recorded_at", T::Timestamp),
                    req("actor"),
                    opt("reason"),
                    opt("document"),
                    req("details", T::Json)};
    event.parents = {kClientParent};
    event.appendOnly = true;
    specs << event;

    Spec file = make(QStringLiteral("case_file"), QStringLiteral("case_files"), QStringLiteral("client_id"),
                     QStringLiteral("client_id"));
    file.fields = {req("client_id"),
                   opt("way_in"),
                   opt("applied_on", T::Date),
                   opt("needs_reviewed_on", T::Date),
                   opt("registered_on", T::Date),
                   opt("waiting_since", T::Date),
                   opt("waiting_reviewed_on", T::Date),
                   opt("resume_status"),
                   opt("agreement_ref"),
                   opt("follow_up_due", T::Date),
                   opt("follow_up_done", T::Date),
                   opt("review_due", T::Date),
                   opt("state_since", T::Date)};
    file.parents = {kClientParent};
    file.hasUpdatedAt = true;
    file.clientsOf = C::keyIsClient;
    file.lastContact = true; // sessions may have come before the case file
    specs << file;

    Spec assessment = make(QStringLiteral("assessment"), QStringLiteral("assessments"));
    assessment.fields = {req("client_id"),
                         oneOf(req("kind"), list({"intake", "periodic", "transfer"})),
                         req("assessed_on", T::Date),
                         req("participants", T::Json),
                         opt("findings"),
                         range(def("risk_level", T::Integer), -1, 5),
                         opt("opinion"),
                         opt("outcome"),
                         req("details", T::Json),
                         req("created_by"),
                         req("created_at", T::Timestamp)};
    assessment.virtualFields = {QStringLiteral("scales")};
    assessment.parents = {kClientParent};
    assessment.appendOnly = true;
    assessment.check = C::checkScales;
    assessment.writeChildren = C::writeScales;
    specs << assessment;

    Spec plan = make(QStringLiteral("plan"), QStringLiteral("plans"));
    plan.fields = {req("client_id"),          opt("assessment_id"), req("starts_on", T::Date),
                   req("review_on", T::Date), req("responsible"),   req("goals", T::Json),
                   req("services", T::Json),  req("created_by"),    req("created_at", T::Timestamp)};
    plan.parents = {kClientParent, {QStringLiteral("assessment_id"), QStringLiteral("assessments")}};
    plan.appendOnly = true;
    specs << plan;

    Spec document = make(QStringLiteral("signed_document"), QStringLiteral("signed_documents"));
    document.fields = {req("client_id"),
                       oneOf(req("kind"), kDocumentKinds),
                       req("language"),
                       range(req("template_version", T::Integer), 1, 1000000),
                       req("signed_on", T::Date),
                       req("valid_from", T::Date),
                       opt("valid_until", T::Date),
                       def("on_paper", T::Boolean),
                       req("signers", T::Json),
                       req("lines", T::Json),
                       req("html"),
                       req("pdf", T::Base64),
                       req("sha256"),
                       opt("revoked_on", T::Date),
                       opt("revoked_reason"),
                       opt("revoked_by"),
                       opt("replaces_id"),
                       req("created_by"),
                       req("created_at", T::Timestamp)};
    document.virtualFields = {QStringLiteral("image_roles")};
    document.virtualPrefixes = {QStringLiteral("image_")};
    document.parents = {kClientParent};
    // Signed once; revocation is the only later change (an amendment is a new document).
    document.mutableColumns = list({"revoked_on", "revoked_reason", "revoked_by"});
    document.check = C::checkDocument;
    document.writeChildren = C::writeImages;
    specs << document;

    Spec session = make(QStringLiteral("session"), QStringLiteral("sessions"));
    session.fields = {req("client_id"),
                      req("staff"),
                      req("held_on", T::Date),
                      req("starts_at", T::Time),
                      range(req("minutes", T::Integer), 1, 720),
                      req("contents"),
                      req("form"),
                      oneOf(req("place"), kPlaces),
                      opt("goal_id"),
                      req("observations"),
                      def("risk_flag", T::Boolean),
                      opt("next_step"),
                      opt("next_on", T::Date),
                      opt("next_at", T::Time),
                      def("amended", T::Boolean),
                      req("created_by"),
                      req("created_at", T::Timestamp)};
    session.parents = {kClientParent};
    session.hasRev = session.hasUpdatedAt = true;
    session.clientsOf = C::clientOfSession;
    session.lastContact = true;
    specs << session;

    Spec amendment = make(QStringLiteral("session_amendment"), QStringLiteral("session_amendments"));
    amendment.fields = {req("session_id"),     req("reason"),     req("before", T::Json),
                        req("after", T::Json), req("amended_by"), req("amended_at", T::Timestamp)};
    amendment.parents = {{QStringLiteral("session_id"), QStringLiteral("sessions")}};
    amendment.appendOnly = true;
    specs << amendment;

    Spec group = make(QStringLiteral("group_activity"), QStringLiteral("group_activities"));
    group.fields = {opt("series_id"),
                    req("topic"),
                    req("facilitators"),
                    req("held_on", T::Date),
                    req("starts_at", T::Time),
                    range(req("minutes", T::Integer), 1, 720),
                    req("content"),
                    req("form"),
                    oneOf(req("place"), kPlaces),
                    range(req("capacity", T::Integer), 1, 200),
                    opt("notes"),
                    opt("attendance_on", T::Timestamp),
                    req("created_by"),
                    req("created_at", T::Timestamp)};
    group.virtualFields = {QStringLiteral("roster"), QStringLiteral("attendance")};
    group.hasRev = group.hasUpdatedAt = true;
    group.check = C::checkRoster;
    group.writeChildren = C::writeRoster;
    group.clientsOf = C::rosterOf;
    group.lastContact = true;
    specs << group;

    Spec training = make(QStringLiteral("staff_training"), QStringLiteral("staff_training"));
    training.fields = {req("username"),
                       req("held_on", T::Date),
                       range(req("minutes", T::Integer), 1, 1440),
                       req("topic"),
                       opt("provider"),
                       req("created_by"),
                       req("created_at", T::Timestamp)};
    specs << training;

    Spec profile = make(QStringLiteral("staff_profile"), QStringLiteral("staff_profiles"),
                        QStringLiteral("username"), QStringLiteral("username"));
    profile.fields = {req("username"), oneOf(def("qualification"), StaffQualifications::keys()),
                      def("direct_service", T::Boolean), opt("updated_by"), req("updated_at", T::Timestamp)};
    specs << profile;

    Spec day = make(QStringLiteral("calendar_day"), QStringLiteral("calendar_days"), QStringLiteral("day"),
                    QStringLiteral("day"));
    day.fields = {req("day", T::Date), oneOf(req("kind"), list({"holiday", "workday"})), opt("name")};
    specs << day;

    Spec form = make(QStringLiteral("form_template"), QStringLiteral("form_templates"));
    form.fields = {oneOf(req("kind"), kDocumentKinds),
                   req("language"),
                   range(req("version", T::Integer), 1, 1000000),
                   req("body"),
                   req("created_by"),
                   req("created_at", T::Timestamp)};
    form.appendOnly = true;
    form.twin = C::templateTwin;
    specs << form;

    Spec price = make(QStringLiteral("price_item"), QStringLiteral("price_items"));
    price.fields = {req("item_key"),
                    req("name"),
                    req("unit"),
                    range(req("price_fen", T::Integer), 0, 1'000'000'000),
                    req("effective_from", T::Date),
                    opt("effective_to", T::Date),
                    opt("service_content"),
                    opt("notes"),
                    req("created_by"),
                    req("created_at", T::Timestamp)};
    specs << price;
    return specs;
}

QList<Spec> indexed(QList<Spec> specs)
{
    for (Spec& s : specs)
        for (qsizetype i = 0; i < s.fields.size(); ++i)
            s.fieldIndex.insert(s.fields[i].name, i);
    return specs;
}

const QList<Spec>& all()
{
    static const QList<Spec> specs = indexed(build());
    return specs;
}
} // namespace

const Spec* find(const QString& entity)
{
    for (const Spec& s : all())
        if (s.entity == entity)
            return &s;
    return nullptr;
}

QStringList entities()
{
    QStringList out;
    for (const Spec& s : all())
        out << s.entity;
    return out;
}

} // namespace kq::Replication
