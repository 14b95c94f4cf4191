#include "DocumentViewDialog.h"

#include "SignedDocumentText.h"
#include "common/Banner.h"
#include "common/WindowSize.h"
#include "documents/SignedDocumentRepository.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kq::ui {

DocumentViewDialog::DocumentViewDialog(Workspace& workspace, const SignedDocument& document,
                                       const QString& clientName, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_documentId(document.id), m_banner(new Banner(this)),
      m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("documentView"));
    setWindowTitle(tr("%1 – %2").arg(FormTemplate::kindName(document.kind), clientName));
    const Result<bool> verified = SignedDocumentRepository(workspace.journal()).verify(document.id);
    m_verified = verified && verified.value();
    if (m_verified)
        m_banner->show(Banner::Kind::Success,
                       tr("Verified: unchanged since signing (SHA-256 %1).").arg(document.sha256));
    else
        m_banner->showError(verified
                                ? tr("This document has changed since it was signed: its PDF no longer "
                                     "matches the SHA-256 taken on signing. Do not rely on it; tell your "
                                     "supervisor.")
                                : verified.error().message);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setAccessibleName(tr("Document text"));
    m_text->setOpenLinks(false);
    QMap<QString, QByteArray> images;
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it)
        if (it.key() != SignedDocument::kScan)
            images.insert(it.key(), it.value().bytes);
    SignedDocumentText::addImages(m_text->document(), images);
    m_text->setHtml(document.html);
    SignedDocumentText::addImages(m_text->document(), images);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printDocument"));
    connect(print, &QPushButton::clicked, this, &DocumentViewDialog::print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // Most of an A4 page at once, as far as the screen allows.
    resizeWithinScreen(this, QSize(820, 760));
}

void DocumentViewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<void> recorded =
        SignedDocumentRepository(m_workspace.journal()).recordPrinted(m_workspace.actor(), m_documentId);
    if (!recorded) {
        m_banner->showError(recorded.error().message);
        return;
    }
    m_text->document()->print(&printer);
}

} // namespace kq::ui
