#pragma once

#include "ServicePlace.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTime>
#include <QVariantMap>

namespace kq {

// One individual service delivered to one client (服务记录, seed §10): who, when, for how long,
// which service contents in which form and where, the plan goal it worked on, what was observed,
// a risk flag, the next step and the next appointment.
struct SessionLog {
    static constexpr int kEditDays = 7; // the author edits in place this long after writing
    static constexpr int kMaxMinutes = 720;
    static constexpr int kMaxObservationsLength = 5000;
    static constexpr int kMaxNextStepLength = 500;
    static constexpr int kMaxReasonLength = 500;

    QString id;
    QString clientId;
    QString staff; // username of the member of staff who delivered it
    QDate heldOn;
    QTime startsAt;
    int minutes = 60;
    QStringList contents; // ServiceCatalogue content keys, at least one
    QString form;         // ServiceCatalogue form key
    ServicePlace place = ServicePlace::Centre;
    QString goalId; // a goal of one of the client's plans; may be empty
    QString observations;
    bool riskFlag = false;
    QString nextStep;
    QDate nextOn; // next appointment; may be empty
    QTime nextAt; // its time; may be empty
    bool amended = false;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    // After this moment the log is no longer edited, only amended.
    QDateTime editableUntil() const { return createdAt.addDays(kEditDays); }
};

// A change made to a log after its edit window: the fields it changed, before and after, and why.
struct SessionAmendment {
    QString id;
    QString sessionId;
    QString reason;
    QVariantMap before;
    QVariantMap after;
    QString amendedBy;
    QDateTime amendedAt;
};

} // namespace kq
