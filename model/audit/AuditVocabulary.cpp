#include "AuditVocabulary.h"

#include "lifecycle/CaseAction.h"

namespace kq {

namespace {

// Actions other than case steps (those come from CaseActions, so a new step is covered at once).
constexpr const char* kActions[] = {
    "create",  "update",  "delete",       "amend",    "sign",    "revoke",   "import",
    "export",  "print",   "sign-in",      "password", "disable", "reveal",   "reveal-key",
    "backup",  "restore", "push",         "pull",     "enrol",   "referral", "resolve-conflict",
    "resolve", "apply",   "change-price",
};

constexpr const char* kEntities[] = {
    "account",           "centre",         "client",      "guardian",        "case_file",
    "case_event",        "assessment",     "plan",        "signed_document", "session",
    "session_amendment", "group_activity", "saved_group", "form_template",   "price_item",
    "calendar_day",      "setting",        "statistics",  "staff_training",  "staff_profile",
    "database",          "store",          "platform",    "conflict",        "referral",
};

QStringList latin1List(std::initializer_list<const char*> keys)
{
    QStringList out;
    for (const char* k : keys)
        out << QString::fromLatin1(k);
    return out;
}

} // namespace

QStringList AuditVocabulary::actionKeys()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const char* k : kActions)
            out << QString::fromLatin1(k);
        for (CaseAction a : CaseActions::all())
            if (!out.contains(CaseActions::key(a)))
                out << CaseActions::key(a);
        return out;
    }();
    return keys;
}

QStringList AuditVocabulary::entityKeys()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const char* k : kEntities)
            out << QString::fromLatin1(k);
        return out;
    }();
    return keys;
}

QString AuditVocabulary::actionName(const QString& a, const QString& entity)
{
    // A price list row ends or is withdrawn; the same keys on a case are case steps.
    if (entity == u"price_item") {
        if (a == u"close")
            return tr("Price ended");
        if (a == u"withdraw")
            return tr("Withdrawn from the price list");
    }
    if (a == u"create")
        return tr("Created");
    if (a == u"update")
        return tr("Changed");
    if (a == u"delete")
        return tr("Deleted");
    if (a == u"amend")
        return tr("Amended");
    if (a == u"sign")
        return tr("Signed");
    if (a == u"revoke")
        return tr("Revoked");
    if (a == u"import")
        return tr("Imported");
    if (a == u"export")
        return tr("Exported");
    if (a == u"print")
        return tr("Printed");
    if (a == u"sign-in")
        return tr("Signed in");
    if (a == u"password")
        return tr("Password set");
    if (a == u"disable")
        return tr("Account disabled");
    if (a == u"reveal")
        return tr("Full identifier shown");
    if (a == u"reveal-key")
        return tr("Raw database key shown");
    if (a == u"backup")
        return tr("Backup made");
    if (a == u"restore")
        return tr("Restored from a backup");
    if (a == u"push")
        return tr("Changes sent to the platform");
    if (a == u"pull")
        return tr("Changes received from the platform");
    if (a == u"enrol")
        return tr("Workstation enrolled with the platform");
    if (a == u"referral")
        return tr("Referral received from the platform");
    if (a == u"resolve-conflict")
        return tr("Sync conflict settled");
    if (a == u"resolve")
        return tr("Sync conflict closed");
    if (a == u"apply")
        return tr("Application recorded");
    if (a == u"change-price")
        return tr("Price changed");
    if (const std::optional<CaseAction> step = CaseActions::fromKey(a))
        return CaseActions::name(*step);
    return a;
}

QString AuditVocabulary::entityName(const QString& e)
{
    if (e == u"account")
        return tr("Account");
    if (e == u"centre")
        return tr("Centre");
    if (e == u"client")
        return tr("Client");
    if (e == u"guardian")
        return tr("Guardian");
    if (e == u"case_file")
        return tr("Case file");
    if (e == u"case_event")
        return tr("Case step");
    if (e == u"assessment")
        return tr("Assessment");
    if (e == u"plan")
        return tr("Rehabilitation plan");
    if (e == u"signed_document")
        return tr("Signed document");
    if (e == u"session")
        return tr("Session log");
    if (e == u"session_amendment")
        return tr("Session amendment");
    if (e == u"group_activity")
        return tr("Group meeting");
    if (e == u"saved_group")
        return tr("Saved group");
    if (e == u"form_template")
        return tr("Form template");
    if (e == u"price_item")
        return tr("Price");
    if (e == u"calendar_day")
        return tr("Calendar day");
    if (e == u"setting")
        return tr("Setting");
    if (e == u"statistics")
        return tr("Statistics");
    if (e == u"staff_training")
        return tr("Staff training");
    if (e == u"staff_profile")
        return tr("Staff profile");
    if (e == u"database" || e == u"store")
        return tr("Database");
    if (e == u"platform")
        return tr("National platform");
    if (e == u"conflict")
        return tr("Sync conflict");
    if (e == u"referral")
        return tr("Referral");
    return e;
}

QString AuditVocabulary::fieldName(const QString& entity, const QString& f)
{
    // Fields whose label depends on the record.
    if (f == u"name")
        return entity == u"account" || entity == u"guardian" || entity == u"client" || entity == u"centre"
                   ? tr("Name")
                   : tr("Title");
    if (f == u"phone")
        return tr("Phone");
    if (f == u"address")
        return tr("Address");
    if (f == u"notes")
        return tr("Notes");
    if (f == u"kind")
        return entity == u"assessment" ? tr("Assessment type") : tr("Type");
    if (f == u"risk_level")
        return tr("Risk level");
    if (f == u"status")
        return tr("Status");
    if (f == u"client_id")
        return tr("Client");
    if (f == u"details")
        return tr("Details");
    if (f == u"reason")
        return tr("Reason");
    if (f == u"created_at" || f == u"created_by" || f == u"updated_at" || f == u"rev" || f == u"recorded_at")
        return tr("Record keeping");
    // Clients (the registration form).
    if (f == u"gender")
        return tr("Gender");
    if (f == u"birth_date")
        return tr("Date of birth");
    if (f == u"id_number")
        return tr("ID number");
    if (f == u"household_county")
        return tr("Household registration");
    if (f == u"residence_county")
        return tr("County of residence");
    if (f == u"diagnosis_code")
        return tr("Diagnosis");
    if (f == u"severe_disorder")
        return tr("Severe mental disorder");
    if (f == u"risk_assessed_on")
        return tr("Risk assessed on");
    if (f == u"risk_assessor")
        return tr("Risk assessed by");
    if (f == u"disability_certificate")
        return tr("Disability certificate");
    if (f == u"disability_level")
        return tr("Disability level");
    if (f == u"low_income")
        return tr("Low-income household");
    if (f == u"hardship_allowance")
        return tr("Hardship allowance");
    if (f == u"severe_disability_care")
        return tr("Care allowance for severe disability");
    if (f == u"guardianship_reward")
        return tr("Guardianship reward");
    if (f == u"insurance")
        return tr("Medical insurance");
    if (f == u"case_manager")
        return tr("Case manager");
    // Guardians.
    if (f == u"relation")
        return tr("Relation");
    if (f == u"legal_guardian")
        return tr("Legal guardian");
    if (f == u"signing_contact")
        return tr("Signs for the client");
    if (f == u"position")
        return tr("Order");
    // Case files and case steps.
    if (f == u"way_in")
        return tr("Way in");
    if (f == u"applied_on")
        return tr("Applied on");
    if (f == u"needs_reviewed_on")
        return tr("Needs reviewed on");
    if (f == u"registered_on")
        return tr("Registered on");
    if (f == u"waiting_since")
        return tr("Waiting since");
    if (f == u"waiting_reviewed_on")
        return tr("Waiting re-reviewed on");
    if (f == u"resume_status")
        return tr("Status after hospital");
    if (f == u"agreement_ref")
        return tr("Service agreement");
    if (f == u"follow_up_due" || f == u"follow_up_done")
        return tr("Follow-up call");
    if (f == u"review_due")
        return tr("Next periodic assessment");
    if (f == u"state_since" || f == u"from_status" || f == u"to_status")
        return tr("Case status");
    if (f == u"last_contact_on")
        return tr("Last contact");
    if (f == u"action")
        return tr("Case step");
    if (f == u"occurred_at")
        return tr("When");
    if (f == u"document")
        return tr("Document");
    if (f == u"actor")
        return tr("Recorded by");
    // Assessments and plans.
    if (f == u"assessed_on")
        return tr("Assessed on");
    if (f == u"participants")
        return tr("Participants");
    if (f == u"findings")
        return tr("Findings");
    if (f == u"opinion")
        return tr("Rehabilitation opinion");
    if (f == u"outcome")
        return tr("Outcome");
    if (f == u"scales")
        return tr("Scales");
    if (f == u"assessment_id")
        return tr("Based on assessment");
    if (f == u"starts_on")
        return tr("Starts on");
    if (f == u"review_on")
        return tr("Review on");
    if (f == u"responsible")
        return tr("Responsible");
    if (f == u"goals")
        return tr("Goals");
    if (f == u"services")
        return tr("Services");
    // Signed documents.
    if (f == u"language")
        return tr("Language");
    if (f == u"template_version")
        return tr("Form version");
    if (f == u"signed_on")
        return tr("Signed on");
    if (f == u"valid_from")
        return tr("Valid from");
    if (f == u"valid_until")
        return tr("Valid until");
    if (f == u"on_paper")
        return tr("Signed on paper");
    if (f == u"signers")
        return tr("Signed by");
    if (f == u"lines" || f == u"html")
        return tr("Text of the form");
    if (f == u"pdf" || f == u"format")
        return tr("File format");
    if (f == u"file")
        return tr("File");
    if (f == u"sha")
        return tr("Fingerprint");
    if (f == u"revoked_on" || f == u"revoked_reason" || f == u"revoked_by")
        return tr("Revocation");
    if (f == u"replaces_id")
        return tr("Replaces");
    // Sessions.
    if (f == u"staff")
        return tr("Staff");
    if (f == u"held_on")
        return tr("Date");
    if (f == u"starts_at")
        return tr("Start time");
    if (f == u"minutes")
        return tr("Duration");
    if (f == u"contents")
        return tr("Service content");
    if (f == u"form")
        return tr("Service form");
    if (f == u"place")
        return tr("Place");
    if (f == u"goal_id")
        return tr("Plan goal");
    if (f == u"observations")
        return tr("Observations");
    if (f == u"risk_flag")
        return tr("Risk noticed");
    if (f == u"next_step" || f == u"next_on" || f == u"next_at")
        return tr("Next step");
    if (f == u"amended")
        return tr("Amended");
    if (f == u"session_id")
        return tr("Session log");
    if (f == u"before" || f == u"after")
        return tr("Values before and after");
    // The centre profile.
    if (f == u"code")
        return tr("Centre code");
    if (f == u"county_code")
        return tr("County");
    // Accounts.
    if (f == u"username")
        return tr("User name");
    if (f == u"display_name")
        return tr("Display name");
    if (f == u"role")
        return tr("Role");
    if (f == u"active")
        return tr("Active");
    return f;
}

QString AuditVocabulary::fieldNames(const QString& entity, const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields) {
        const QString name = fieldName(entity, f);
        if (!out.contains(name)) // several columns can share one label ("Record keeping")
            out << name;
    }
    return out.join(tr(", "));
}

QString AuditVocabulary::builtInActorName(const QString& actor)
{
    if (actor == u"system")
        return tr("Kangqiao (automatic)");
    if (actor == u"platform")
        return tr("National platform");
    if (actor == u"recovery-key")
        return tr("Recovery key");
    return {};
}

QList<AuditVocabulary::Kind> AuditVocabulary::kinds()
{
    return {Kind::Changes, Kind::SignIns, Kind::Reveals, Kind::Exports, Kind::CaseSteps, Kind::Sync};
}

QString AuditVocabulary::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Changes:
        return tr("Changes to records");
    case Kind::SignIns:
        return tr("Sign-ins and accounts");
    case Kind::Reveals:
        return tr("Identifiers and keys shown");
    case Kind::Exports:
        return tr("Exports, prints and backups");
    case Kind::CaseSteps:
        return tr("Case steps");
    case Kind::Sync:
        return tr("Sync with the platform");
    }
    return {};
}

QStringList AuditVocabulary::actionsOf(Kind kind)
{
    switch (kind) {
    case Kind::Changes:
        return latin1List(
            {"create", "update", "delete", "amend", "sign", "revoke", "import", "change-price"});
    case Kind::SignIns:
        return latin1List({"sign-in", "password", "disable"});
    case Kind::Reveals:
        return latin1List({"reveal", "reveal-key"});
    case Kind::Exports:
        return latin1List({"export", "print", "backup", "restore"});
    case Kind::CaseSteps: {
        QStringList out{QStringLiteral("apply")};
        for (CaseAction a : CaseActions::all())
            out << CaseActions::key(a);
        return out;
    }
    case Kind::Sync:
        return latin1List({"push", "pull", "enrol", "referral", "resolve-conflict", "resolve"});
    }
    return {};
}

} // namespace kq
