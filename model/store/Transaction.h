#pragma once

namespace kq {

class Database;

// Rolls back unless commit() is called. Writes take the write lock at BEGIN (IMMEDIATE) so a
// transaction never fails half-way for lack of it.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    Database& database() { return m_db; }

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace kq
