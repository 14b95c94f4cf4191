#pragma once

// Documents that pass SignedDocumentRepository::sign, for the tests of signing and of the gate.

#include "CaseFixture.h"

#include "documents/PriceListRepository.h"
#include "documents/SignedDocumentRepository.h"

namespace kq::test {

inline QByteArray samplePdf()
{
    return QByteArrayLiteral(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

// PNG magic bytes and a little more: the repository checks the signature, not the picture.
inline QByteArray samplePng(const char* tag = "sig")
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + tag;
}

// A day-training item at ¥30.00 a time from 2026-01-01; returns its item key.
inline QString addDayTraining(Journal& journal, const Actor& supervisor)
{
    PriceItem p;
    p.name = QStringLiteral("日间康复训练");
    p.unit = QStringLiteral("次");
    p.priceFen = 3000;
    p.effectiveFrom = QDate(2026, 1, 1);
    const Result<QString> r = PriceListRepository(journal).add(supervisor, p);
    if (!r)
        qFatal("price item failed: %s", qPrintable(r.error().describe()));
    return r.value();
}

// Signed on the pad by the client and a member of staff on `on`, in force from then.
inline SignedDocument sampleDocument(const QString& clientId, FormTemplate::Kind kind, const QDate& on)
{
    SignedDocument d;
    d.clientId = clientId;
    d.kind = kind;
    d.language = QStringLiteral("zh_CN");
    d.templateVersion = 1;
    d.signedOn = on;
    d.validFrom = on;
    d.signers = {{SignedDocument::kClient, QStringLiteral("王强")},
                 {SignedDocument::kStaff, QStringLiteral("王丽")}};
    d.images = {{SignedDocument::kClient, {{}, samplePng("client")}},
                {SignedDocument::kStaff, {{}, samplePng("staff")}}};
    d.html = QStringLiteral("<p>本人同意……</p>");
    d.pdf = samplePdf();
    return d;
}

inline SignedDocument sampleConsent(const QString& clientId, const QDate& on)
{
    return sampleDocument(clientId, FormTemplate::Kind::Consent, on);
}

// A one-year agreement for `itemKey` at the list price of addDayTraining.
inline SignedDocument sampleAgreement(const QString& clientId, const QDate& on, const QString& itemKey)
{
    SignedDocument d = sampleDocument(clientId, FormTemplate::Kind::Agreement, on);
    d.validUntil = on.addYears(1).addDays(-1);
    d.lines = {{itemKey, {}, {}, 3000, QStringLiteral("每周2次")}};
    return d;
}

inline QString signedOk(Journal& journal, const Actor& actor, const SignedDocument& d)
{
    const Result<QString> r = SignedDocumentRepository(journal).sign(actor, d);
    if (!r)
        qFatal("sign failed: %s", qPrintable(r.error().describe()));
    return r.value();
}

} // namespace kq::test
