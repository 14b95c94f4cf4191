#pragma once

#include "centre/CentreProfile.h"
#include "clients/ClientRecord.h"
#include "core/Result.h"
#include "documents/FormTemplate.h"
#include "documents/PriceList.h"
#include "documents/SignedDocument.h"

#include <QDate>
#include <QRandomGenerator>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// The consent forms and service agreements of the demo's cases, as a centre's records have them:
// signed on paper with the scan attached when service starts; agreements for a year and renewed,
// most in the month before they end, some late (a gap without an agreement, a few lapsed today);
// an agreement ends (revoked) with a hospital stay, a closure or a transfer, and a new one is
// signed on return from hospital. Signed through SignedDocumentRepository, so each document meets
// every rule a person's signing does. One case at a time, in the order of its history; its own
// random stream, so the cases' states and dates are the same as without documents.
class DemoDocuments {
public:
    DemoDocuments(quint32 seed, QDate today, Journal& journal);

    // Consent (until revoked) and a first agreement signed on `day`, the day service starts.
    Result<void> startService(const Actor& actor, const ClientRecord& client, const QDate& day);
    // The renewals of the current agreement whose term ends before `day`, in order: the case's
    // history up to its next event (or today).
    Result<void> renewBefore(const Actor& actor, const QDate& day);
    // The current agreement ends on `day` (its first day no longer in force).
    Result<void> endAgreement(const Actor& actor, const QDate& day, const QString& reason);
    // A new agreement after a hospital stay, from `day`.
    Result<void> signAgreement(const Actor& actor, const QDate& day);

    // Agreements renewed late: signed this many days after the old term ended, at most.
    static constexpr int kLateRenewalPercent = 15;
    static constexpr int kMaxLateDays = 60;

private:
    struct Agreement {
        QString id;
        QDate signedOn;
        QDate validFrom;
        QDate validUntil;
    };

    Result<QString> sign(const Actor& actor, FormTemplate::Kind kind, const QDate& signedOn,
                         const QDate& validFrom, const QDate& validUntil, const QString& replaces);
    Result<void> ensurePriceList(const Actor& actor);
    Result<const FormTemplate*> text(FormTemplate::Kind kind);

    QRandomGenerator m_random;
    QDate m_today;
    Journal& m_journal;
    std::optional<PriceList> m_prices;
    std::optional<FormTemplate> m_consentText;
    std::optional<FormTemplate> m_agreementText;
    bool m_centreLoaded = false;
    std::optional<CentreProfile> m_centre;
    ClientRecord m_client; // the case being signed for
    std::optional<Agreement> m_agreement;
};

} // namespace kq
