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
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The connection rolls back on its own when a statement failed hard; nothing to add.
    }
    m_db.clearNestedFailure();
}

void Transaction::commit()
{
    m_done = true;
    if (m_nested)
        return;
    if (m_db.clearNestedFailure()) {
        m_db.exec("ROLLBACK");
        throw StoreError(
            StoreError::Kind::Generic, 0,
            QStringLiteral("a write inside this transaction failed half-way; nothing was saved"));
    }
    m_db.exec("COMMIT");
}

} // namespace kq
