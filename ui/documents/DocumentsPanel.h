#pragma once

#include "documents/SignedDocument.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// A client's signed consents and agreements (文书), newest first: signing new ones, reading one
// with its hash checked, exporting its PDF (audited, owner-only file) and revoking it.
class DocumentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentsPanel(Workspace& workspace, QWidget* parent = nullptr);

    void showClient(const QString& clientId, const QString& clientName);
    void clear();

    // The actions on the client shown or the selected document; true when something changed or
    // was written. exportSelected() asks for a file name when `path` is empty.
    bool signDocument(FormTemplate::Kind kind);
    void openSelected();
    bool exportSelected(const QString& path = {});
    bool revokeSelected();

Q_SIGNALS:
    void changed(); // a document was signed or revoked

private:
    void reload();
    void updateButtons();
    const SignedDocument* selected() const;

    Workspace& m_workspace;
    QString m_clientId;
    QString m_clientName;
    Banner* m_banner;
    QPushButton* m_signConsent;
    QPushButton* m_signAgreement;
    QPushButton* m_open;
    QPushButton* m_export;
    QPushButton* m_revoke;
    QTableWidget* m_table;
    QList<SignedDocument> m_shown; // the rows of the table
};

} // namespace kq::ui
