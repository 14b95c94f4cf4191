#include "TemplatesPage.h"

#include "common/ColumnFit.h"
#include "common/Language.h"
#include "core/DateText.h"

#include "common/Banner.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "documents/DocumentValues.h"
#include "documents/FormTemplateRenderer.h"
#include "documents/FormTemplateRepository.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kq::ui {

TemplatesPage::TemplatesPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_banner(new Banner(this)), m_kind(new QComboBox(this)),
      m_language(new QComboBox(this)), m_versions(new QTableWidget(0, 3, this)),
      m_editor(new QPlainTextEdit(this)), m_placeholders(new QListWidget(this)),
      m_preview(new QTextBrowser(this)), m_save(new QPushButton(tr("&Save as new version"), this))
{
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_versions->setObjectName(QStringLiteral("templateVersions"));
    tabLeavesTable(m_versions);
    m_editor->setObjectName(QStringLiteral("templateBody"));
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_save->setObjectName(QStringLiteral("saveTemplate"));

    for (FormTemplate::Kind k : FormTemplate::kinds())
        m_kind->addItem(FormTemplate::kindName(k), FormTemplate::kindKey(k));
    Language::addChoices(m_language);

    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Saved"), tr("By")});
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->verticalHeader()->hide();
    ColumnFit::install(m_versions);
    m_versions->setMaximumHeight(140);

    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true); // keyboard users can leave the editor
    for (const QString& name : FormTemplate::placeholders()) {
        auto* item = new QListWidgetItem(QStringLiteral("{{%1}}").arg(name), m_placeholders);
        item->setData(Qt::UserRole, name);
        item->setToolTip(FormTemplate::describe(name));
        item->setText(item->text() + QStringLiteral(" — ") + FormTemplate::describe(name));
    }
    m_placeholders->setToolTip(tr("Click a placeholder to insert it at the cursor."));
    m_preview->setOpenLinks(false); // a template is a document, not a way out of the app

    auto* pick = new QFormLayout;
    addLabelledRow(pick, tr("&Form:"), m_kind);
    addLabelledRow(pick, tr("&Language:"), m_language);
    addLabelledRow(pick, tr("&Versions:"), m_versions);

    auto* editorSide = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* bodyLabel = new QLabel(tr("&Text (HTML):"), editorSide);
    bodyLabel->setBuddy(m_editor);
    auto* helpLabel = new QLabel(tr("&Placeholders (click to insert):"), editorSide);
    helpLabel->setBuddy(m_placeholders);
    editorLayout->addWidget(bodyLabel);
    editorLayout->addWidget(m_editor, 3);
    editorLayout->addWidget(helpLabel);
    editorLayout->addWidget(m_placeholders, 1);

    auto* previewSide = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("P&review with sample values:"), previewSide);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editorSide);
    splitter->addWidget(previewSide);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(pick);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplatesPage::loadSelected);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatesPage::loadSelected);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TemplatesPage::updatePreview);
    connect(m_placeholders, &QListWidget::itemClicked, this, &TemplatesPage::insertPlaceholder);
    connect(m_placeholders, &QListWidget::itemActivated, this, &TemplatesPage::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    tabInLayoutOrder(this);
}

QMap<QString, QString> TemplatesPage::sampleValues(const QString& language, int version)
{
    // Document text in the template's language, not the interface's, so not tr(); every name says
    // it is a sample so a printed preview cannot pass for a real document.
    const bool zh = language == u"zh_CN";
    const QString table = DocumentValues::servicesTable(
        {{QStringLiteral("sample"),
          zh ? QStringLiteral("示例服务：服药训练") : QStringLiteral("Sample service: medication training"),
          zh ? QStringLiteral("次") : QStringLiteral("session"), 0,
          zh ? QStringLiteral("每周2次") : QStringLiteral("twice a week")}},
        language);

    return {
        {QStringLiteral("centre.name"),
         zh ? QStringLiteral("示例社区康复中心") : QStringLiteral("Sample Community Centre")},
        {QStringLiteral("centre.code"), QStringLiteral("SAMPLE-0000")},
        {QStringLiteral("client.name"), zh ? QStringLiteral("张示例") : QStringLiteral("Sample Client")},
        {QStringLiteral("client.id_number_masked"), QStringLiteral("000000********000X")},
        {QStringLiteral("client.birth_date"), QStringLiteral("1985-06-01")},
        {QStringLiteral("guardian.name"), zh ? QStringLiteral("李示例") : QStringLiteral("Sample Guardian")},
        {QStringLiteral("guardian.relation"), zh ? QStringLiteral("母亲") : QStringLiteral("mother")},
        {QStringLiteral("services.table"), table},
        {QStringLiteral("term.start"), QStringLiteral("2026-01-01")},
        {QStringLiteral("term.end"), QStringLiteral("2026-12-31")},
        {QStringLiteral("retention.years"), QStringLiteral("10")},
        {QStringLiteral("signing.date"), QStringLiteral("2026-01-01")},
        {QStringLiteral("document.version"), QString::number(version)},
    };
}

FormTemplate::Kind TemplatesPage::kind() const
{
    return FormTemplate::kindFromKey(m_kind->currentData().toString()).value_or(FormTemplate::Kind::Consent);
}

QString TemplatesPage::language() const
{
    return m_language->currentData().toString();
}

void TemplatesPage::reload()
{
    // Unsaved edits survive a lock; only a clean editor takes the stored text.
    if (m_editor->document()->isModified())
        showVersions();
    else
        loadSelected();
}

void TemplatesPage::clearData()
{
    m_versions->setRowCount(0);
    m_banner->show(Banner::Kind::Info, {});
}

void TemplatesPage::activate()
{
    m_editor->setFocus();
}

void TemplatesPage::loadSelected()
{
    markInvalid(m_editor, false);
    const Result<FormTemplate> t = FormTemplateRepository(m_workspace.journal()).current(kind(), language());
    if (!t) {
        m_banner->showError(t.error().message);
        return;
    }
    m_currentVersion = t.value().version;
    m_editor->setPlainText(t.value().body); // also refreshes the preview
    m_editor->document()->setModified(false);
    showVersions();
}

void TemplatesPage::showVersions()
{
    const QList<FormTemplate> versions =
        FormTemplateRepository(m_workspace.journal()).versions(kind(), language());
    m_versions->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const FormTemplate& t = versions.at(row);
        const QString saved = t.createdAt.isValid() ? dateTimeText(t.createdAt) : tr("—");
        const QString by = t.isShipped() ? tr("Shipped with Kangqiao") : t.createdBy;
        const QStringList cells{QString::number(t.version), saved, by};
        for (int column = 0; column < cells.size(); ++column)
            m_versions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void TemplatesPage::updatePreview()
{
    const Result<QString> html =
        FormTemplateRenderer::render(m_editor->toPlainText(), sampleValues(language(), m_currentVersion));
    if (html)
        m_preview->setHtml(html.value());
    else
        m_preview->setPlainText(tr("No preview: %1").arg(html.error().message));
}

void TemplatesPage::insertPlaceholder(QListWidgetItem* item)
{
    m_editor->insertPlainText(QStringLiteral("{{%1}}").arg(item->data(Qt::UserRole).toString()));
    m_editor->setFocus();
}

void TemplatesPage::save()
{
    const Result<int> saved =
        FormTemplateRepository(m_workspace.journal())
            .saveNewVersion(m_workspace.actor(), kind(), language(), m_editor->toPlainText());
    if (!saved) {
        m_banner->showError(saved.error().message);
        markInvalid(m_editor, true, saved.error().message);
        // Put the cursor on the unknown placeholder, so it can be corrected at once.
        if (saved.error().code == FormTemplateRenderer::UnknownPlaceholder) {
            m_editor->moveCursor(QTextCursor::Start);
            m_editor->find(saved.error().field);
        }
        m_editor->setFocus();
        return;
    }
    m_banner->show(
        Banner::Kind::Success,
        tr("Saved as version %1. Documents already signed keep their version.").arg(saved.value()));
    loadSelected();
}

} // namespace kq::ui
