#include "PlanDialog.h"

#include "GoalsEditor.h"
#include "ServicesEditor.h"
#include "accounts/AccountRepository.h"
#include "assessments/AssessmentRepository.h"
#include "assessments/AssessmentVocabulary.h"
#include "assessments/PlanRepository.h"
#include "centre/CentreSettings.h"
#include "clients/ClientRepository.h"
#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FieldMarks.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "scales/ScaleLibrary.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kq::ui {

PlanDialog::PlanDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                       QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_clientId(clientId), m_banner(new Banner(this)),
      m_assessment(new QComboBox(this)), m_startsOn(new DateField(this)), m_reviewOn(new DateField(this)),
      m_responsible(new QComboBox(this)), m_goals(new GoalsEditor(this)),
      m_services(new ServicesEditor(ServiceCatalogue::load(workspace.database()), this)),
      m_reviewMonths(CentreSettings::load(workspace.database()).reviewIntervalMonths())
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Rehabilitation plan – %1").arg(clientName));
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_reviewOn->setObjectName(QStringLiteral("reviewOn"));
    m_reviewOn->setToolTip(
        tr("%n month(s) after the start unless you change it (Settings).", nullptr, m_reviewMonths));
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_goals->setFocusProxy(m_goals->list());
    m_services->setObjectName(QStringLiteral("services"));

    const Actor& actor = workspace.actor();
    const QDate today = workspace.clock().now().toLocalTime().date();
    fillAssessments();
    // The review follows the start until someone sets it by hand.
    connect(m_startsOn, &QLineEdit::textChanged, this, [this] {
        if (const QDate start = m_startsOn->date(); start.isValid() && !m_reviewEdited)
            m_reviewOn->setDate(start.addMonths(m_reviewMonths));
    });
    connect(m_reviewOn, &QLineEdit::textEdited, this, [this] { m_reviewEdited = true; });
    m_startsOn->setDate(today);

    // A new plan starts from the one in force: most goals and services carry on.
    QString responsible;
    if (const Result<Plan> previous = PlanRepository(workspace.journal()).current(actor, clientId)) {
        const Plan& p = previous.value();
        m_goals->setGoals(p.goals);
        m_services->setServices(p.services);
        responsible = p.responsible;
        m_banner->show(Banner::Kind::Info,
                       tr("This starts from a copy of the plan of %1; change what needs changing.")
                           .arg(dateText(p.startsOn)));
    } else {
        m_services->addService();
    }
    if (responsible.isEmpty())
        if (const std::optional<ClientRecord> c = ClientRepository(workspace.journal()).load(actor, clientId))
            responsible = c->caseManager;
    fillResponsible(responsible.isEmpty() ? actor.username : responsible);

    auto* form = new QFormLayout;
    addLabelledRow(form, tr("From &assessment:"), m_assessment);
    addLabelledRow(form, tr("Star&ts on:"), m_startsOn);
    addLabelledRow(form, tr("&Review on:"), m_reviewOn);
    addLabelledRow(form, tr("Res&ponsible:"), m_responsible);
    addLabelledRow(form, tr("G&oals:"), m_goals);
    for (DateField* d : {m_startsOn, m_reviewOn})
        d->setMaximumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_goals->list()->setMaximumHeight(m_goals->list()->fontMetrics().lineSpacing() * 9);
    // Services take the room left and scroll when a plan has many.
    auto* servicesBox = new QGroupBox(tr("Services"), this);
    auto* servicesArea = new QScrollArea(servicesBox);
    // Tab goes straight to the fields inside, and the area scrolls to show the one with the focus.
    servicesArea->setFocusPolicy(Qt::NoFocus);
    servicesArea->setWidget(m_services);
    servicesArea->setWidgetResizable(true);
    servicesArea->setFrameShape(QFrame::NoFrame);
    servicesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    (new QVBoxLayout(servicesBox))->addWidget(servicesArea);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setText(tr("&Save plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(servicesBox, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(960, 640)));
    tabInLayoutOrder(this);
}

void PlanDialog::fillAssessments()
{
    const ScaleLibrary noScales; // listing does not score
    const Result<QList<Assessment>> all =
        AssessmentRepository(m_workspace.journal(), noScales).list(m_workspace.actor(), m_clientId);
    if (!all)
        return;
    // Newest first, so the default is the latest intake or periodic assessment.
    for (const Assessment& a : all.value())
        if (a.kind != Assessment::Kind::Transfer)
            m_assessment->addItem(
                tr("%1 · %2").arg(dateText(a.assessedOn), AssessmentVocabulary::kindName(a.kind)), a.id);
}

bool PlanDialog::hasAssessment() const
{
    return m_assessment->count() > 0;
}

void PlanDialog::fillResponsible(const QString& preferred)
{
    // The same people the model accepts: active accounts that keep case records.
    for (const Account& a : AccountRepository(m_workspace.journal()).list())
        if (a.active && roleAllows(a.role, Permission::EditClinicalRecords))
            m_responsible->addItem(tr("%1 (%2)").arg(a.displayName, a.username), a.username);
    m_responsible->setCurrentIndex(m_responsible->findData(preferred));
    if (m_responsible->currentIndex() < 0)
        m_responsible->setCurrentIndex(m_responsible->findData(m_workspace.actor().username));
}

QWidget* PlanDialog::fieldFor(const QString& name) const
{
    if (name == u"assessment")
        return m_assessment;
    if (name == u"starts-on")
        return m_startsOn;
    if (name == u"review-on")
        return m_reviewOn;
    if (name == u"responsible")
        return m_responsible;
    if (name == u"goals")
        return m_goals->list();
    if (name == u"services")
        return m_services->rowCount() > 0 ? m_services->field(1, QStringLiteral("content"))
                                          : m_services->addButton();
    const QStringList parts = name.split(u'-');
    if (parts.size() == 2 && parts[0] == u"goal")
        return m_goals->selectGoal(parts[1].toInt());
    if (parts.size() == 3 && parts[0] == u"service")
        return m_services->field(parts[1].toInt(), parts[2]);
    return nullptr;
}

void PlanDialog::showError(const QString& message, QWidget* field)
{
    m_marks.refuse(m_banner, message, field);
}

void PlanDialog::accept()
{
    m_marks.clear();
    for (DateField* d : {m_startsOn, m_reviewOn})
        if (!d->isWellFormed()) {
            showError(tr("“%1” is not a date.").arg(d->text()), d);
            return;
        }

    Plan plan;
    plan.clientId = m_clientId;
    plan.assessmentId = m_assessment->currentData().toString();
    plan.startsOn = m_startsOn->date();
    plan.reviewOn = m_reviewOn->date();
    plan.responsible = m_responsible->currentData().toString();
    plan.goals = m_goals->goals();
    plan.services = m_services->services();
    const Result<QString> r = PlanRepository(m_workspace.journal()).save(m_workspace.actor(), plan);
    if (!r) {
        showError(r.error().message, fieldFor(r.error().field));
        return;
    }
    QDialog::accept();
}

} // namespace kq::ui
