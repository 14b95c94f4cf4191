#include "Transaction.h"

#include "Database.h"

namespace kq {

Transaction::Transaction(Database& db) : m_db(db), m_nested(db.inTransaction())
{
    m_db.exec(m_nested ? "SAVEPOINT kq_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(m_nested ? "ROLLBACK TO kq_nested; RELEASE kq_nested" : "ROLLBACK");
        } catch (...) {
            // The connection rolls back on its own when a statement failed hard; nothing to add.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE kq_nested" : "COMMIT");
    m_done = true;
}

} // namespace kq
