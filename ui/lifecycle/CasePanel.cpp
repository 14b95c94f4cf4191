#include "CasePanel.h"

#include "CaseActionDialog.h"
#include "accounts/AccountRepository.h"
#include "assessments/AssessmentActions.h"
#include "auth/Actor.h"
#include "common/ColumnFit.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "lifecycle/CalendarRepository.h"
#include "lifecycle/CaseDeadlines.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "store/Workspace.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
// Input that satisfies every field check, so only the case's own preconditions can refuse: the
// panel uses it to say in advance what an action is still waiting for.
CaseInput everythingTyped(const QDate& today)
{
    CaseInput in;
    in.reason = QStringLiteral("-");
    in.details = {{QStringLiteral("outcome"), QStringLiteral("continue")},
                  {QStringLiteral("centre"), QStringLiteral("-")},
                  {QStringLiteral("hospital"), QStringLiteral("-")},
                  {QStringLiteral("county"), QStringLiteral("110105")},
                  {QStringLiteral("follow_up_on"), today.toString(Qt::ISODate)},
                  {QStringLiteral("way_in"), QStringLiteral("hospital")},
                  {QStringLiteral("applied_on"), today.toString(Qt::ISODate)},
                  {QStringLiteral("patient_consented"), true}};
    return in;
}
} // namespace

CasePanel::CasePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_state(new QLabel(this)), m_due(new QLabel(this)),
      m_actions(new QWidget(this)), m_actionGrid(new QGridLayout(m_actions)),
      m_events(new QTableWidget(0, 5, this))
{
    m_state->setObjectName(QStringLiteral("caseState"));
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    m_due->setObjectName(QStringLiteral("caseDue"));
    m_due->setTextFormat(Qt::RichText);
    m_due->setWordWrap(true);
    m_actionGrid->setContentsMargins(0, 0, 0, 0);
    m_events->setObjectName(QStringLiteral("caseEvents"));
    tabLeavesTable(m_events);
    m_events->setHorizontalHeaderLabels({tr("When"), tr("Action"), tr("Status"), tr("By"), tr("Details")});
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->verticalHeader()->hide();
    ColumnFit::install(m_events); // the details
    m_events->setWordWrap(true);
    m_events->setAccessibleName(tr("Case events"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_due);
    layout->addWidget(m_actions);
    layout->addWidget(m_events, 1);
}

QString CasePanel::whenText(const CaseEvent& event)
{
    return event.action == u"apply" ? dateText(event.occurredAt.toLocalTime().date())
                                    : dateTimeText(event.occurredAt);
}

void CasePanel::showClient(const QString& clientId, const QString& clientName)
{
    m_clientId = clientId;
    m_clientName = clientName;
    reload();
}

void CasePanel::clear()
{
    m_clientId.clear();
    m_state->clear();
    m_due->clear();
    m_events->setRowCount(0);
    while (QLayoutItem* item = m_actionGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

bool CasePanel::run(CaseAction action)
{
    if (m_clientId.isEmpty())
        return false;
    CaseActionDialog dialog(m_workspace, m_clientId, m_clientName, action, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    Q_EMIT changed();
    return true;
}

void CasePanel::reload()
{
    const QString id = m_clientId;
    const QString name = m_clientName;
    clear();
    m_clientId = id;
    m_clientName = name;
    LifecycleService cases(m_workspace.journal());
    const std::optional<CaseFacts> facts = cases.facts(id);
    if (!facts)
        return;
    const Actor& actor = m_workspace.actor();
    const QDate today = m_workspace.clock().now().toLocalTime().date();

    QString state = tr("<b>%1</b>").arg(CaseStates::name(facts->state).toHtmlEscaped());
    if (facts->stateSince.isValid())
        state += tr(" since %1").arg(dateText(facts->stateSince));
    if (actor.can(Permission::ViewClinicalRecords))
        if (const std::optional<Application> app = cases.application(id))
            state += QStringLiteral("<br>") + app->summary().toHtmlEscaped();
    m_state->setText(state);

    // What is due for this case, with the same rules as the front page's list.
    const WorkingCalendar calendar = CalendarRepository(m_workspace.journal()).load();
    QStringList due;
    const auto dueLine = [&](const QString& what, const QDate& when) {
        if (!when.isValid())
            return;
        const bool overdue = when < today;
        due << (overdue ? tr("<b>%1: %2 (overdue)</b>") : tr("%1: %2"))
                   .arg(what.toHtmlEscaped(), dateText(when));
    };
    switch (facts->state) {
    case CaseState::Applied:
        dueLine(CaseDue::kindName(CaseDue::Kind::Registration),
                calendar.addWorkingDays(facts->appliedOn, CaseDeadlines::kRegistrationWorkingDays));
        break;
    case CaseState::Registered:
        dueLine(CaseDue::kindName(CaseDue::Kind::Referral),
                calendar.addWorkingDays(facts->registeredOn, CaseDeadlines::kReferralWorkingDays));
        break;
    case CaseState::Waiting:
        dueLine(CaseDue::kindName(CaseDue::Kind::WaitingReview), LifecycleRules::waitingReviewDue(*facts));
        break;
    case CaseState::AwaitingAgreement:
    case CaseState::InService:
    case CaseState::Hospitalised:
        dueLine(CaseDue::kindName(CaseDue::Kind::PlanReview), facts->reviewDue);
        if (const std::optional<CaseDue> next =
                CaseDeadlines(m_workspace.database(), calendar).followUp(actor, id))
            dueLine(next->what(), next->due);
        break;
    case CaseState::Closed:
        if (!facts->followUpDone.isValid())
            dueLine(CaseDue::kindName(CaseDue::Kind::FollowUpCall), facts->followUpDue);
        break;
    default:
        break;
    }
    // The actions this person may take now; one still missing something says what.
    int column = 0;
    int row = 0;
    const auto place = [&](QPushButton* button) {
        m_actionGrid->addWidget(button, row, column);
        if (++column == 4) {
            column = 0;
            ++row;
        }
    };
    // The steps that complete the intake come first, next to the action they lead to; the
    // Assessments tab offers the same dialogs.
    if (facts->state == CaseState::Assessing && actor.can(Permission::EditClinicalRecords)) {
        const auto step = [&](const QString& text, const char* objectName, auto open) {
            auto* button = new QPushButton(text, m_actions);
            button->setObjectName(QLatin1String(objectName));
            connect(button, &QPushButton::clicked, this, [this, open] {
                if (open(m_workspace, m_clientId, m_clientName, this)) {
                    reload();
                    Q_EMIT changed();
                }
            });
            place(button);
            return button;
        };
        step(tr("Record intake assessment…"), "caseRecordAssessment",
             [](Workspace& w, const QString& clientId, const QString& clientName, QWidget* parent) {
                 return AssessmentActions::recordAssessment(w, clientId, clientName, Assessment::Kind::Intake,
                                                            parent);
             });
        QPushButton* plan = step(tr("Write plan…"), "caseWritePlan", &AssessmentActions::writePlan);
        plan->setEnabled(facts->intakeAssessed);
        if (!facts->intakeAssessed)
            plan->setToolTip(tr("A plan follows the intake assessment: record it first."));
    }
    const CaseInput typed = everythingTyped(today);
    for (CaseAction a : LifecycleRules::available(*facts)) {
        if (!actor.can(LifecycleService::permissionFor(a)))
            continue;
        auto* button = new QPushButton(CaseActions::name(a) + QStringLiteral("…"), m_actions);
        button->setObjectName(QStringLiteral("action-") + CaseActions::key(a));
        const Result<CaseState> ready = LifecycleRules::check(*facts, a, typed, today);
        if (!ready && ready.error().code == LifecycleRules::Precondition) {
            button->setEnabled(false);
            button->setToolTip(ready.error().message);
            due << ready.error().message.toHtmlEscaped();
        }
        if (a == CaseAction::GreenChannel)
            button->setToolTip(tr("Urgent referral to a psychiatric hospital (Ctrl+G)"));
        connect(button, &QPushButton::clicked, this, [this, a] { run(a); });
        place(button);
    }
    m_due->setText(due.join(QStringLiteral("<br>")));
    m_due->setVisible(!due.isEmpty());
    tabInLayoutOrder(window()); // the new buttons joined the focus chain at its end

    const QList<CaseEvent> events = cases.events(actor, id);
    const QHash<QString, QString> names = AccountRepository(m_workspace.journal()).displayNames();
    m_events->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const CaseEvent& e = events[events.size() - 1 - i]; // newest first
        QString status = CaseStates::name(e.to);
        if (e.from && *e.from != e.to)
            status = tr("%1 → %2").arg(CaseStates::name(*e.from), status);
        QStringList details;
        if (const QString summary = e.detailSummary(); !summary.isEmpty())
            details << summary;
        if (!e.reason.isEmpty())
            details << e.reason;
        if (!e.document.isEmpty())
            details << tr("Document: %1").arg(e.document);
        const QStringList cells{whenText(e), e.actionName(), status, names.value(e.actor, e.actor),
                                details.join(QStringLiteral(" · "))};
        for (int c = 0; c < cells.size(); ++c)
            m_events->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace kq::ui
