#include "AssessmentDialog.h"

#include "ParticipantsEditor.h"
#include "ScaleForm.h"
#include "assessments/AssessmentRepository.h"
#include "assessments/AssessmentVocabulary.h"
#include "clients/ClientVocabulary.h"
#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
using namespace AssessmentVocabulary;

QPlainTextEdit* textBox(QWidget* parent, const char* name, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

// A column that scrolls up and down only, never wider than the dialog gives it room for.
QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    // Tab goes straight to the fields inside, and the area scrolls to show the one with the focus.
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// Wide enough for what it holds; known only once shown, when lists have measured their items.
void fitWidth(QScrollArea* area)
{
    area->setMinimumWidth(area->widget()->minimumSizeHint().width() +
                          area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area) +
                          2 * area->frameWidth());
}
} // namespace

AssessmentDialog::AssessmentDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                                   Assessment::Kind kind, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_clientId(clientId), m_kind(kind),
      m_library(workspace.paths().centreScalesDirectory()), m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("%1 – %2").arg(kindName(kind), clientName));

    // Built in reading order, which is also the tab order.
    auto* columns = new QHBoxLayout;
    m_details = scrolling(buildDetails(), this);
    columns->addWidget(m_details, 1);
    columns->addWidget(buildScales(), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setText(tr("Sa&ve assessment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    if (!m_library.loadErrors().isEmpty()) {
        QStringList problems;
        for (const Error& e : m_library.loadErrors())
            problems << e.message;
        m_banner->show(Banner::Kind::Info, tr("Some of the centre's own scale files could not be used:\n%1")
                                               .arg(problems.join(QLatin1Char('\n'))));
    }
    resizeWithinScreen(this, QSize(1180, 820));
    tabInLayoutOrder(this);
}

QWidget* AssessmentDialog::buildDetails()
{
    // Top to bottom as the assessment goes: when and who, then what was found and concluded.
    auto* page = new QWidget(this);
    auto* form = new QFormLayout;
    m_date = new DateField(page);
    m_date->setObjectName(QStringLiteral("assessedOn"));
    m_date->setDate(m_workspace.clock().now().toLocalTime().date());
    m_date->setMaximumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    addLabelledRow(form, tr("&Date:"), m_date);

    auto* people = new QGroupBox(tr("Who took part"), page);
    m_participants = new ParticipantsEditor(people);
    (new QVBoxLayout(people))->addWidget(m_participants);
    // The signed-in person is usually the social worker who runs the assessment.
    const QString me = m_workspace.actor().displayName;
    if (m_kind == Assessment::Kind::Intake)
        m_participants->setParticipants({{QStringLiteral("psychiatrist"), {}},
                                         {QStringLiteral("nurse"), {}},
                                         {QStringLiteral("rehab_therapist"), {}},
                                         {QStringLiteral("social_worker"), me}});
    else
        m_participants->setParticipants({{QStringLiteral("social_worker"), me}});
    form->addRow(people);

    m_risk = new QComboBox(page);
    m_risk->setObjectName(QStringLiteral("riskLevel"));
    m_risk->addItem(tr("Not rated this time"), -1);
    for (int level = 0; level <= 5; ++level) {
        m_risk->addItem(ClientVocabulary::riskLevelName(level), level);
        m_risk->setItemData(level + 1, ClientVocabulary::riskLevelDefinition(level), Qt::ToolTipRole);
    }
    // The definition of the chosen level stays in view: the level is rated against its words.
    m_riskDefinition = new QLabel(page);
    m_riskDefinition->setObjectName(QStringLiteral("riskDefinition"));
    m_riskDefinition->setWordWrap(true);
    const auto showDefinition = [this] {
        const int level = m_risk->currentData().toInt();
        const QString text = level < 0 ? QString() : ClientVocabulary::riskLevelDefinition(level);
        m_risk->setToolTip(text);
        m_riskDefinition->setText(text);
        m_riskDefinition->setVisible(!text.isEmpty());
    };
    connect(m_risk, &QComboBox::currentIndexChanged, this, showDefinition);
    showDefinition();
    addLabelledRow(form, tr("R&isk level:"), m_risk);
    form->addRow(QString(), m_riskDefinition);
    m_findings = textBox(page, "findings", 5);
    addLabelledRow(form, tr("&Findings:"), m_findings);
    m_opinion = textBox(page, "opinion", 5);
    addLabelledRow(form,
                   m_kind == Assessment::Kind::Intake ? tr("Rehabilitation &opinion (required):")
                                                      : tr("Rehabilitation &opinion:"),
                   m_opinion);
    if (m_kind == Assessment::Kind::Transfer) {
        m_outcome = new QComboBox(page);
        m_outcome->setObjectName(QStringLiteral("outcome"));
        m_outcome->addItem(tr("Choose…"), QString());
        for (const QString& key : outcomes())
            m_outcome->addItem(outcomeName(key), key);
        addLabelledRow(form, tr("O&utcome:"), m_outcome);
    }

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    if (m_kind != Assessment::Kind::Intake) {
        // The five points of DOMAIN.md item 8; required after service, optional during it.
        auto* progress = new QGroupBox(
            m_kind == Assessment::Kind::Transfer ? tr("Progress (all required)") : tr("Progress"), page);
        auto* rows = new QFormLayout(progress);
        for (Assessment::Rating r : ratings()) {
            auto* combo = new QComboBox(progress);
            combo->setObjectName(ratingField(r));
            combo->addItem(tr("(not rated)"), QString());
            for (const QString& key : ratingValues(r))
                combo->addItem(ratingValueName(r, key), key);
            addLabelledRow(rows, tr("%1:").arg(ratingName(r)), combo);
            m_ratings.append(combo);
        }
        layout->addWidget(progress);
    }
    layout->addStretch();
    return page;
}

void AssessmentDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitWidth(m_details);
}

QWidget* AssessmentDialog::buildScales()
{
    auto* box = new QGroupBox(tr("Scales"), this);
    m_scalePicker = new QComboBox(box);
    m_scalePicker->setObjectName(QStringLiteral("scalePicker"));
    m_scalePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scalePicker->setMinimumContentsLength(20);
    m_addScale = new QPushButton(tr("Add s&cale"), box);
    m_addScale->setObjectName(QStringLiteral("addScale"));
    m_removeScale = new QPushButton(tr("Re&move scale"), box);
    m_removeScale->setObjectName(QStringLiteral("removeScale"));
    m_noScales =
        new QLabel(tr("No scale yet. Choose one and add it; the total is worked out as you answer."), box);
    m_noScales->setWordWrap(true);
    m_scales = new QTabWidget(box);
    m_scales->setObjectName(QStringLiteral("scaleTabs"));
    m_scales->setUsesScrollButtons(true);

    auto* pick = new QHBoxLayout;
    auto* label = new QLabel(tr("Sc&ale:"), box);
    label->setBuddy(m_scalePicker);
    pick->addWidget(label);
    pick->addWidget(m_scalePicker, 1);
    pick->addWidget(m_addScale);
    pick->addWidget(m_removeScale);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(pick);
    layout->addWidget(m_noScales);
    layout->addWidget(m_scales, 1);

    connect(m_addScale, &QPushButton::clicked, this,
            [this] { addScale(m_scalePicker->currentData().toString()); });
    connect(m_removeScale, &QPushButton::clicked, this, &AssessmentDialog::removeCurrentScale);
    refreshPicker();
    return box;
}

ScaleForm* AssessmentDialog::addScale(const QString& scaleId)
{
    if (ScaleForm* open = scaleForm(scaleId)) {
        m_scales->setCurrentIndex(int(m_forms.indexOf(open)));
        return open;
    }
    const ScaleDefinition* scale = m_library.find(scaleId);
    if (!scale)
        return nullptr;
    auto* form = new ScaleForm(*scale);
    const QString name = scale->name.text();
    QScrollArea* area = scrolling(form, m_scales);
    const int index = m_scales->addTab(area, name);
    m_scales->setTabToolTip(index, name);
    m_forms.append(form);
    m_scales->setCurrentIndex(index);
    refreshPicker();
    fitWidth(area);
    if (QWidget* first = form->firstOpenField())
        first->setFocus();
    return form;
}

ScaleForm* AssessmentDialog::scaleForm(const QString& scaleId) const
{
    for (ScaleForm* f : m_forms)
        if (f->scale().id == scaleId)
            return f;
    return nullptr;
}

void AssessmentDialog::removeCurrentScale()
{
    const int index = m_scales->currentIndex();
    if (index < 0 || index >= m_forms.size())
        return;
    ScaleForm* form = m_forms[index];
    if (form->hasAnswers() &&
        QMessageBox::question(
            this, tr("Remove scale"),
            tr("Remove “%1” and the answers given so far?").arg(form->scale().name.text())) !=
            QMessageBox::Yes)
        return;
    m_forms.removeAt(index);
    QWidget* page = m_scales->widget(index);
    m_scales->removeTab(index);
    m_marked.removeIf([page](const auto& marked) { return page->isAncestorOf(marked.first); });
    page->deleteLater();
    refreshPicker();
    m_scalePicker->setFocus();
}

void AssessmentDialog::refreshPicker()
{
    m_scalePicker->clear();
    for (const ScaleDefinition& s : m_library.all()) {
        if (scaleForm(s.id))
            continue;
        m_scalePicker->addItem(s.name.text(), s.id);
        m_scalePicker->setItemData(m_scalePicker->count() - 1, s.description.text(), Qt::ToolTipRole);
    }
    m_addScale->setEnabled(m_scalePicker->count() > 0);
    m_removeScale->setEnabled(!m_forms.isEmpty());
    m_noScales->setVisible(m_forms.isEmpty());
    m_scales->setVisible(!m_forms.isEmpty());
}

Assessment AssessmentDialog::assessment()
{
    Assessment a;
    a.clientId = m_clientId;
    a.kind = m_kind;
    a.assessedOn = m_date->date();
    m_participantRows.clear();
    a.participants = m_participants->participants(&m_participantRows);
    a.findings = m_findings->toPlainText();
    a.riskLevel = m_risk->currentData().toInt();
    a.opinion = m_opinion->toPlainText();
    if (m_outcome)
        a.outcome = m_outcome->currentData().toString();
    const QList<Assessment::Rating> all = ratings();
    for (qsizetype i = 0; i < m_ratings.size(); ++i)
        a.progress.value(all[i]) = m_ratings[i]->currentData().toString();
    for (const ScaleForm* f : m_forms)
        a.scales.append({f->scale().id, 0, f->answers(), 0, {}, false});
    return a;
}

QWidget* AssessmentDialog::fieldFor(const QString& name) const
{
    if (name == u"assessed-on")
        return m_date;
    if (name == u"findings")
        return m_findings;
    if (name == u"opinion")
        return m_opinion;
    if (name == u"risk-level")
        return m_risk;
    if (name == u"outcome")
        return m_outcome;
    if (name == u"participants")
        return m_participants->rowCount() > 0 ? m_participants->field(1, QStringLiteral("name"))
                                              : m_participants->addButton();
    const QList<Assessment::Rating> all = ratings();
    for (qsizetype i = 0; i < m_ratings.size(); ++i)
        if (name == ratingField(all[i]))
            return m_ratings[i];
    if (name.startsWith(u"participant-")) {
        // "participant-<n>-<part>", n counting the participants sent, not the rows on screen
        const QStringList parts = name.split(u'-');
        const int n = parts.value(1).toInt();
        if (parts.size() == 3 && n >= 1 && n <= m_participantRows.size())
            return m_participants->field(m_participantRows[n - 1], parts[2]);
        return nullptr;
    }
    if (name.startsWith(u"scale-")) {
        // "scale-<id>" or "scale-<id>-<item>"; ids may hold hyphens ("lawton-adl"), so the longest
        // open scale that matches wins.
        const QString rest = name.mid(6);
        const ScaleForm* match = nullptr;
        for (const ScaleForm* f : m_forms) {
            const QString& id = f->scale().id;
            if ((rest == id || rest.startsWith(id + u'-')) &&
                (!match || id.size() > match->scale().id.size()))
                match = f;
        }
        if (!match)
            return m_scalePicker;
        QComboBox* item = match->itemField(rest.mid(match->scale().id.size() + 1));
        return item ? item : match->firstOpenField();
    }
    return nullptr;
}

void AssessmentDialog::showError(const QString& message, QWidget* field)
{
    m_banner->showError(message);
    if (!field)
        return;
    m_marked.append({field, field->toolTip()});
    markInvalid(field, true, message);
    // Bring the field into view: its scale's tab, then the scrolled column it sits in.
    for (int i = 0; i < m_scales->count(); ++i)
        if (m_scales->widget(i)->isAncestorOf(field))
            m_scales->setCurrentIndex(i);
    for (QWidget* p = field->parentWidget(); p; p = p->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(p))
            area->ensureWidgetVisible(field);
    field->setFocus();
}

void AssessmentDialog::accept()
{
    for (const auto& [w, toolTip] : std::as_const(m_marked)) {
        markInvalid(w, false);
        w->setToolTip(toolTip); // a scale item's hint, a risk level's definition
    }
    m_marked.clear();
    if (!m_date->isWellFormed()) {
        showError(tr("The date of the assessment is not a date."), m_date);
        return;
    }
    const Result<AssessmentRepository::Recorded> r =
        AssessmentRepository(m_workspace.journal(), m_library).record(m_workspace.actor(), assessment());
    if (!r) {
        showError(r.error().message, fieldFor(r.error().field));
        return;
    }
    if (const QStringList notices = r.value().notices; !notices.isEmpty())
        QMessageBox::information(this, windowTitle(),
                                 tr("The assessment was saved. Please note:\n%1").arg(notices.join(u'\n')));
    QDialog::accept();
}

} // namespace kq::ui
