#pragma once

#include "Role.h"

namespace kq {

// Everything a person can be allowed or refused. Repositories check these, so the UI, the CLI and
// sync obey the same table.
enum class Permission {
    ViewClients,         // lists with masked identifiers
    RegisterClients,     // create and edit identity and contact data
    RevealIdentifiers,   // see a full ID number or phone (audited)
    ViewClinicalRecords, // diagnosis, assessments, plans, session notes
    EditClinicalRecords, // assessments, plans, session logs, referrals, closure
    SignDocuments,       // consents and service agreements
    ManageTemplates,     // form templates and the price list
    ViewStatistics,
    ExportData,     // XLSX/CSV/PDF exports (audited)
    ManageTraining, // staff training records
    ManageAccounts, // create, disable, reset passwords, change roles
    ViewAuditLog,
    ManageCentre,    // centre profile and workstation settings
    BookActivities,  // book clients onto group activities, keep saved groups
    PrintBlankForms, // blank consent and agreement forms to fill in by hand (no client data)
    RunSync,         // keep last: kLastPermission
};
constexpr Permission kLastPermission = Permission::RunSync;

// The one permission table.
bool roleAllows(Role role, Permission permission);

} // namespace kq
