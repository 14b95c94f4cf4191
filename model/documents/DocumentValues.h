#pragma once

#include "SignedDocument.h"
#include "centre/CentreProfile.h"
#include "clients/ClientRecord.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace kq {

// The values of a consent's or agreement's {{placeholders}}, written in the document's own language
// (dates, the guardian's relation, the services table), never the interface's: a Chinese text
// signed while the window is in English still reads 2026年11月23日 and 父母. Shared by signing on
// screen and by the demo's paper originals.
struct DocumentValues {
    static constexpr int kDefaultRetentionYears = 10;

    QString language; // a FormTemplate language
    int version = 1;  // of the template text
    std::optional<CentreProfile> centre;
    ClientRecord client;              // name, identity number, birth date
    std::optional<Guardian> guardian; // who signs with the client, if anyone
    QList<SignedDocument::AgreementLine> lines;
    QDate termStart;
    QDate termEnd;
    int retentionYears = kDefaultRetentionYears;
    QDate signedOn;

    // Placeholder name -> value, for FormTemplateRenderer::render.
    QMap<QString, QString> toMap() const;

    // The guardian who signs with the client: the signing contact, else the first legal guardian.
    static std::optional<Guardian> signingGuardian(const ClientRecord& client);
    // The {{services.table}} of an agreement: the lines as an HTML table in `language`, every cell
    // escaped.
    static QString servicesTable(const QList<SignedDocument::AgreementLine>& lines, const QString& language);
};

} // namespace kq
