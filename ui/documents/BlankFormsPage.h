#pragma once

#include "documents/FormTemplate.h"
#include "shell/WorkspacePage.h"

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// Blank paper forms for the front desk (and anyone who may print them, Permission::PrintBlankForms):
// the consent and the service agreement in force, in either language, with the centre's name and
// writing lines where a client's details go (model/documents/BlankForm), previewed here and printed,
// print-previewed or saved as PDF. Nothing on it comes from a client's record.
class BlankFormsPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit BlankFormsPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Blank forms"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    // The form shown, as it will be printed; empty when it could not be made (the banner says why).
    QString documentHtml() const { return m_html; }
    // Writes the form shown as an A4 PDF readable by its owner only; false (and the banner says why)
    // when it cannot.
    bool savePdf(const QString& path);

private:
    void showForm();
    void askAndSavePdf();
    void print();
    void printPreview();
    FormTemplate::Kind kind() const;
    QString language() const;

    Workspace& m_workspace;
    Banner* m_banner;
    QComboBox* m_kind;
    QComboBox* m_language;
    QTextBrowser* m_preview;
    QPushButton* m_printPreview;
    QPushButton* m_print;
    QPushButton* m_savePdf;
    QString m_html;
};

} // namespace kq::ui
