#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace kq::platform {

// The rows of one executed statement, borrowed from PlatformStore's cache of prepared statements.
// Reset when it goes out of scope: a half-read SELECT would otherwise keep its read transaction
// open, and the connection would go on reading an old snapshot (missing an admin command's
// revocation, say) until the cached statement ran again.
class StoreQuery {
public:
    // A cached statement; `busy` is its slot's in-use flag, cleared on destruction.
    StoreQuery(QSqlQuery& cached, bool& busy) : m_query(&cached), m_busy(&busy) {}
    // A statement of its own (the cached one was still in use).
    explicit StoreQuery(std::unique_ptr<QSqlQuery> own) : m_query(own.get()), m_own(std::move(own)) {}
    ~StoreQuery();
    StoreQuery(StoreQuery&& other) noexcept;
    StoreQuery& operator=(StoreQuery&&) = delete;
    StoreQuery(const StoreQuery&) = delete;
    StoreQuery& operator=(const StoreQuery&) = delete;

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }

private:
    QSqlQuery* m_query = nullptr;
    bool* m_busy = nullptr;
    std::unique_ptr<QSqlQuery> m_own;
};

} // namespace kq::platform
