#pragma once

#include "Assessment.h"
#include "core/Result.h"

#include <QStringList>

namespace kq {

class Journal;
class ScaleLibrary;
struct Actor;

// Intake, periodic and transfer assessments with their scales. Records are append-only. Every
// write checks the role and the rules, re-scores the scales, and goes through the Journal (audit +
// outbox) in one transaction with its effects on the client (risk level) and the case file (next
// review).
class AssessmentRepository {
public:
    enum ErrorCode { NotPermitted = 440, NotFound, ReadOnly, Invalid };

    AssessmentRepository(Journal& journal, const ScaleLibrary& scales) : m_journal(journal), m_scales(scales)
    {
    }

    struct Recorded {
        QString id;
        QStringList notices; // advice that did not stop the recording (an intake without a psychiatrist)
    };
    // Needs EditClinicalRecords. Errors: NotPermitted; NotFound (client); ReadOnly (transferred
    // out); Invalid (message lists every problem, field names the first: "assessed-on",
    // "participant-2-name", "outcome", "self-care", "scale-sdss", "scale-sdss-<item>", ...).
    // A risk level 0–5 becomes the client's current risk unless a later one is on record; a periodic
    // assessment sets the case's next review to assessedOn + CentreSettings::reviewIntervalMonths().
    Result<Recorded> record(const Actor& actor, Assessment assessment);

    // Newest first (assessed on, then recorded). Need ViewClinicalRecords.
    Result<QList<Assessment>> list(const Actor& actor, const QString& clientId);
    Result<Assessment> load(const Actor& actor, const QString& id);

private:
    QList<Error> rescore(QList<Assessment::ScaleEntry>& entries) const;
    void updateRisk(const Actor& actor, const Assessment& a);
    QList<Assessment> select(const char* where, const QString& value);

    Journal& m_journal;
    const ScaleLibrary& m_scales;
};

} // namespace kq
