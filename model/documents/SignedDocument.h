#pragma once

#include "FormTemplate.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kq {

// A consent (知情同意书) or service agreement (服务协议) as signed (table signed_documents).
// Once stored it never changes: revocation is the only later write, and it adds to the record.
struct SignedDocument {
    static constexpr qsizetype kMaxPdfBytes = qsizetype{10} * 1024 * 1024;
    static constexpr qsizetype kMaxImageBytes = qsizetype{5} * 1024 * 1024;
    static constexpr int kMaxReasonLength = 200;
    static constexpr int kMaxFrequencyLength = 40;

    // Signer roles, which are also the roles of their signature images; kScan is the scanned
    // paper original of a document signed on paper.
    static inline const QString kClient = QStringLiteral("client");
    static inline const QString kGuardian = QStringLiteral("guardian");
    static inline const QString kStaff = QStringLiteral("staff");
    static inline const QString kScan = QStringLiteral("scan");

    struct Signer {
        QString role; // kClient, kGuardian or kStaff
        QString name;
    };

    // One agreement line, copied from the price list in force on the signing date: later price
    // changes never reach it. Only the frequency is the parties' own.
    struct AgreementLine {
        QString itemKey;
        QString name;
        QString unit;
        qint64 priceFen = 0;
        QString frequency; // e.g. 每周2次
    };

    struct Image {
        QString mime; // set by the repository from the bytes: image/png, image/jpeg, application/pdf
        QByteArray bytes;
    };

    QString id;
    QString clientId;
    FormTemplate::Kind kind = FormTemplate::Kind::Consent;
    QString language; // a FormTemplate language
    int templateVersion = 0;
    QDate signedOn;
    QDate validFrom;
    QDate validUntil; // agreement: last day of the term; consent: invalid = until revoked
    bool onPaper = false;
    QList<Signer> signers;
    QList<AgreementLine> lines;  // agreements only
    QString html;                // the text as signed
    QByteArray pdf;              // empty in lists (SignedDocumentRepository::list, inForce)
    QString sha256;              // lower-case hex of pdf, computed on signing
    QMap<QString, Image> images; // by role; empty in lists
    QDate revokedOn;             // first day no longer in force
    QString revokedReason;
    QString revokedBy;  // username
    QString replacesId; // the document this one renews
    QString createdBy;  // username
    QDateTime createdAt;

    bool isRevoked() const { return revokedOn.isValid(); }

    // valid_from <= day <= valid_until (open-ended when invalid), and not revoked on or before day.
    bool inForceOn(const QDate& day) const
    {
        return day.isValid() && validFrom.isValid() && validFrom <= day &&
               (!validUntil.isValid() || day <= validUntil) && (!revokedOn.isValid() || day < revokedOn);
    }
};

} // namespace kq
