#pragma once

#include "clients/ClientRecord.h"
#include "documents/DocumentValues.h"
#include "documents/PriceItem.h"
#include "documents/SignedDocument.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;
class SignatureField;

// Signs a consent (知情同意书) or a service agreement (服务协议) for one client: the text of the
// template in force filled from the record with a live preview, the agreement's lines from today's
// price list, and the signatures drawn on screen or a scan of the signed paper. "Sign" renders the
// PDF in memory and stores it; the store's refusals are shown with the field marked.
class SigningDialog : public QDialog {
    Q_OBJECT
public:
    // What the consent says records are kept for ({{retention.years}}). No setting holds it yet;
    // ten years is the usual term for medical records in China.
    static constexpr int kDefaultRetentionYears = DocumentValues::kDefaultRetentionYears;

    SigningDialog(Workspace& workspace, const QString& clientId, FormTemplate::Kind kind,
                  QWidget* parent = nullptr);

    // The new document's id once signed.
    QString signedId() const { return m_signedId; }
    // Reads the scan of the signed paper; false (with the reason shown) when it cannot be used.
    bool attachScan(const QString& path);

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildForm();
    QWidget* buildSignatures();
    void chooseScan();
    void updatePaper();
    void updatePreview();
    std::optional<Guardian> signingGuardian() const;
    QString language() const;
    QMap<QString, QString> values(int version) const;
    QList<SignedDocument::AgreementLine> chosenLines() const;
    QMap<QString, QByteArray> drawnSignatures() const;
    QWidget* fieldFor(const QString& field) const;

    Workspace& m_workspace;
    FormTemplate::Kind m_kind;
    ClientRecord m_client;
    QList<PriceItem> m_items; // the rows of m_lines
    QDate m_today;
    bool m_child = false; // under 14 today: the guardian must sign
    Banner* m_banner;
    QComboBox* m_language;
    QTableWidget* m_lines = nullptr;
    DateField* m_start = nullptr;
    DateField* m_end = nullptr;
    QSpinBox* m_retention = nullptr;
    QTextBrowser* m_preview;
    SignatureField* m_clientSignature;
    SignatureField* m_guardianSignature = nullptr;
    SignatureField* m_staffSignature;
    QCheckBox* m_onPaper;
    QPushButton* m_chooseScan;
    QLabel* m_scanName;
    QByteArray m_scan;
    QList<QWidget*> m_marked;
    QString m_signedId;
};

} // namespace kq::ui
