#pragma once

#include "CaseAction.h"
#include "CaseState.h"

#include <QDate>
#include <QDateTime>
#include <QVariantMap>

#include <optional>

namespace kq {

// What the lifecycle rules need to know about one case; LifecycleService reads it from the store.
struct CaseFacts {
    CaseState state = CaseState::Applied;
    QDate stateSince;
    WayIn wayIn = WayIn::Voluntary;
    QDate appliedOn;
    QDate needsReviewedOn; // the social worker's needs review (ways in b and c)
    QDate registeredOn;
    QDate waitingSince;                   // start of the current wait
    QDate waitingReviewedOn;              // last re-review during this wait; restarts the 3-month clock
    std::optional<CaseState> resumeState; // where service resumes after the green channel
    bool intakeAssessed = false;          // an intake assessment since the centre accepted the referral
    bool planned = false;                 // a rehabilitation plan after that assessment
    bool agreementSigned = false;         // consent and service agreement in force
    bool transferAssessed = false;        // a post-service (transfer) assessment with an outcome
    QDate followUpDue;
    QDate followUpDone;
    QDate reviewDue; // next periodic assessment: set by the latest plan or periodic assessment
};

// What a person enters with an action. Detail keys per action are listed in LifecycleRules.
struct CaseInput {
    QDateTime at; // when it happened; empty means now
    QString reason;
    QString document; // reference of a paper document, letter or scan
    QVariantMap details;
};

} // namespace kq
