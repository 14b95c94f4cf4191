#include "ClientVocabulary.h"

#include "lifecycle/CaseState.h"

#include <QCoreApplication>

namespace kq::ClientVocabulary {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientVocabulary)
};
} // namespace

QString genderKey(Gender g)
{
    switch (g) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Gender genderFromKey(const QString& key)
{
    if (key == u"male")
        return Gender::Male;
    if (key == u"female")
        return Gender::Female;
    return Gender::Unknown;
}

QString genderName(Gender g)
{
    switch (g) {
    case Gender::Male:
        return Tr::tr("Male");
    case Gender::Female:
        return Tr::tr("Female");
    case Gender::Unknown:
        break;
    }
    return Tr::tr("Not stated");
}

QList<SevereDisorder> severeDisorders()
{
    return {SevereDisorder::None,
            SevereDisorder::Schizophrenia,
            SevereDisorder::Schizoaffective,
            SevereDisorder::PersistentDelusional,
            SevereDisorder::Bipolar,
            SevereDisorder::EpilepsyRelated,
            SevereDisorder::IntellectualDisabilityRelated};
}

QString severeDisorderKey(SevereDisorder d)
{
    switch (d) {
    case SevereDisorder::None:
        return QStringLiteral("none");
    case SevereDisorder::Schizophrenia:
        return QStringLiteral("schizophrenia");
    case SevereDisorder::Schizoaffective:
        return QStringLiteral("schizoaffective");
    case SevereDisorder::PersistentDelusional:
        return QStringLiteral("persistent_delusional");
    case SevereDisorder::Bipolar:
        return QStringLiteral("bipolar");
    case SevereDisorder::EpilepsyRelated:
        return QStringLiteral("epilepsy_related");
    case SevereDisorder::IntellectualDisabilityRelated:
        return QStringLiteral("intellectual_disability_related");
    }
    return QStringLiteral("none");
}

SevereDisorder severeDisorderFromKey(const QString& key)
{
    for (SevereDisorder d : severeDisorders())
        if (severeDisorderKey(d) == key)
            return d;
    return SevereDisorder::None;
}

QString severeDisorderName(SevereDisorder d)
{
    switch (d) {
    case SevereDisorder::None:
        return Tr::tr("None of the six");
    case SevereDisorder::Schizophrenia:
        return Tr::tr("Schizophrenia");
    case SevereDisorder::Schizoaffective:
        return Tr::tr("Schizoaffective disorder");
    case SevereDisorder::PersistentDelusional:
        return Tr::tr("Paranoid psychosis (persistent delusional disorder)");
    case SevereDisorder::Bipolar:
        return Tr::tr("Bipolar (affective) disorder");
    case SevereDisorder::EpilepsyRelated:
        return Tr::tr("Mental disorder due to epilepsy");
    case SevereDisorder::IntellectualDisabilityRelated:
        return Tr::tr("Intellectual disability with mental disorder");
    }
    return {};
}

QList<MedicalInsurance> insurances()
{
    return {MedicalInsurance::Unknown, MedicalInsurance::UrbanEmployee, MedicalInsurance::UrbanRuralResident,
            MedicalInsurance::None, MedicalInsurance::Other};
}

QString insuranceKey(MedicalInsurance m)
{
    switch (m) {
    case MedicalInsurance::UrbanEmployee:
        return QStringLiteral("employee");
    case MedicalInsurance::UrbanRuralResident:
        return QStringLiteral("resident");
    case MedicalInsurance::None:
        return QStringLiteral("none");
    case MedicalInsurance::Other:
        return QStringLiteral("other");
    case MedicalInsurance::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MedicalInsurance insuranceFromKey(const QString& key)
{
    for (MedicalInsurance m : insurances())
        if (insuranceKey(m) == key)
            return m;
    return MedicalInsurance::Unknown;
}

QString insuranceName(MedicalInsurance m)
{
    switch (m) {
    case MedicalInsurance::UrbanEmployee:
        return Tr::tr("Employee medical insurance");
    case MedicalInsurance::UrbanRuralResident:
        return Tr::tr("Urban and rural resident medical insurance");
    case MedicalInsurance::None:
        return Tr::tr("No medical insurance");
    case MedicalInsurance::Other:
        return Tr::tr("Other insurance");
    case MedicalInsurance::Unknown:
        break;
    }
    return Tr::tr("Not recorded");
}

QStringList relationKeys()
{
    return {QStringLiteral("parent"),  QStringLiteral("spouse"),   QStringLiteral("child"),
            QStringLiteral("sibling"), QStringLiteral("relative"), QStringLiteral("committee"),
            QStringLiteral("other")};
}

QString relationName(const QString& key)
{
    if (key == u"parent")
        return Tr::tr("Parent");
    if (key == u"spouse")
        return Tr::tr("Spouse");
    if (key == u"child")
        return Tr::tr("Son or daughter");
    if (key == u"sibling")
        return Tr::tr("Brother or sister");
    if (key == u"relative")
        return Tr::tr("Other relative");
    if (key == u"committee")
        return Tr::tr("Village or residents' committee");
    return Tr::tr("Other");
}

QString relationName(const QString& key, const QString& language)
{
    // Document words, not interface words: fixed per language, never tr().
    struct Label {
        const char* key;
        const char16_t* zh;
        const char* en;
    };
    static constexpr Label kLabels[] = {
        {"parent", u"父母", "Parent"},
        {"spouse", u"配偶", "Spouse"},
        {"child", u"子女", "Son or daughter"},
        {"sibling", u"兄弟姐妹", "Brother or sister"},
        {"relative", u"其他亲属", "Other relative"},
        {"committee", u"村（居）民委员会", "Village or residents' committee"},
        {"other", u"其他", "Other"},
    };
    const bool zh = language == u"zh_CN";
    for (const Label& l : kLabels)
        if (key == QLatin1String(l.key))
            return zh ? QString::fromUtf16(l.zh) : QString::fromLatin1(l.en);
    return zh ? QStringLiteral("其他") : QStringLiteral("Other");
}

int ageOn(const QDate& birthDate, const QDate& day)
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

AgeGroup ageGroupOn(const QDate& birthDate, const QDate& day)
{
    const int age = ageOn(birthDate, day);
    if (age < 14)
        return AgeGroup::Child;
    if (age < 18)
        return AgeGroup::Adolescent;
    if (age < 60)
        return AgeGroup::Adult;
    return AgeGroup::Older;
}

QString ageGroupKey(AgeGroup g)
{
    switch (g) {
    case AgeGroup::Child:
        return QStringLiteral("child");
    case AgeGroup::Adolescent:
        return QStringLiteral("adolescent");
    case AgeGroup::Adult:
        return QStringLiteral("adult");
    case AgeGroup::Older:
        return QStringLiteral("older");
    }
    return {};
}

QString ageGroupName(AgeGroup g)
{
    switch (g) {
    case AgeGroup::Child:
        return Tr::tr("Child (under 14)");
    case AgeGroup::Adolescent:
        return Tr::tr("Adolescent (14–17)");
    case AgeGroup::Adult:
        return Tr::tr("Adult (18–59)");
    case AgeGroup::Older:
        return Tr::tr("Older (60+)");
    }
    return {};
}

bool isUnstable(int level)
{
    return level >= 3;
}

QString riskLevelName(int level)
{
    if (level < 0 || level > 5)
        return Tr::tr("Not assessed");
    if (isUnstable(level))
        return Tr::tr("Level %1 – unstable").arg(level);
    if (level >= 1)
        return Tr::tr("Level %1 – basically stable").arg(level);
    return Tr::tr("Level 0 – stable");
}

QString riskLevelDefinition(int level)
{
    switch (level) {
    case 0:
        return Tr::tr("No behaviour of levels 1–5.");
    case 1:
        return Tr::tr("Verbal threats or shouting, but no smashing.");
    case 2:
        return Tr::tr("Smashing confined to the home, aimed at property, can be stopped by persuasion.");
    case 3:
        return Tr::tr(
            "Obvious smashing regardless of place, aimed at property, cannot be stopped by persuasion.");
    case 4:
        return Tr::tr(
            "Continued smashing regardless of place, aimed at property or people, cannot be stopped by "
            "persuasion (including self-harm and suicide).");
    case 5:
        return Tr::tr(
            "Any violence against people with a weapon, or arson, explosion and the like, at home or in "
            "public.");
    }
    return Tr::tr("The risk assessment has not been done yet.");
}

QStringList statusKeys()
{
    QStringList keys;
    for (CaseState s : CaseStates::all())
        keys << CaseStates::key(s);
    return keys;
}

QString statusName(const QString& statusKey)
{
    const std::optional<CaseState> s = CaseStates::fromKey(statusKey);
    return s ? CaseStates::name(*s) : statusKey;
}

} // namespace kq::ClientVocabulary
