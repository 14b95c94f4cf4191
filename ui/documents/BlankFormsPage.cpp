#include "BlankFormsPage.h"

#include "PriceListDocument.h"
#include "SignedDocumentText.h"
#include "common/Banner.h"
#include "common/FormRows.h"
#include "common/Language.h"
#include "common/TabOrder.h"
#include "documents/BlankForm.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kq::ui {

BlankFormsPage::BlankFormsPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_banner(new Banner(this)), m_kind(new QComboBox(this)),
      m_language(new QComboBox(this)), m_preview(new QTextBrowser(this)),
      m_printPreview(new QPushButton(tr("Print pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)), m_savePdf(new QPushButton(tr("Save as P&DF…"), this))
{
    m_banner->setObjectName(QStringLiteral("blankFormBanner"));
    m_banner->hide();
    m_kind->setObjectName(QStringLiteral("blankFormKind"));
    m_language->setObjectName(QStringLiteral("blankFormLanguage"));
    m_preview->setObjectName(QStringLiteral("blankFormPreview"));
    m_preview->setAccessibleName(tr("The blank form as it will be printed"));
    m_preview->setOpenLinks(false); // a form is a document, not a way out of the app
    m_printPreview->setObjectName(QStringLiteral("printPreviewBlankForm"));
    m_print->setObjectName(QStringLiteral("printBlankForm"));
    m_savePdf->setObjectName(QStringLiteral("saveBlankFormPdf"));
    for (FormTemplate::Kind k : FormTemplate::kinds())
        m_kind->addItem(FormTemplate::kindName(k), FormTemplate::kindKey(k));
    Language::addChoices(m_language);
    // The window's language first: most forms handed out are in the language the desk works in.
    if (const int index = m_language->findData(Language::current()); index >= 0)
        m_language->setCurrentIndex(index);

    auto* intro = new QLabel(tr("A blank copy to hand out and fill in by hand: the text in force, with the "
                                "centre's name and lines for the client's details. It holds no one's data."),
                             this);
    intro->setWordWrap(true);
    auto* pick = new QFormLayout;
    addLabelledRow(pick, tr("&Form:"), m_kind);
    addLabelledRow(pick, tr("&Language:"), m_language);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_printPreview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(pick);
    layout->addLayout(buttons);
    layout->addWidget(m_preview, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &BlankFormsPage::showForm);
    connect(m_language, &QComboBox::currentIndexChanged, this, &BlankFormsPage::showForm);
    connect(m_printPreview, &QPushButton::clicked, this, &BlankFormsPage::printPreview);
    connect(m_print, &QPushButton::clicked, this, &BlankFormsPage::print);
    connect(m_savePdf, &QPushButton::clicked, this, &BlankFormsPage::askAndSavePdf);
    tabInLayoutOrder(this);
}

FormTemplate::Kind BlankFormsPage::kind() const
{
    return FormTemplate::kindFromKey(m_kind->currentData().toString()).value_or(FormTemplate::Kind::Consent);
}

QString BlankFormsPage::language() const
{
    return m_language->currentData().toString();
}

void BlankFormsPage::reload()
{
    showForm();
}

void BlankFormsPage::clearData()
{
    m_html.clear();
    m_preview->clear();
    m_banner->hide();
}

void BlankFormsPage::activate()
{
    m_kind->setFocus();
}

void BlankFormsPage::showForm()
{
    if (!m_workspace.isOpen())
        return;
    const Result<QString> html =
        BlankForm::html(m_workspace.actor(), m_workspace.journal(), kind(), language());
    m_html = html ? html.value() : QString();
    m_preview->setHtml(m_html);
    for (QPushButton* b : {m_printPreview, m_print, m_savePdf})
        b->setEnabled(bool(html));
    if (html)
        m_banner->hide();
    else
        m_banner->showError(html.error().message);
}

bool BlankFormsPage::savePdf(const QString& path)
{
    if (m_html.isEmpty())
        return false;
    const QByteArray pdf = SignedDocumentText::renderPdf(m_html, {}, FormTemplate::kindName(kind()));
    QFile file(path);
    // Restricted before anything is written, as every file Kangqiao exports (a blank form holds no
    // one's data, but a file a person saves from here is treated like the others).
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(pdf) == pdf.size();
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        m_banner->showError(tr("The PDF could not be written: %1").arg(file.errorString()));
        return false;
    }
    m_banner->show(Banner::Kind::Success, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BlankFormsPage::askAndSavePdf()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/blank-%1-%2.pdf").arg(FormTemplate::kindKey(kind()), language());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the blank form"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void BlankFormsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(FormTemplate::kindName(kind()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PriceListDocument::print(m_html, printer);
    m_banner->show(Banner::Kind::Success, tr("Sent to the printer."));
}

void BlankFormsPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(FormTemplate::kindName(kind()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(FormTemplate::kindName(kind())));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { PriceListDocument::print(m_html, *target); });
    dialog.exec();
}

} // namespace kq::ui
