#include "DocumentsPanel.h"

#include "DocumentViewDialog.h"
#include "RevokeDocumentDialog.h"
#include "SigningDialog.h"
#include "auth/Actor.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "documents/SignedDocumentRepository.h"
#include "store/Workspace.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
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
    ColumnFit::install(m_table); // the status, with a revocation's reason
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
    DocumentViewDialog view(m_workspace, loaded.value(), m_clientName, this);
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
    RevokeDocumentDialog dialog(m_workspace, *d, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_banner->show(Banner::Kind::Success, tr("The document was revoked."));
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace kq::ui
