#include "SigningDialog.h"

#include "SignatureField.h"
#include "SignaturePad.h"
#include "SignedDocumentText.h"
#include "centre/CentreRepository.h"
#include "clients/ClientRepository.h"
#include "clients/ClientVocabulary.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/Language.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "documents/FormTemplateRenderer.h"
#include "documents/FormTemplateRepository.h"
#include "documents/PriceListRepository.h"
#include "documents/SignedDocumentRepository.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
enum Column { ServiceColumn, UnitColumn, PriceColumn, FrequencyColumn };
} // namespace

SigningDialog::SigningDialog(Workspace& workspace, const QString& clientId, FormTemplate::Kind kind,
                             QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_kind(kind),
      m_today(workspace.clock().now().toLocalTime().date()), m_banner(new Banner(this)),
      m_language(new QComboBox(this)), m_preview(new QTextBrowser(this)),
      m_clientSignature(new SignatureField({}, this)), m_staffSignature(new SignatureField({}, this)),
      m_onPaper(new QCheckBox(tr("Signed on &paper (attach the scan)"), this)),
      m_chooseScan(new QPushButton(tr("Choose &scan…"), this)),
      m_scanName(new QLabel(tr("No scan attached."), this))
{
    setObjectName(QStringLiteral("signingDialog"));
    if (const std::optional<ClientRecord> r =
            ClientRepository(workspace.journal()).load(workspace.actor(), clientId))
        m_client = *r;
    m_child = m_client.birthDate.isValid() && ClientVocabulary::ageOn(m_client.birthDate, m_today) < 14;
    setWindowTitle(tr("Sign %1 – %2").arg(FormTemplate::kindName(kind), m_client.name));

    m_preview->setObjectName(QStringLiteral("signingPreview"));
    m_preview->setOpenLinks(false); // a document, not a way out of the app
    auto* previewSide = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("P&review of the text to be signed:"), previewSide);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);

    auto* inputs = new QWidget(this);
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(buildForm());
    inputsLayout->addWidget(buildSignatures());
    inputsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    // Tab goes straight to the fields inside, and the area scrolls to show the one with the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(inputs->sizeHint().width() + 24);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(previewSide);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* sign = buttons->button(QDialogButtonBox::Ok);
    sign->setObjectName(QStringLiteral("sign"));
    sign->setText(tr("&Sign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SigningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SigningDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    updatePaper();
    updatePreview();
    resizeWithinScreen(this, QSize(1180, 820));
    tabInLayoutOrder(this);
}

QWidget* SigningDialog::buildForm()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_language->setObjectName(QStringLiteral("language"));
    Language::addChoices(m_language);
    addLabelledRow(form, tr("&Language of the text:"), m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SigningDialog::updatePreview);

    if (m_kind == FormTemplate::Kind::Agreement) {
        m_items = PriceListRepository(m_workspace.journal()).inForce(m_today);
        m_lines = new QTableWidget(int(m_items.size()), 4, box);
        m_lines->setObjectName(QStringLiteral("agreementLines"));
        tabLeavesTable(m_lines);
        m_lines->setHorizontalHeaderLabels({tr("Service"), tr("Unit"), tr("Price (yuan)"), tr("Frequency")});
        m_lines->verticalHeader()->hide();
        m_lines->setSelectionMode(QAbstractItemView::NoSelection);
        m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers); // prices are the list's, not ours
        for (int row = 0; row < m_items.size(); ++row) {
            const PriceItem& item = m_items.at(row);
            auto* service = new QTableWidgetItem(item.name);
            service->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            service->setCheckState(Qt::Unchecked);
            m_lines->setItem(row, ServiceColumn, service);
            m_lines->setItem(row, UnitColumn, new QTableWidgetItem(item.unit));
            auto* price = new QTableWidgetItem(Money::plain(item.priceFen));
            price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, PriceColumn, price);
            auto* frequency = new QLineEdit(m_lines);
            frequency->setObjectName(QStringLiteral("frequency-%1").arg(row + 1));
            frequency->setAccessibleName(tr("Frequency of %1").arg(item.name));
            frequency->setMaxLength(SignedDocument::kMaxFrequencyLength);
            frequency->setPlaceholderText(tr("e.g. 每周2次"));
            m_lines->setCellWidget(row, FrequencyColumn, frequency);
            connect(frequency, &QLineEdit::textChanged, this, &SigningDialog::updatePreview);
        }
        m_lines->setMinimumWidth(440);
        // As tall as its rows (a few more scroll), so the signature pads stay in view; the rows grow
        // with the font, so this follows each fit.
        const int rowsShown = std::clamp(int(m_items.size()), 1, 5);
        const auto fitHeight = [this, rowsShown] {
            m_lines->setFixedHeight(m_lines->horizontalHeader()->sizeHint().height() +
                                    rowsShown * m_lines->verticalHeader()->defaultSectionSize() +
                                    2 * m_lines->frameWidth());
        };
        connect(ColumnFit::install(m_lines), &ColumnFit::fitted, m_lines, fitHeight);
        fitHeight();
        connect(m_lines, &QTableWidget::itemChanged, this, &SigningDialog::updatePreview);
        addLabelledRow(form, tr("Ser&vices (tick to agree):"), m_lines);

        m_start = new DateField(box);
        m_start->setObjectName(QStringLiteral("termStart"));
        m_start->setDate(m_today);
        m_end = new DateField(box);
        m_end->setObjectName(QStringLiteral("termEnd"));
        m_end->setDate(m_today.addYears(1).addDays(-1));
        addLabelledRow(form, tr("Term &from:"), m_start);
        addLabelledRow(form, tr("Term &until (last day):"), m_end);
        connect(m_start, &QLineEdit::textChanged, this, &SigningDialog::updatePreview);
        connect(m_end, &QLineEdit::textChanged, this, &SigningDialog::updatePreview);
    } else {
        m_retention = new QSpinBox(box);
        m_retention->setObjectName(QStringLiteral("retentionYears"));
        m_retention->setRange(1, 100);
        m_retention->setValue(kDefaultRetentionYears);
        const auto yearSuffix = [this](int years) { m_retention->setSuffix(tr(" year(s)", nullptr, years)); };
        connect(m_retention, &QSpinBox::valueChanged, this, yearSuffix);
        yearSuffix(m_retention->value());
        addLabelledRow(form, tr("Records &kept for:"), m_retention);
        connect(m_retention, &QSpinBox::valueChanged, this, &SigningDialog::updatePreview);
    }
    tabInRowOrder(form);
    return box;
}

QWidget* SigningDialog::buildSignatures()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    m_clientSignature->setObjectName(QStringLiteral("clientSignature"));
    m_clientSignature->setCaption(tr("Client: %1").arg(m_client.name));
    layout->addWidget(m_clientSignature);
    if (const std::optional<Guardian> g = signingGuardian()) {
        m_guardianSignature = new SignatureField({}, box);
        m_guardianSignature->setObjectName(QStringLiteral("guardianSignature"));
        m_guardianSignature->setCaption(
            m_child ? tr("Guardian: %1 (required: the client is under 14)").arg(g->name)
                    : tr("Guardian: %1 (optional)").arg(g->name));
        layout->addWidget(m_guardianSignature);
    }
    m_staffSignature->setObjectName(QStringLiteral("staffSignature"));
    m_staffSignature->setCaption(tr("Staff member: %1").arg(m_workspace.actor().displayName));
    layout->addWidget(m_staffSignature);
    for (SignatureField* f : {m_clientSignature, m_guardianSignature, m_staffSignature})
        if (f)
            connect(f->pad(), &SignaturePad::changed, this, &SigningDialog::updatePreview);

    m_onPaper->setObjectName(QStringLiteral("onPaper"));
    m_chooseScan->setObjectName(QStringLiteral("chooseScan"));
    m_scanName->setObjectName(QStringLiteral("scanName"));
    m_scanName->setWordWrap(true);
    layout->addWidget(m_onPaper);
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_chooseScan);
    scanRow->addWidget(m_scanName, 1);
    layout->addLayout(scanRow);
    connect(m_onPaper, &QCheckBox::toggled, this, &SigningDialog::updatePaper);
    connect(m_chooseScan, &QPushButton::clicked, this, &SigningDialog::chooseScan);
    return box;
}

std::optional<Guardian> SigningDialog::signingGuardian() const
{
    return DocumentValues::signingGuardian(m_client);
}

QString SigningDialog::language() const
{
    return m_language->currentData().toString();
}

void SigningDialog::updatePaper()
{
    const bool paper = m_onPaper->isChecked();
    for (SignatureField* f : {m_clientSignature, m_guardianSignature, m_staffSignature})
        if (f)
            f->setVisible(!paper);
    m_chooseScan->setVisible(paper);
    m_scanName->setVisible(paper);
    updatePreview();
}

void SigningDialog::chooseScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scan of the signed paper"), {},
                                                      tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        attachScan(path);
}

bool SigningDialog::attachScan(const QString& path)
{
    QFile file(path);
    if (file.size() > SignedDocument::kMaxImageBytes) {
        m_banner->showError(
            tr("The scan is larger than %1 MB.").arg(SignedDocument::kMaxImageBytes / 1024 / 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showError(tr("The scan could not be read: %1").arg(file.errorString()));
        return false;
    }
    m_scan = file.readAll(); // kept in memory only, stored encrypted with the document
    m_scanName->setText(
        tr("Attached: %1 (%2 KB)").arg(QFileInfo(path).fileName()).arg((m_scan.size() + 1023) / 1024));
    markInvalid(m_chooseScan, false);
    return true;
}

QList<SignedDocument::AgreementLine> SigningDialog::chosenLines() const
{
    QList<SignedDocument::AgreementLine> lines;
    for (int row = 0; m_lines && row < m_items.size(); ++row) {
        if (m_lines->item(row, ServiceColumn)->checkState() != Qt::Checked)
            continue;
        const PriceItem& item = m_items.at(row);
        const auto* frequency = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, FrequencyColumn));
        lines.append({item.itemKey, item.name, item.unit, item.priceFen, frequency->text().trimmed()});
    }
    return lines;
}

QMap<QString, QString> SigningDialog::values(int version) const
{
    // The model writes every value in the text's own language, whatever the window's language.
    DocumentValues v;
    v.language = language();
    v.version = version;
    v.centre = CentreRepository(m_workspace.journal()).load();
    v.client = m_client;
    v.guardian = signingGuardian();
    v.lines = chosenLines();
    v.termStart = m_start ? m_start->date() : m_today;
    v.termEnd = m_end ? m_end->date() : QDate();
    v.retentionYears = m_retention ? m_retention->value() : kDefaultRetentionYears;
    v.signedOn = m_today;
    return v.toMap();
}

QMap<QString, QByteArray> SigningDialog::drawnSignatures() const
{
    QMap<QString, QByteArray> images;
    if (m_onPaper->isChecked())
        return images;
    if (!m_clientSignature->pad()->isEmpty())
        images.insert(SignedDocument::kClient, m_clientSignature->pad()->toPng());
    if (m_guardianSignature && !m_guardianSignature->pad()->isEmpty())
        images.insert(SignedDocument::kGuardian, m_guardianSignature->pad()->toPng());
    if (!m_staffSignature->pad()->isEmpty())
        images.insert(SignedDocument::kStaff, m_staffSignature->pad()->toPng());
    return images;
}

void SigningDialog::updatePreview()
{
    const Result<FormTemplate> t = FormTemplateRepository(m_workspace.journal()).current(m_kind, language());
    if (!t) {
        m_preview->setPlainText(tr("No text: %1").arg(t.error().message));
        return;
    }
    const Result<QString> html = FormTemplateRenderer::render(t.value().body, values(t.value().version));
    if (!html) {
        m_preview->setPlainText(tr("No preview: %1").arg(html.error().message));
        return;
    }
    const QMap<QString, QByteArray> images = drawnSignatures();
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    // Added before and after: the images must be there for the first layout, and a new text may
    // start a fresh resource set.
    SignedDocumentText::addImages(m_preview->document(), images);
    m_preview->setHtml(SignedDocumentText::placeSignatures(html.value(), images.keys(), language()));
    SignedDocumentText::addImages(m_preview->document(), images);
    m_preview->verticalScrollBar()->setValue(scroll); // keep the place while signing
}

QWidget* SigningDialog::fieldFor(const QString& field) const
{
    if (field.startsWith(u"line-") && m_lines) {
        const int row = field.mid(5).toInt() - 1;
        const QList<SignedDocument::AgreementLine> lines = chosenLines();
        // line-N counts the ticked lines; find the table row that holds it.
        if (row >= 0 && row < lines.size())
            for (int r = 0; r < m_items.size(); ++r)
                if (m_items.at(r).itemKey == lines.at(row).itemKey)
                    return m_lines->cellWidget(r, FrequencyColumn);
        return m_lines;
    }
    if (field == u"lines")
        return m_lines;
    if (field == u"valid-from")
        return m_start;
    if (field == u"valid-until")
        return m_end;
    if (field == u"language" || field == u"template-version")
        return m_language;
    if (field == u"image-scan")
        return m_chooseScan;
    if (field.endsWith(SignedDocument::kGuardian))
        return m_guardianSignature ? static_cast<QWidget*>(m_guardianSignature->pad())
                                   : m_clientSignature->pad();
    if (field.endsWith(SignedDocument::kStaff))
        return m_staffSignature->pad();
    if (field.endsWith(SignedDocument::kClient) || field == u"signers" || field == u"images")
        return m_clientSignature->pad();
    return nullptr;
}

void SigningDialog::accept()
{
    for (QWidget* w : std::as_const(m_marked))
        markInvalid(w, false);
    m_marked.clear();

    const Result<FormTemplate> t = FormTemplateRepository(m_workspace.journal()).current(m_kind, language());
    if (!t) {
        m_banner->showError(t.error().message);
        return;
    }
    const Result<QString> rendered = FormTemplateRenderer::render(t.value().body, values(t.value().version));
    if (!rendered) {
        m_banner->showError(rendered.error().message);
        return;
    }

    SignedDocument doc;
    doc.clientId = m_client.id;
    doc.kind = m_kind;
    doc.language = language();
    doc.templateVersion = t.value().version;
    doc.signedOn = m_today;
    doc.onPaper = m_onPaper->isChecked();
    if (m_kind == FormTemplate::Kind::Agreement) {
        doc.validFrom = m_start->date();
        doc.validUntil = m_end->date();
        doc.lines = chosenLines();
    } else {
        doc.validFrom = m_today;
    }
    // Client and staff always sign; the guardian when the law asks (under 14), when they have signed
    // on screen, or on paper, whose form has the guardian's line.
    doc.signers.append({SignedDocument::kClient, m_client.name});
    const std::optional<Guardian> g = signingGuardian();
    const QMap<QString, QByteArray> drawn = drawnSignatures();
    if (g && (m_child || doc.onPaper || drawn.contains(SignedDocument::kGuardian)))
        doc.signers.append({SignedDocument::kGuardian, g->name});
    doc.signers.append({SignedDocument::kStaff, m_workspace.actor().displayName});
    for (auto it = drawn.cbegin(); it != drawn.cend(); ++it)
        doc.images.insert(it.key(), {{}, it.value()}); // the store sets the type from the bytes
    if (doc.onPaper && !m_scan.isEmpty())
        doc.images.insert(SignedDocument::kScan, {{}, m_scan});
    doc.html = SignedDocumentText::placeSignatures(rendered.value(), drawn.keys(), doc.language);
    doc.pdf = SignedDocumentText::renderPdf(doc.html, drawn, FormTemplate::kindName(m_kind));

    const Result<QString> id = SignedDocumentRepository(m_workspace.journal()).sign(m_workspace.actor(), doc);
    if (!id) {
        m_banner->showError(id.error().message);
        if (QWidget* w = fieldFor(id.error().field)) {
            markInvalid(w, true, id.error().message);
            m_marked.append(w);
            w->setFocus();
        }
        return;
    }
    m_signedId = id.value();
    QDialog::accept();
}

} // namespace kq::ui
