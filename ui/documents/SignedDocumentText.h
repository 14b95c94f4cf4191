#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include "documents/SignedDocument.h"

class QTextDocument;

namespace kq::ui {

// The text of a consent or agreement with its signatures: where each signature image goes, and the
// PDF made from it. Shared by signing (preview and PDF) and by reading a signed document back.
class SignedDocumentText {
public:
    // Puts an <img> of each role in `roles` (client, guardian, staff) on the first signature line
    // ("______") whose label names that role; a role whose line the text lacks (a supervisor's own
    // template) gets a line of its own at the end, so no signature is ever left out.
    static QString placeSignatures(const QString& html, const QStringList& roles, const QString& language);
    // Makes the images placeSignatures() refers to available to `document`, by role.
    static void addImages(QTextDocument* document, const QMap<QString, QByteArray>& pngByRole);
    // An A4 PDF of `html` made in memory (no temporary file), in the named Chinese face.
    static QByteArray renderPdf(const QString& html, const QMap<QString, QByteArray>& pngByRole,
                                const QString& title);
};

} // namespace kq::ui
