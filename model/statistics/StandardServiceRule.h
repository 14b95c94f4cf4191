#pragma once

#include "core/Result.h"

#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

namespace kq {

class Database;
class Journal;
struct Actor;

// What 接受规范服务 (standardised service) means for the 登记康复对象接受规范服务率 (DOMAIN.md
// "Indicators"). No national definition exists, so it is a supervisor setting: the components a
// client must all meet on the last day of a report period. The default is all six, the rule
// DOMAIN.md gives. Stored in the settings table under kSettingKey as the component keys,
// space-separated in component order ("consent agreement intake_assessment plan ...").
class StandardServiceRule {
public:
    enum ErrorCode { NotPermitted = 800, Invalid };

    enum class Component {
        Consent,          // a consent in force on the period's last day
        Agreement,        // a service agreement in force that day
        IntakeAssessment, // an intake assessment recorded on or before that day
        Plan,             // a rehabilitation plan starting on or before that day
        ServiceInPeriod,  // at least one session or attended group meeting in the period
        ReviewNotOverdue, // case_files.review_due not before that day, or no review due
    };

    static constexpr QLatin1String kSettingKey{"standard_service_rule"};

    // The default rule: every component.
    StandardServiceRule();
    // Components in component order, repeats dropped. May be empty (save() refuses that).
    explicit StandardServiceRule(const QList<Component>& components);

    static QList<Component> allComponents();
    static QString key(Component c); // "consent", "agreement", "intake_assessment", "plan", ...
    static std::optional<Component> fromKey(const QString& key);
    static QString name(Component c); // translated, e.g. "service agreement in force"

    QList<Component> components() const { return m_components; }
    bool includes(Component c) const { return m_components.contains(c); }

    // The stored form: component keys, space-separated. fromText() is nullopt for an empty text or
    // an unknown key, so a value written by hand or by a newer version falls back to the default.
    QString toText() const;
    static std::optional<StandardServiceRule> fromText(const QString& text);

    // One translated sentence naming the components, printed on every report.
    QString describe() const;

    // The stored rule, or the default when none (or nothing readable) is stored.
    static StandardServiceRule load(Database& db);
    // Needs ViewStatistics and ExportData, i.e. a supervisor (NotPermitted); at least one
    // component (Invalid, field "standard-service-rule"). Audited like the other centre settings
    // (entity "setting", not synced); no entry when nothing changes.
    static Result<void> save(Journal& journal, const Actor& actor, const StandardServiceRule& rule);

    friend bool operator==(const StandardServiceRule&, const StandardServiceRule&) = default;

private:
    QList<Component> m_components;
};

} // namespace kq
