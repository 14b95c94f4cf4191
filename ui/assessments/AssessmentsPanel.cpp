#include "AssessmentsPanel.h"

#include "AssessmentActions.h"
#include "AssessmentViewDialog.h"
#include "ScaleResultText.h"
#include "accounts/AccountRepository.h"
#include "assessments/AssessmentRepository.h"
#include "assessments/AssessmentVocabulary.h"
#include "assessments/PlanRepository.h"
#include "clients/ClientVocabulary.h"
#include "common/ColumnFit.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "lifecycle/LifecycleService.h"
#include "services/ServiceCatalogue.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
using namespace AssessmentVocabulary;

QString displayName(Workspace& workspace, const QString& username)
{
    const std::optional<Account> a = AccountRepository(workspace.journal()).findByUsername(username);
    return a ? a->displayName : username;
}
} // namespace

AssessmentsPanel::AssessmentsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_library(workspace.paths().centreScalesDirectory()),
      m_actions(new QWidget(this)), m_kind(new QComboBox(m_actions)),
      m_record(new QPushButton(tr("&Record assessment…"), m_actions)),
      m_writePlan(new QPushButton(tr("&Write plan…"), m_actions)), m_plan(new QLabel(this)),
      m_assessments(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("assessmentsPanel"));
    m_kind->setObjectName(QStringLiteral("assessmentKind"));
    for (Assessment::Kind k : kinds())
        m_kind->addItem(kindName(k), kindKey(k));
    m_record->setObjectName(QStringLiteral("recordAssessment"));
    m_writePlan->setObjectName(QStringLiteral("writePlan"));
    auto* kindLabel = new QLabel(tr("&Kind:"), m_actions);
    kindLabel->setBuddy(m_kind);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(kindLabel);
    actions->addWidget(m_kind);
    actions->addWidget(m_record);
    actions->addSpacing(16);
    actions->addWidget(m_writePlan);
    actions->addStretch();

    m_plan->setObjectName(QStringLiteral("currentPlan"));
    m_plan->setTextFormat(Qt::RichText);
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* planBox = new QGroupBox(tr("Current rehabilitation plan"), this);
    (new QVBoxLayout(planBox))->addWidget(m_plan);

    m_assessments->setObjectName(QStringLiteral("assessmentList"));
    tabLeavesTable(m_assessments);
    m_assessments->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Who took part"), tr("Scales"), tr("Risk level"), tr("Outcome")});
    m_assessments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assessments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assessments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assessments->verticalHeader()->hide();
    m_assessments->setWordWrap(true);
    // A long list of people wraps rather than push the other columns out of sight; the rows grow
    // to the wrapped text whenever the columns change.
    connect(ColumnFit::install(m_assessments, 2), &ColumnFit::fitted, m_assessments,
            &QTableWidget::resizeRowsToContents);
    m_assessments->setAccessibleName(tr("Assessments"));
    m_assessments->setToolTip(tr("Double-click or press Enter to read an assessment in full."));
    auto* listLabel = new QLabel(tr("Assessments, newest first:"), this);
    listLabel->setBuddy(m_assessments);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_actions);
    layout->addWidget(planBox);
    layout->addWidget(listLabel);
    layout->addWidget(m_assessments, 1);

    connect(m_record, &QPushButton::clicked, this, [this] {
        recordAssessment(kindFromKey(m_kind->currentData().toString()).value_or(Assessment::Kind::Periodic));
    });
    connect(m_writePlan, &QPushButton::clicked, this, &AssessmentsPanel::writePlan);
    connect(m_assessments, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openAssessment(index.row()); });
}

void AssessmentsPanel::showClient(const QString& clientId, const QString& clientName)
{
    m_clientId = clientId;
    m_clientName = clientName;
    reload();
}

void AssessmentsPanel::clear()
{
    m_clientId.clear();
    m_shown.clear();
    m_plan->clear();
    m_assessments->setRowCount(0);
    m_actions->hide();
}

bool AssessmentsPanel::recordAssessment(Assessment::Kind kind)
{
    if (m_clientId.isEmpty() ||
        !AssessmentActions::recordAssessment(m_workspace, m_clientId, m_clientName, kind, this))
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

bool AssessmentsPanel::writePlan()
{
    if (m_clientId.isEmpty() || !AssessmentActions::writePlan(m_workspace, m_clientId, m_clientName, this))
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

void AssessmentsPanel::reload()
{
    const QString id = m_clientId;
    clear();
    m_clientId = id;
    const Actor& actor = m_workspace.actor();
    if (id.isEmpty() || !actor.can(Permission::ViewClinicalRecords))
        return;
    const std::optional<CaseFacts> facts = LifecycleService(m_workspace.journal()).facts(id);
    m_actions->setVisible(actor.can(Permission::EditClinicalRecords) && facts &&
                          !CaseStates::isReadOnly(facts->state));
    if (facts)
        m_kind->setCurrentIndex(m_kind->findData(kindKey(AssessmentActions::defaultKind(facts->state))));

    const Result<QList<Assessment>> all =
        AssessmentRepository(m_workspace.journal(), m_library).list(actor, id);
    if (all)
        m_shown = all.value();
    const bool planBasis = std::any_of(m_shown.cbegin(), m_shown.cend(), [](const Assessment& a) {
        return a.kind != Assessment::Kind::Transfer;
    });
    m_writePlan->setEnabled(planBasis);
    m_writePlan->setToolTip(
        planBasis ? QString() : tr("A plan follows an intake or periodic assessment: record one first."));
    showPlan();

    m_assessments->setRowCount(int(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const Assessment& a = m_shown[r];
        QStringList people;
        for (const Assessment::Participant& p : a.participants)
            people << tr("%1 %2").arg(participantRoleName(p.role), p.name);
        QStringList scales;
        for (const Assessment::ScaleEntry& s : a.scales)
            scales << ScaleResultText::forEntry(m_library, s);
        const QStringList cells{dateText(a.assessedOn),
                                kindName(a.kind),
                                people.join(QStringLiteral(", ")),
                                scales.join(u'\n'),
                                a.riskLevel < 0 ? tr("Not rated")
                                                : ClientVocabulary::riskLevelName(a.riskLevel),
                                a.outcome.isEmpty() ? QString() : outcomeName(a.outcome)};
        for (int c = 0; c < cells.size(); ++c)
            m_assessments->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void AssessmentsPanel::showPlan()
{
    const Result<Plan> current =
        PlanRepository(m_workspace.journal()).current(m_workspace.actor(), m_clientId);
    if (!current) {
        m_plan->setText(tr("No rehabilitation plan yet.").toHtmlEscaped());
        return;
    }
    const Plan& p = current.value();
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    // The next review is the case's: a periodic assessment after the plan moves it on.
    const std::optional<CaseFacts> facts = LifecycleService(m_workspace.journal()).facts(m_clientId);
    const QDate due = facts && facts->reviewDue.isValid() ? facts->reviewDue : p.reviewOn;
    const QString review = due < today ? tr("<b>Next review %1 (overdue)</b>").arg(dateText(due))
                                       : tr("Next review %1").arg(dateText(due));
    QString html =
        tr("Starts on %1 · %2 · Responsible: %3")
            .arg(dateText(p.startsOn), review, displayName(m_workspace, p.responsible).toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Goals:").toHtmlEscaped() + QStringLiteral("<ol style='margin:0'>");
    for (const Plan::Goal& g : p.goals)
        html += QStringLiteral("<li>%1</li>").arg(g.text.toHtmlEscaped());
    html +=
        QStringLiteral("</ol>") + tr("Services:").toHtmlEscaped() + QStringLiteral("<ul style='margin:0'>");
    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_workspace.database());
    for (const Plan::Service& s : p.services)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 – %2, %3")
                             .arg(catalogue.contentName(s.content), catalogue.formName(s.form), s.frequency)
                             .toHtmlEscaped());
    m_plan->setText(html + QStringLiteral("</ul>"));
}

void AssessmentsPanel::openAssessment(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    const Assessment& a = m_shown[row];
    AssessmentViewDialog dialog(a, displayName(m_workspace, a.createdBy), m_library, this);
    dialog.exec();
}

} // namespace kq::ui
