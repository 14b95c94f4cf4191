#include "StoreQuery.h"

#include <utility>

namespace kq::platform {

StoreQuery::StoreQuery(StoreQuery&& other) noexcept
    : m_query(std::exchange(other.m_query, nullptr)), m_busy(std::exchange(other.m_busy, nullptr)),
      m_own(std::move(other.m_own))
{
}

StoreQuery::~StoreQuery()
{
    if (!m_query)
        return;        // moved from
    m_query->finish(); // sqlite3_reset: ends the statement's read, keeps it prepared
    if (m_busy)
        *m_busy = false;
}

} // namespace kq::platform
