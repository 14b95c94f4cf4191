#pragma once

#include "CentreProfile.h"

#include <optional>

namespace kq {

class Journal;
struct Actor;

// The single centre row of this store.
class CentreRepository {
public:
    explicit CentreRepository(Journal& journal) : m_journal(journal) {}

    std::optional<CentreProfile> load();
    // Creates the row at set-up; inside the caller's transaction.
    void create(const Actor& actor, CentreProfile& profile);
    // Edits name and county (the code is fixed by the platform); needs ManageCentre.
    Result<void> update(const Actor& actor, const CentreProfile& profile);

private:
    Journal& m_journal;
};

} // namespace kq
