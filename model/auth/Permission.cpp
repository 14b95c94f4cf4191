#include "Permission.h"

namespace kq {

bool roleAllows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::FrontDesk:
        // Registration, look-ups and printing; never clinical content. The front desk checks
        // identity documents and calls guardians, so it may reveal an identifier (each reveal audited).
        // It books people onto group activities (rosters, not notes).
        // It hands out blank forms to be filled in by hand.
        return p == P::ViewClients || p == P::RegisterClients || p == P::RevealIdentifiers ||
               p == P::BookActivities || p == P::PrintBlankForms || p == P::RunSync;
    case Role::CaseManager:
        return p == P::ViewClients || p == P::RegisterClients || p == P::RevealIdentifiers ||
               p == P::ViewClinicalRecords || p == P::EditClinicalRecords || p == P::SignDocuments ||
               p == P::BookActivities || p == P::PrintBlankForms || p == P::RunSync;
    case Role::Supervisor:
        // Everything a case manager does, plus oversight.
        return true;
    case Role::Administrator:
        // Keeps the system running without reading anyone's health record (least privilege).
        return p == P::ManageAccounts || p == P::ViewAuditLog || p == P::ManageCentre || p == P::RunSync;
    }
    return false;
}

} // namespace kq
