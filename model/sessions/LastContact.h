#pragma once

#include <QString>

namespace kq {

class Database;

// case_files.last_contact_on: the latest session or group attendance of a client, read by the
// follow-up rule (CaseDeadlines). Every write of a session or an attendance calls refresh() in its
// transaction.
namespace LastContact {
void refresh(Database& db, const QString& clientId);
}

} // namespace kq
