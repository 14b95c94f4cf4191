#include "AssessmentVocabulary.h"

#include <QCoreApplication>

#include <span>

namespace kq::AssessmentVocabulary {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AssessmentVocabulary)
};

// A key with its name (a translation source in the context "AssessmentVocabulary").
struct Term {
    const char* key;
    const char* name;
};

#define KQ_TERM(key, name)                                                                                   \
    Term                                                                                                     \
    {                                                                                                        \
        key, QT_TRANSLATE_NOOP("AssessmentVocabulary", name)                                                 \
    }

constexpr Term kRoles[]{
    KQ_TERM("psychiatrist", "Psychiatrist"),
    KQ_TERM("nurse", "Nurse"),
    KQ_TERM("rehab_therapist", "Rehabilitation therapist"),
    KQ_TERM("social_worker", "Social worker"),
    KQ_TERM("other", "Other"),
};

constexpr Term kOutcomes[]{
    KQ_TERM("employment", "Recommended for employment"),
    KQ_TERM("sheltered_employment", "Public-welfare or sheltered employment"),
    KQ_TERM("other_service", "Another type of community rehabilitation service"),
    KQ_TERM("community_living", "Return to community living"),
};

constexpr Term kRehabEffects[]{
    KQ_TERM("marked", "Marked improvement"),
    KQ_TERM("improved", "Some improvement"),
    KQ_TERM("unchanged", "No change"),
    KQ_TERM("worse", "Worse"),
};

constexpr Term kIllnessStates[]{
    KQ_TERM("stable", "Stable"),
    KQ_TERM("basically_stable", "Basically stable"),
    KQ_TERM("unstable", "Unstable"),
};

constexpr Term kSelfCare[]{
    KQ_TERM("independent", "Fully independent"),
    KQ_TERM("partial", "Partly dependent"),
    KQ_TERM("dependent", "Dependent on others"),
};

constexpr Term kEmploymentWishes[]{
    KQ_TERM("yes", "Wants to work"),
    KQ_TERM("undecided", "Undecided"),
    KQ_TERM("no", "Does not want to work"),
};

constexpr Term kEmploymentAbilities[]{
    KQ_TERM("competitive", "Able to work in the open labour market"),
    KQ_TERM("supported", "Able to work with support or in sheltered employment"),
    KQ_TERM("not_yet", "Not yet able to work"),
};

#undef KQ_TERM

QStringList keysOf(std::span<const Term> terms)
{
    QStringList out;
    for (const Term& t : terms)
        out << QLatin1String(t.key);
    return out;
}

QString nameIn(std::span<const Term> terms, const QString& key)
{
    for (const Term& t : terms)
        if (key == QLatin1String(t.key))
            return Tr::tr(t.name);
    return key;
}

std::span<const Term> valuesOf(Assessment::Rating rating)
{
    switch (rating) {
    case Assessment::Rating::RehabEffect:
        return kRehabEffects;
    case Assessment::Rating::IllnessState:
        return kIllnessStates;
    case Assessment::Rating::SelfCare:
        return kSelfCare;
    case Assessment::Rating::EmploymentWish:
        return kEmploymentWishes;
    case Assessment::Rating::EmploymentAbility:
        break;
    }
    return kEmploymentAbilities;
}
} // namespace

QList<Assessment::Kind> kinds()
{
    return {Assessment::Kind::Intake, Assessment::Kind::Periodic, Assessment::Kind::Transfer};
}

QString kindKey(Assessment::Kind kind)
{
    switch (kind) {
    case Assessment::Kind::Intake:
        return QStringLiteral("intake");
    case Assessment::Kind::Periodic:
        return QStringLiteral("periodic");
    case Assessment::Kind::Transfer:
        break;
    }
    return QStringLiteral("transfer");
}

std::optional<Assessment::Kind> kindFromKey(const QString& key)
{
    for (Assessment::Kind k : kinds())
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString kindName(Assessment::Kind kind)
{
    switch (kind) {
    case Assessment::Kind::Intake:
        return Tr::tr("Intake assessment");
    case Assessment::Kind::Periodic:
        return Tr::tr("Periodic assessment");
    case Assessment::Kind::Transfer:
        break;
    }
    return Tr::tr("Post-service (transfer) assessment");
}

QStringList participantRoles()
{
    return keysOf(kRoles);
}

QString participantRoleName(const QString& key)
{
    return nameIn(kRoles, key);
}

bool isDiscipline(const QString& role)
{
    return participantRoles().contains(role) && role != u"other";
}

QStringList outcomes()
{
    return keysOf(kOutcomes);
}

QString outcomeName(const QString& key)
{
    return nameIn(kOutcomes, key);
}

QList<Assessment::Rating> ratings()
{
    using R = Assessment::Rating;
    return {R::RehabEffect, R::IllnessState, R::SelfCare, R::EmploymentWish, R::EmploymentAbility};
}

QString ratingKey(Assessment::Rating rating)
{
    switch (rating) {
    case Assessment::Rating::RehabEffect:
        return QStringLiteral("rehab_effect");
    case Assessment::Rating::IllnessState:
        return QStringLiteral("illness_state");
    case Assessment::Rating::SelfCare:
        return QStringLiteral("self_care");
    case Assessment::Rating::EmploymentWish:
        return QStringLiteral("employment_wish");
    case Assessment::Rating::EmploymentAbility:
        break;
    }
    return QStringLiteral("employment_ability");
}

QString ratingField(Assessment::Rating rating)
{
    return ratingKey(rating).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString ratingName(Assessment::Rating rating)
{
    switch (rating) {
    case Assessment::Rating::RehabEffect:
        return Tr::tr("Rehabilitation effect");
    case Assessment::Rating::IllnessState:
        return Tr::tr("Illness state");
    case Assessment::Rating::SelfCare:
        return Tr::tr("Self-care ability");
    case Assessment::Rating::EmploymentWish:
        return Tr::tr("Wish to work");
    case Assessment::Rating::EmploymentAbility:
        break;
    }
    return Tr::tr("Ability to work");
}

QStringList ratingValues(Assessment::Rating rating)
{
    return keysOf(valuesOf(rating));
}

QString ratingValueName(Assessment::Rating rating, const QString& key)
{
    return nameIn(valuesOf(rating), key);
}

} // namespace kq::AssessmentVocabulary
