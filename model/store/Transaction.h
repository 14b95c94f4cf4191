#pragma once

#include <QtGlobal>

namespace kq {

class Database;

// Rolls back unless commit() is called. Writes take the write lock at BEGIN (IMMEDIATE) so a
// transaction never fails half-way for lack of it. Inside another transaction it joins it, so a
// repository's writes can be batched by an outer transaction (bulk import, demo): the outer one
// decides, and a nested one abandoned after writing makes the outer commit fail and roll back.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    Database& database() { return m_db; }

private:
    void rollback();

    Database& m_db;
    bool m_done = false;
    bool m_nested = false;
    qint64 m_changesAtStart = 0;
};

} // namespace kq
