#pragma once

#include "core/Result.h"
#include "scales/ScaleScore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kq {

// One assessment of a client (DOMAIN.md "Lifecycle" items 4 and 8): the multi-disciplinary intake
// assessment (综合评估) that leads to the plan, a periodic assessment (阶段性评估) during service,
// or the post-service transfer assessment that decides the outcome before closure. Append-only:
// a correction is a new assessment. Keys of the coded fields are in AssessmentVocabulary.
struct Assessment {
    enum class Kind { Intake, Periodic, Transfer };

    struct Participant {
        QString role; // psychiatrist, nurse, rehab_therapist, social_worker, other
        QString name;

        friend bool operator==(const Participant&, const Participant&) = default;
    };

    // The five points of a periodic or post-service assessment (DOMAIN.md item 8), as coded ratings
    // rather than free text, so that the indicators (self-care improvement, employment outcomes)
    // can count them; the narrative goes in `findings`. Required for a transfer assessment,
    // optional otherwise; empty = not rated.
    enum class Rating { RehabEffect, IllnessState, SelfCare, EmploymentWish, EmploymentAbility };
    struct Progress {
        QString rehabEffect;       // marked, improved, unchanged, worse
        QString illnessState;      // stable, basically_stable, unstable (规范 2018 follow-up terms)
        QString selfCare;          // independent, partial, dependent
        QString employmentWish;    // yes, undecided, no
        QString employmentAbility; // competitive, supported, not_yet

        const QString& value(Rating r) const;
        QString& value(Rating r);
        friend bool operator==(const Progress&, const Progress&) = default;
    };

    // A scale filled in during the assessment. On recording, version, total, band and flagged are
    // computed from the answers with the ScaleLibrary; values supplied by the caller are ignored.
    struct ScaleEntry {
        QString scaleId;
        int version = 0;
        ScaleAnswers answers;
        int total = 0;
        QString band; // the band's label as recorded, in Chinese (records are kept in Chinese)
        bool flagged = false;

        friend bool operator==(const ScaleEntry&, const ScaleEntry&) = default;
    };

    static constexpr int kMaxParticipants = 20;
    static constexpr int kMaxNameLength = 40; // the client record's risk assessor holds 40
    static constexpr int kMaxTextLength = 4000;

    QString id;
    QString clientId;
    Kind kind = Kind::Intake;
    QDate assessedOn;
    QList<Participant> participants;
    QString findings;
    int riskLevel = -1; // 0..5 (危险性评估) rated in this assessment; -1 = not rated this time
    QString opinion;    // 康复意见; required for an intake assessment
    QString outcome;    // transfer only: employment, sheltered_employment, other_service, community_living
    Progress progress;
    QList<ScaleEntry> scales;
    QString createdBy; // username
    QDateTime createdAt;

    // Trims the texts and names.
    void normalise();
    // The rules the record meets on its own (dates against the case and the scale answers are the
    // repository's). Errors name the field ("participant-2-name", "outcome", "self-care", ...);
    // `notices` get advice that does not stop saving (an intake without a psychiatrist).
    QList<Error> check(QStringList& notices) const;
};

} // namespace kq
