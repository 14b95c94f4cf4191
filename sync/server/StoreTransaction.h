#pragma once

namespace kq::platform {

class PlatformStore;

// BEGIN IMMEDIATE … COMMIT, rolled back unless committed. Immediate: the write lock is taken at
// the start, so two writers (server and an admin command) wait on the busy timeout instead of
// failing when a read transaction tries to upgrade.
class StoreTransaction {
public:
    explicit StoreTransaction(PlatformStore& store);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction&) = delete;
    StoreTransaction& operator=(const StoreTransaction&) = delete;

    void commit();

private:
    PlatformStore& m_store;
    bool m_done = false;
};

// SAVEPOINT … RELEASE inside a StoreTransaction: one pushed operation of a batch, undone alone
// (ROLLBACK TO) unless released, so its failure leaves the batch's other operations as they were.
class StoreSavepoint {
public:
    explicit StoreSavepoint(PlatformStore& store);
    ~StoreSavepoint();
    StoreSavepoint(const StoreSavepoint&) = delete;
    StoreSavepoint& operator=(const StoreSavepoint&) = delete;

    // Keeps the changes in the enclosing transaction (they are durable only once it commits).
    void release();

private:
    PlatformStore& m_store;
    bool m_done = false;
};

} // namespace kq::platform
