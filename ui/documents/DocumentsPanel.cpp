#include "DocumentsPanel.h"

#include "SignedDocumentText.h"
#include "SigningDialog.h"
#include "auth/Actor.h"
#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "documents/SignedDocumentRepository.h"
#include "store/Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

DocumentsPanel::DocumentsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_banner(new Banner(this)),
      m_signConsent(button(tr("Sign &consent…"), "signConsent", this)),
      m_signAgreement(button(tr("Sign ag&reement…"), "signAgreement", this)),
      m_open(button(tr("&Open"), "openDocument", this)),
      m_export(button(tr("E&xport PDF…"), "exportDocument", this)),
      m_revoke(button(tr("Re&voke…"), "revokeDocument", this)), m_table(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_banner->setObjectName(QStringLiteral("documentsBanner"));
    m_table->setObjectName(QStringLiteral("documentList"));
    tabLeavesTable(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Document"), tr("Version"), tr("Signed on"), tr("Term"), tr("Signed"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click or press Enter to read a document."));
    auto* listLabel = new QLabel(tr("Signed documents, newest &first:"), this);
    listLabel->setBuddy(m_table);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_signConsent);
    actions->addWidget(m_signAgreement);
    actions->addSpacing(16);
    actions->addWidget(m_open);
    actions->addWidget(m_export);
    actions->addWidget(m_revoke);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addWidget(listLabel);
    layout->addWidget(m_table, 1);

    connect(m_signConsent, &QPushButton::clicked, this,
            [this] { signDocument(FormTemplate::Kind::Consent); });
    connect(m_signAgreement, &QPushButton::clicked, this,
            [this] { signDocument(FormTemplate::Kind::Agreement); });
    connect(m_open, &QPushButton::clicked, this, &DocumentsPanel::openSelected);
    connect(m_export, &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(m_revoke, &QPushButton::clicked, this, &DocumentsPanel::revokeSelected);
    connect(m_table, &QTableWidget::activated, this, &DocumentsPanel::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DocumentsPanel::updateButtons);
}

void DocumentsPanel::showClient(const QString& clientId, const QString& clientName)
{
    // The page reloads after a signing; only another client clears the message about it.
    if (clientId != m_clientId)
        m_banner->show(Banner::Kind::Info, {});
    m_clientId = clientId;
    m_clientName = clientName;
    reload();
}

void DocumentsPanel::clear()
{
    m_clientId.clear();
    m_shown.clear();
    m_table->setRowCount(0);
    updateButtons();
}

void DocumentsPanel::reload()
{
    const Result<QList<SignedDocument>> docs =
        SignedDocumentRepository(m_workspace.journal()).list(m_workspace.actor(), m_clientId);
    m_shown = docs ? docs.value() : QList<SignedDocument>();
    if (!docs)
        m_banner->showError(docs.error().message);
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const SignedDocument& d = m_shown.at(row);
        const QString term = d.validUntil.isValid()
                                 ? tr("%1 – %2").arg(dateText(d.validFrom), dateText(d.validUntil))
                                 : tr("from %1 until revoked").arg(dateText(d.validFrom));
        QString status;
        if (d.isRevoked())
            status = tr("Revoked from %1: %2").arg(dateText(d.revokedOn), d.revokedReason);
        else if (d.inForceOn(today))
            status = tr("In force");
        else if (d.validFrom > today)
            status = tr("Not yet in force");
        else
            status = tr("Expired");
        const QStringList cells{FormTemplate::kindName(d.kind),
                                QString::number(d.templateVersion),
                                dateText(d.signedOn),
                                term,
                                d.onPaper ? tr("On paper (scan attached)") : tr("On screen"),
                                status};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!m_shown.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void DocumentsPanel::updateButtons()
{
    const bool canSign = m_workspace.actor().can(Permission::SignDocuments) && !m_clientId.isEmpty();
    m_signConsent->setVisible(canSign);
    m_signAgreement->setVisible(canSign);
    const SignedDocument* d = selected();
    m_open->setEnabled(d);
    m_export->setEnabled(d);
    m_revoke->setVisible(canSign);
    m_revoke->setEnabled(d && !d->isRevoked());
}

const SignedDocument* DocumentsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_shown.size())
        return nullptr;
    return &m_shown.at(rows.first().row());
}

bool DocumentsPanel::signDocument(FormTemplate::Kind kind)
{
    SigningDialog dialog(m_workspace, m_clientId, kind, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_banner->show(Banner::Kind::Success, tr("%1 signed and stored.").arg(FormTemplate::kindName(kind)));
    reload();
    Q_EMIT changed();
    return true;
}

void DocumentsPanel::openSelected()
{
    const SignedDocument* d = selected();
    if (!d)
        return;
    SignedDocumentRepository docs(m_workspace.journal());
    const Result<SignedDocument> loaded = docs.load(m_workspace.actor(), d->id);
    if (!loaded) {
        m_banner->showError(loaded.error().message);
        return;
    }
    const SignedDocument& doc = loaded.value();
    QDialog view(this);
    view.setObjectName(QStringLiteral("documentView"));
    view.setWindowTitle(tr("%1 – %2").arg(FormTemplate::kindName(doc.kind), m_clientName));
    auto* banner = new Banner(&view);
    const Result<bool> verified = docs.verify(doc.id);
    if (verified && verified.value())
        banner->show(Banner::Kind::Success,
                     tr("Verified: unchanged since signing (SHA-256 %1).").arg(doc.sha256));
    else
        banner->showError(verified ? tr("This document has changed since it was signed: its PDF no longer "
                                        "matches the SHA-256 taken on signing. Do not rely on it; tell your "
                                        "supervisor.")
                                   : verified.error().message);
    auto* text = new QTextBrowser(&view);
    text->setObjectName(QStringLiteral("documentText"));
    text->setOpenLinks(false);
    QMap<QString, QByteArray> images;
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
        if (it.key() != SignedDocument::kScan)
            images.insert(it.key(), it.value().bytes);
    SignedDocumentText::addImages(text->document(), images);
    text->setHtml(doc.html);
    SignedDocumentText::addImages(text->document(), images);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &view);
    connect(buttons, &QDialogButtonBox::rejected, &view, &QDialog::reject);
    // Printing goes through the same audit as an export: a paper copy leaves the store too.
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printDocument"));
    connect(print, &QPushButton::clicked, &view, [this, &view, text, banner, id = doc.id] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, &view);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Result<void> recorded =
            SignedDocumentRepository(m_workspace.journal()).recordPrinted(m_workspace.actor(), id);
        if (!recorded) {
            banner->showError(recorded.error().message);
            return;
        }
        text->document()->print(&printer);
    });
    auto* layout = new QVBoxLayout(&view);
    layout->addWidget(banner);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    view.resize(820, 760);
    view.exec();
}

bool DocumentsPanel::exportSelected(const QString& path)
{
    const SignedDocument* d = selected();
    if (!d)
        return false;
    const QString target = path.isEmpty()
                               ? QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                              QStringLiteral("%1-%2.pdf")
                                                                  .arg(FormTemplate::kindKey(d->kind),
                                                                       d->signedOn.toString(Qt::ISODate)),
                                                              tr("PDF documents (*.pdf)"))
                               : path;
    if (target.isEmpty())
        return false;
    const Result<QByteArray> pdf =
        SignedDocumentRepository(m_workspace.journal()).exportPdf(m_workspace.actor(), d->id);
    if (!pdf) {
        m_banner->showError(pdf.error().message);
        return false;
    }
    QFile file(target);
    // Restricted before anything is written, as every file Kangqiao exports.
    const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(pdf.value()) == pdf.value().size();
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        m_banner->showError(tr("The PDF could not be written: %1").arg(file.errorString()));
        return false;
    }
    m_banner->show(Banner::Kind::Success, tr("Exported to %1 (readable by you only).").arg(target));
    return true;
}

bool DocumentsPanel::revokeSelected()
{
    const SignedDocument* d = selected();
    if (!d || d->isRevoked())
        return false;
    const QString id = d->id;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("revokeDialog"));
    dialog.setWindowTitle(tr("Revoke %1").arg(FormTemplate::kindName(d->kind)));
    auto* banner = new Banner(&dialog);
    auto* on = new DateField(&dialog);
    on->setObjectName(QStringLiteral("revokedOn"));
    on->setDate(m_workspace.clock().now().toLocalTime().date());
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("revokeReason"));
    reason->setMaxLength(SignedDocument::kMaxReasonLength);
    refuseOverlongInput(reason);
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("No longer in force &from:"), on);
    addLabelledRow(form, tr("&Reason:"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmRevoke"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Revoke"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    tabInRowOrder(form);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        markInvalid(on, false);
        markInvalid(reason, false);
        const Result<void> r = SignedDocumentRepository(m_workspace.journal())
                                   .revoke(m_workspace.actor(), id, on->date(), reason->text());
        if (r) {
            dialog.accept();
            return;
        }
        banner->showError(r.error().message);
        QWidget* field = r.error().field == u"revoked-on" ? static_cast<QWidget*>(on) : reason;
        if (!r.error().field.isEmpty()) {
            markInvalid(field, true, r.error().message);
            field->setFocus();
        }
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_banner->show(Banner::Kind::Success, tr("The document was revoked."));
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace kq::ui
