#pragma once

#include "documents/SignedDocument.h"

#include <QDialog>

class QTextBrowser;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// One signed consent or agreement as it was signed, with its SHA-256 checked against the stored
// PDF first: a changed document says so before anyone reads it. Printing is audited like an
// export, since a paper copy leaves the store too.
class DocumentViewDialog : public QDialog {
    Q_OBJECT
public:
    DocumentViewDialog(Workspace& workspace, const SignedDocument& document, const QString& clientName,
                       QWidget* parent = nullptr);

    // True when the stored PDF still matches the hash taken on signing.
    bool verified() const { return m_verified; }

private:
    void print();

    Workspace& m_workspace;
    QString m_documentId;
    Banner* m_banner;
    QTextBrowser* m_text;
    bool m_verified = false;
};

} // namespace kq::ui
