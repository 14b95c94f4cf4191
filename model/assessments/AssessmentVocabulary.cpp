#include "AssessmentVocabulary.h"

#include <QCoreApplication>

#include <span>

namespace kq::AssessmentVocabulary {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AssessmentVocabulary)
};

// A key with its name (a translation source in the context "AssessmentVocabulary"; written out
// in full at each use, because lupdate does not expand macros).
struct Term {
    const char* key;
    const char* name;
};

constexpr Term kRoles[]{
    Term{"psychiatrist", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Psychiatrist")},
    Term{"nurse", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Nurse")},
    Term{"rehab_therapist", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Rehabilitation therapist")},
    Term{"social_worker", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Social worker")},
    Term{"other", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Other")},
};

constexpr Term kOutcomes[]{
    Term{"employment", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Recommended for employment")},
    Term{"sheltered_employment",
         QT_TRANSLATE_NOOP("AssessmentVocabulary", "Public-welfare or sheltered employment")},
    Term{"other_service",
         QT_TRANSLATE_NOOP("AssessmentVocabulary", "Another type of community rehabilitation service")},
    Term{"community_living", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Return to community living")},
};

constexpr Term kRehabEffects[]{
    Term{"marked", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Marked improvement")},
    Term{"improved", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Some improvement")},
    Term{"unchanged", QT_TRANSLATE_NOOP("AssessmentVocabulary", "No change")},
    Term{"worse", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Worse")},
};

constexpr Term kIllnessStates[]{
    Term{"stable", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Stable")},
    Term{"basically_stable", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Basically stable")},
    Term{"unstable", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Unstable")},
};

constexpr Term kSelfCare[]{
    Term{"independent", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Fully independent")},
    Term{"partial", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Partly dependent")},
    Term{"dependent", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Dependent on others")},
};

constexpr Term kEmploymentWishes[]{
    Term{"yes", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Wants to work")},
    Term{"undecided", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Undecided")},
    Term{"no", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Does not want to work")},
};

constexpr Term kEmploymentAbilities[]{
    Term{"competitive", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Able to work in the open labour market")},
    Term{"supported",
         QT_TRANSLATE_NOOP("AssessmentVocabulary", "Able to work with support or in sheltered employment")},
    Term{"not_yet", QT_TRANSLATE_NOOP("AssessmentVocabulary", "Not yet able to work")},
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
