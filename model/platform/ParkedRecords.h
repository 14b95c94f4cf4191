#pragma once

#include "replica/Replica.h"

namespace kq {

class Database;

// Pulled records waiting for their parent (table sync_parked): the cursor has moved past them, so
// they are kept here, not dropped, and applied with the next page.
class ParkedRecords {
public:
    struct Parked {
        ReplicaRecord record;
        qint64 rev = 0;
    };
    explicit ParkedRecords(Database& db) : m_db(db) {}

    QList<Parked> all();
    void park(const Parked& parked);
    void clear();
    qint64 count();

private:
    Database& m_db;
};

} // namespace kq
