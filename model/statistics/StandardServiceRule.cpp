#include "StandardServiceRule.h"

#include "auth/Actor.h"
#include "centre/CentreSettings.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

namespace kq {

namespace {
Q_LOGGING_CATEGORY(lcRule, "kangqiao.statistics")

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StandardServiceRule)
};

using C = StandardServiceRule::Component;

struct ComponentInfo {
    C component;
    const char* key;
    const char* name;
};
// Names read as the items of the list describe() writes.
constexpr ComponentInfo kComponents[] = {
    {C::Consent, "consent", QT_TRANSLATE_NOOP("StandardServiceRule", "consent in force")},
    {C::Agreement, "agreement", QT_TRANSLATE_NOOP("StandardServiceRule", "service agreement in force")},
    {C::IntakeAssessment, "intake_assessment",
     QT_TRANSLATE_NOOP("StandardServiceRule", "intake assessment on record")},
    {C::Plan, "plan", QT_TRANSLATE_NOOP("StandardServiceRule", "rehabilitation plan on record")},
    {C::ServiceInPeriod, "service_in_period",
     QT_TRANSLATE_NOOP("StandardServiceRule",
                       "at least one session or attended group meeting in the period")},
    {C::ReviewNotOverdue, "review_not_overdue",
     QT_TRANSLATE_NOOP("StandardServiceRule", "periodic review not overdue")},
};
} // namespace

StandardServiceRule::StandardServiceRule() : m_components(allComponents())
{
}

StandardServiceRule::StandardServiceRule(const QList<Component>& components)
{
    for (const Component c : allComponents())
        if (components.contains(c))
            m_components << c;
}

QList<StandardServiceRule::Component> StandardServiceRule::allComponents()
{
    QList<Component> out;
    for (const ComponentInfo& i : kComponents)
        out << i.component;
    return out;
}

QString StandardServiceRule::key(Component c)
{
    for (const ComponentInfo& i : kComponents)
        if (i.component == c)
            return QString::fromLatin1(i.key);
    return {};
}

std::optional<StandardServiceRule::Component> StandardServiceRule::fromKey(const QString& key)
{
    for (const ComponentInfo& i : kComponents)
        if (key == QLatin1String(i.key))
            return i.component;
    return std::nullopt;
}

QString StandardServiceRule::name(Component c)
{
    for (const ComponentInfo& i : kComponents)
        if (i.component == c)
            return Tr::tr(i.name);
    return {};
}

QString StandardServiceRule::toText() const
{
    QStringList keys;
    for (const Component c : m_components)
        keys << key(c);
    return keys.join(QLatin1Char(' '));
}

std::optional<StandardServiceRule> StandardServiceRule::fromText(const QString& text)
{
    QList<Component> components;
    for (const QString& k : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::optional<Component> c = fromKey(k);
        if (!c)
            return std::nullopt;
        components << *c;
    }
    if (components.isEmpty())
        return std::nullopt;
    return StandardServiceRule(components);
}

QString StandardServiceRule::describe() const
{
    if (m_components.isEmpty())
        return Tr::tr("Standardised service: no requirement is set, so every registered client living at "
                      "home counts.");
    QStringList names;
    for (const Component c : m_components)
        names << name(c);
    return Tr::tr("A client receives standardised service when all of these hold on the last day of the "
                  "period: %1.")
        .arg(names.join(Tr::tr("; ", "separator of the items of a list in a sentence")));
}

StandardServiceRule StandardServiceRule::load(Database& db)
{
    const std::optional<QString> text = CentreSettings::stored(db, kSettingKey);
    if (!text)
        return {};
    if (const std::optional<StandardServiceRule> rule = fromText(*text))
        return *rule;
    qCWarning(lcRule) << "ignoring an unreadable setting" << kSettingKey;
    return {};
}

Result<void> StandardServiceRule::save(Journal& journal, const Actor& actor, const StandardServiceRule& rule)
{
    // The rule decides a number reported to the district: the roles that read and export the
    // statistics, not everyone who manages the workstation.
    if (!actor.can(Permission::ViewStatistics) || !actor.can(Permission::ExportData))
        return Error{
            Tr::tr("Your role may not change the definition of standardised service."), {}, NotPermitted};
    if (rule.components().isEmpty())
        return Error{Tr::tr("Choose at least one requirement of standardised service."),
                     QStringLiteral("standard-service-rule"), Invalid};
    Transaction tx(journal.database());
    const QString value = rule.toText();
    if (CentreSettings::stored(journal.database(), kSettingKey) != value) { // no audit entry for no change
        CentreSettings::store(journal, actor, kSettingKey, value);
        tx.commit();
    }
    return {};
}

} // namespace kq
