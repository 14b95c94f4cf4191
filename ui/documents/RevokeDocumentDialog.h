#pragma once

#include <QDialog>

class QLineEdit;

namespace kq {
struct SignedDocument;
class Workspace;
} // namespace kq

namespace kq::ui {

class Banner;
class DateField;

// Revokes a signed consent or agreement from a day, with a reason: the document stays stored and
// readable, marked no longer in force. OK revokes; a refused day or reason is named on its field
// and the dialog stays open.
class RevokeDocumentDialog : public QDialog {
    Q_OBJECT
public:
    RevokeDocumentDialog(Workspace& workspace, const SignedDocument& document, QWidget* parent = nullptr);

    void accept() override;

private:
    Workspace& m_workspace;
    QString m_documentId;
    Banner* m_banner;
    DateField* m_on;
    QLineEdit* m_reason;
};

} // namespace kq::ui
