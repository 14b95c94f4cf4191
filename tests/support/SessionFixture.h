#pragma once

// Clients ready for session logs: in service, with a consent and a service agreement in force, and
// a log that passes every rule.

#include "SignedDocumentSamples.h"

#include "sessions/SessionLog.h"

namespace kq::test {

// Admits `name` to service (a plan with one goal) and signs a consent and an agreement dated
// `signedOn` as `signer`; returns the client's id.
inline QString servedClient(Workspace& ws, const Actor& signer, const QString& name, const QString& itemKey,
                            const QDate& signedOn)
{
    const QString id = CaseDriver(ws).admit(samplePerson(name), hospitalApplication(signedOn.addDays(-20)),
                                            CaseState::InService);
    signedOk(ws.journal(), signer, sampleConsent(id, signedOn));
    signedOk(ws.journal(), signer, sampleAgreement(id, signedOn, itemKey));
    return id;
}

// 09:30 today, 45 minutes of medication training in day training at the centre, by `staff`.
inline SessionLog sampleSession(const QString& clientId, const QString& staff, const QDate& on)
{
    SessionLog l;
    l.clientId = clientId;
    l.staff = staff;
    l.heldOn = on;
    l.startsAt = QTime(9, 30);
    l.minutes = 45;
    l.contents = {QStringLiteral("medication_training")};
    l.form = QStringLiteral("day_training");
    l.place = ServicePlace::Centre;
    l.observations = QStringLiteral("按时服药，情绪平稳。");
    return l;
}

} // namespace kq::test
