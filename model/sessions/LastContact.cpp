#include "LastContact.h"

#include "store/Database.h"

namespace kq::LastContact {

void refresh(Database& db, const QString& clientId)
{
    // Two index range reads (sessions_by_client, group_attendance_by_client): no scan.
    db.cached("UPDATE case_files SET last_contact_on = (SELECT MAX(d) FROM ("
              "SELECT MAX(held_on) AS d FROM sessions WHERE client_id = ?1 "
              "UNION ALL SELECT MAX(g.held_on) FROM group_attendance a "
              "JOIN group_activities g ON g.id = a.activity_id WHERE a.client_id = ?1 AND a.present = 1)) "
              "WHERE client_id = ?1")
        ->bindAll(clientId)
        .exec();
}

} // namespace kq::LastContact
