#pragma once

#include "core/Result.h"

#include <QLatin1String>
#include <QString>

#include <optional>

namespace kq {

class Database;
class Journal;
struct Actor;

// The supervisor's settings of the centre, stored as text in the `settings(key, value)` table with
// the defaults here, in one place. A missing or unreadable stored value means the default, so a
// new setting needs no migration: add a key, a member with its default, a line in load() and a
// setter.
class CentreSettings {
public:
    enum ErrorCode { NotPermitted = 400, Invalid };

    // What recording a service does when consent or agreement is missing (ServiceGate): refuse
    // (the default, as the service standard wants) or go ahead with a warning.
    enum class GateMode { Block, Warn };

    // Keys in the settings table.
    static constexpr QLatin1String kReviewIntervalMonthsKey{"review_interval_months"};
    static constexpr QLatin1String kServiceGateKey{"service_gate"};

    // DOMAIN.md "Periodic assessment": default 6 months, configurable.
    static constexpr int kDefaultReviewIntervalMonths = 6;
    static constexpr int kMinReviewIntervalMonths = 1;
    static constexpr int kMaxReviewIntervalMonths = 24;

    // The stored settings, defaults where nothing (or nothing valid) is stored.
    static CentreSettings load(Database& db);

    // Months from one periodic assessment (or plan) to the next review.
    int reviewIntervalMonths() const { return m_reviewIntervalMonths; }
    // Needs ManageCentre; 1–24 months (field "review-interval-months"). Audited, not synced.
    Result<void> setReviewIntervalMonths(Journal& journal, const Actor& actor, int months);

    // Stored as "block" or "warn"; anything else reads as Block, the safe side.
    GateMode serviceGate() const { return m_serviceGate; }
    // Needs ManageCentre (NotPermitted). Audited, not synced: a centre's own policy.
    Result<void> setServiceGate(Journal& journal, const Actor& actor, GateMode mode);
    static QString gateModeKey(GateMode mode);
    static std::optional<GateMode> gateModeFromKey(const QString& key);

    // The settings table itself, also used by other typed settings (ServiceCatalogue). store()
    // writes inside the caller's transaction and records the change in the audit log (entity
    // "setting", not synced); the caller checks the permission.
    static std::optional<QString> stored(Database& db, const QString& key);
    static void store(Journal& journal, const Actor& actor, const QString& key, const QString& value);

private:
    int m_reviewIntervalMonths = kDefaultReviewIntervalMonths;
    GateMode m_serviceGate = GateMode::Block;
};

} // namespace kq
