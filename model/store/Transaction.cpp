#include "Transaction.h"

#include "Database.h"
#include "StoreError.h"

namespace kq {

Transaction::Transaction(Database& db)
    : m_db(db), m_nested(db.inTransaction()), m_changesAtStart(db.totalChanges())
{
    if (!m_nested)
        m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        // A nested write that stopped half-way cannot be undone on its own (no savepoint: with
        // SQLCipher every page a savepoint journals is encrypted, which made bulk writes 10x
        // slower). The outer transaction is marked so that its commit rolls everything back.
        if (m_db.totalChanges() != m_changesAtStart)
            m_db.markNestedFailure();
        return;
    }
    rollback();
}

void Transaction::rollback()
{
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The connection rolls back on its own when a statement failed hard; nothing to add.
    }
    m_db.clearNestedFailure();
    m_db.forgetSuspendedTriggers(); // the rollback undid their drop
}

void Transaction::commit()
{
    if (m_nested) {
        m_done = true;
        return;
    }
    if (m_db.clearNestedFailure()) {
        m_done = true;
        rollback();
        throw StoreError(
            StoreError::Kind::Generic, 0,
            QStringLiteral("a write inside this transaction failed half-way; nothing was saved"));
    }
    // Triggers a bulk write took off come back (and settle the batch) inside the transaction: no
    // commit without them. If that or COMMIT fails, nothing of the transaction stays.
    try {
        m_db.restoreSuspendedTriggers();
        m_db.exec("COMMIT");
    } catch (...) {
        m_done = true;
        rollback();
        throw;
    }
    m_done = true;
}

} // namespace kq
