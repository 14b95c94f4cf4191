#include "Assessment.h"

#include "AssessmentVocabulary.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QSet>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Assessment)
};

using namespace AssessmentVocabulary;

void checkText(QList<Error>& errors, const QString& text, const QString& field, const QString& label)
{
    if (text.size() > Assessment::kMaxTextLength)
        errors.append(Error{
            Tr::tr("%1 is longer than %2 characters.").arg(label).arg(Assessment::kMaxTextLength), field});
}
} // namespace

const QString& Assessment::Progress::value(Rating r) const
{
    return const_cast<Progress*>(this)->value(r);
}

QString& Assessment::Progress::value(Rating r)
{
    switch (r) {
    case Rating::RehabEffect:
        return rehabEffect;
    case Rating::IllnessState:
        return illnessState;
    case Rating::SelfCare:
        return selfCare;
    case Rating::EmploymentWish:
        return employmentWish;
    case Rating::EmploymentAbility:
        break;
    }
    return employmentAbility;
}

void Assessment::normalise()
{
    for (Participant& p : participants) {
        p.role = p.role.trimmed();
        p.name = p.name.trimmed();
    }
    findings = findings.trimmed();
    opinion = opinion.trimmed();
    outcome = outcome.trimmed();
    for (Rating r : ratings())
        progress.value(r) = progress.value(r).trimmed();
    for (ScaleEntry& s : scales)
        s.scaleId = s.scaleId.trimmed();
}

QList<Error> Assessment::check(QStringList& notices) const
{
    QList<Error> errors;
    if (participants.isEmpty())
        errors.append(
            Error{Tr::tr("Record who took part in the assessment."), QStringLiteral("participants")});
    if (participants.size() > kMaxParticipants)
        errors.append(Error{Tr::tr("At most %1 people can be listed as taking part.").arg(kMaxParticipants),
                            QStringLiteral("participants")});
    QSet<QString> disciplines;
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const Participant& p = participants[i];
        const QString prefix = QStringLiteral("participant-%1-").arg(i + 1);
        const QString who = Tr::tr("Participant %1").arg(i + 1);
        if (!participantRoles().contains(p.role))
            errors.append(
                Error{Tr::tr("%1: choose the discipline.").arg(who), prefix + QStringLiteral("role")});
        if (p.name.isEmpty())
            errors.append(
                Error{Tr::tr("%1: the name is required.").arg(who), prefix + QStringLiteral("name")});
        else if (p.name.size() > kMaxNameLength)
            errors.append(
                Error{Tr::tr("%1: the name is longer than %2 characters.").arg(who).arg(kMaxNameLength),
                      prefix + QStringLiteral("name")});
        else if (hasHiddenCharacters(p.name))
            errors.append(Error{Tr::tr("%1: the name contains control or direction characters.").arg(who),
                                prefix + QStringLiteral("name")});
        if (isDiscipline(p.role))
            disciplines.insert(p.role);
    }

    if (kind == Kind::Intake) {
        // DOMAIN.md item 4: psychiatrist, nurse, rehabilitation therapist and social worker. A small
        // centre may lack one, so only a single-discipline intake is refused.
        if (disciplines.size() < 2 && !participants.isEmpty())
            errors.append(
                Error{Tr::tr("An intake assessment is multi-disciplinary: at least two of psychiatrist, "
                             "nurse, rehabilitation therapist and social worker must take part."),
                      QStringLiteral("participants")});
        if (!disciplines.contains(QStringLiteral("psychiatrist")))
            notices << Tr::tr("No psychiatrist took part in the intake assessment.");
        if (!disciplines.contains(QStringLiteral("social_worker")))
            notices << Tr::tr("No social worker took part in the intake assessment.");
        if (opinion.isEmpty())
            errors.append(Error{Tr::tr("Write the rehabilitation opinion of the intake assessment."),
                                QStringLiteral("opinion")});
    }
    checkText(errors, findings, QStringLiteral("findings"), Tr::tr("The findings"));
    checkText(errors, opinion, QStringLiteral("opinion"), Tr::tr("The rehabilitation opinion"));
    if (riskLevel < -1 || riskLevel > 5)
        errors.append(
            Error{Tr::tr("The risk level must be 0 to 5, or not rated."), QStringLiteral("risk-level")});

    if (kind == Kind::Transfer) {
        if (!outcomes().contains(outcome))
            errors.append(Error{Tr::tr("Choose the outcome of the post-service assessment."),
                                QStringLiteral("outcome")});
    } else if (!outcome.isEmpty()) {
        errors.append(Error{Tr::tr("Only a post-service (transfer) assessment has an outcome."),
                            QStringLiteral("outcome")});
    }
    for (Rating r : ratings()) {
        const QString& value = progress.value(r);
        if (value.isEmpty() && kind == Kind::Transfer)
            errors.append(Error{Tr::tr("%1 is required for a post-service assessment.").arg(ratingName(r)),
                                ratingField(r)});
        else if (!value.isEmpty() && !ratingValues(r).contains(value))
            errors.append(Error{Tr::tr("%1: “%2” is not one of the ratings.").arg(ratingName(r), value),
                                ratingField(r)});
    }

    QSet<QString> scaleIds;
    for (const ScaleEntry& s : scales) {
        if (scaleIds.contains(s.scaleId))
            errors.append(Error{Tr::tr("The scale “%1” is listed twice.").arg(s.scaleId),
                                QStringLiteral("scale-") + s.scaleId});
        scaleIds.insert(s.scaleId);
    }
    return errors;
}

} // namespace kq
