#pragma once

#include "CaseAction.h"
#include "core/Result.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace kq {

// How and when a client applied: the first event of every case (DOMAIN.md "Ways in" a–d).
// Only the fields of its way in are kept.
struct Application {
    WayIn wayIn = WayIn::Voluntary;
    QDate appliedOn;
    // (a) hospital discharge or outpatient recommendation
    QString hospital;
    QString department;
    QString doctor;
    QString assessmentSummary;
    bool patientConsented = false;
    bool guardianConsented = false;
    // (b) voluntary: who applied through the social worker ("client" or "guardian")
    QString applicant = QStringLiteral("client");
    // (c) report
    QString reporterKind; // employer, residents_committee, village_committee, social_organisation, individual
    QString reporterName;
    QString channel; // phone, visit, letter, online
    // (d) platform-assigned
    QString platformReference;
    QString fromOrganisation;
    QString notes;

    // Errors name the field ("applied-on", "hospital", "consent", "reporter", ...).
    Result<void> validate(const QDate& today) const;
    QVariantMap toDetails() const;
    static Application fromDetails(const QVariantMap& details);
    // One line for the timeline, e.g. "Hospital recommendation: 市精神卫生中心, 2026-11-02".
    QString summary() const;

    static QStringList reporterKinds();
    static QString reporterKindName(const QString& key);
    static QStringList channels();
    static QString channelName(const QString& key);
};

} // namespace kq
