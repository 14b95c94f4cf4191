#include "StoreTransaction.h"

#include "PlatformStore.h"
#include "StoreFailure.h"

namespace kq::platform {

StoreTransaction::StoreTransaction(PlatformStore& store) : m_store(store)
{
    m_store.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_store.transactionBegan();
}

StoreTransaction::~StoreTransaction()
{
    if (m_done)
        return;
    m_store.transactionEnded();
    try {
        m_store.exec(QStringLiteral("ROLLBACK"));
    } catch (const StoreFailure&) {
        // Nothing more to do: SQLite rolls back an unfinished transaction when the connection closes.
    }
}

void StoreTransaction::commit()
{
    m_store.writeRevision();
    m_store.exec(QStringLiteral("COMMIT"));
    m_done = true;
    m_store.transactionEnded();
}

StoreSavepoint::StoreSavepoint(PlatformStore& store) : m_store(store)
{
    m_store.exec(QStringLiteral("SAVEPOINT operation"));
}

StoreSavepoint::~StoreSavepoint()
{
    if (m_done)
        return;
    try {
        // ROLLBACK TO leaves the savepoint open; RELEASE then ends it with nothing in it.
        m_store.exec(QStringLiteral("ROLLBACK TO operation"));
        m_store.exec(QStringLiteral("RELEASE operation"));
    } catch (const StoreFailure&) {
        // SQLite already rolled the whole transaction back (disk full, I/O error): there is no
        // savepoint left, and the enclosing transaction's commit must fail, so nothing is
        // acknowledged and nothing more is written.
        m_store.transactionLost();
    }
}

void StoreSavepoint::release()
{
    m_store.exec(QStringLiteral("RELEASE operation"));
    m_done = true;
}

} // namespace kq::platform
