#include "ReaderTicket.h"

#include "Database.h"
#include "Workspace.h"

namespace kq {

ReaderTicket::ReaderTicket(const Workspace& workspace)
    : m_path(workspace.paths().database),
      m_key(SecureBytes::fromBytes(workspace.databaseKey().chars(), workspace.databaseKey().size()))
{
}

std::unique_ptr<Database> ReaderTicket::open() const
{
    return std::make_unique<Database>(m_path, m_key, Database::OpenMode::ExistingOnly);
}

bool ReaderTicket::opensSame(const ReaderTicket& other) const
{
    return m_path == other.m_path && m_key.equals(other.m_key);
}

} // namespace kq
