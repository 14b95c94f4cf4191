#include "CaseActionDialog.h"

#include "ApplicationEditWidget.h"
#include "centre/CentreRepository.h"
#include "common/Banner.h"
#include "common/CountyEdit.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "lifecycle/LifecycleRules.h"
#include "lifecycle/LifecycleService.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
using A = CaseAction;

// The label of the free-text field, or empty when the action takes none.
QString reasonLabel(CaseAction a)
{
    switch (a) {
    case A::ReviewNeeds:
        return CaseActionDialog::tr("Needs &review:");
    case A::ReviewWaiting:
        return CaseActionDialog::tr("Willingness and &circumstances:");
    case A::RecordFollowUp:
        return CaseActionDialog::tr("What the call &found:");
    case A::DeclineRegistration:
    case A::PlaceOnWaitingList:
    case A::DeclineReferral:
    case A::GreenChannel:
    case A::TransferOut:
    case A::Withdraw:
        return CaseActionDialog::tr("&Reason:");
    default:
        return CaseActionDialog::tr("&Note:");
    }
}

QString documentLabel(CaseAction a)
{
    switch (a) {
    case A::StartService:
        return CaseActionDialog::tr("Signed &paper copies (reference):");
    case A::ResumeService:
        return CaseActionDialog::tr("&Discharge summary (reference):");
    case A::TransferOut:
    case A::Close:
    case A::Register:
        return CaseActionDialog::tr("&Document (reference):");
    default:
        return {};
    }
}

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    return e;
}
} // namespace

CaseActionDialog::CaseActionDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                                   CaseAction action, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_clientId(clientId), m_action(action),
      m_banner(new Banner(this)), m_at(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("caseActionDialog"));
    setWindowTitle(tr("%1 – %2").arg(CaseActions::name(action), clientName));
    const QDateTime now = workspace.clock().now().toLocalTime();
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setMaximumDateTime(now);
    m_at->setDateTime(now);

    auto* form = new QFormLayout;
    LifecycleService cases(workspace.journal());
    switch (action) {
    case A::ReviewWaiting:
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("outcome"));
        m_outcome->addItem(tr("Choose…"), QString());
        for (const QString& k : LifecycleRules::waitingReviewOutcomes())
            m_outcome->addItem(LifecycleRules::waitingReviewOutcomeName(k), k);
        addLabelledRow(form, tr("&Outcome:"), m_outcome);
        break;
    case A::ReferToCentre:
        m_centre = lineEdit(this, "centre");
        if (const std::optional<CentreProfile> c = CentreRepository(workspace.journal()).load())
            m_centre->setText(c->name); // most hand-overs are to this centre
        addLabelledRow(form, tr("&Centre:"), m_centre);
        break;
    case A::GreenChannel: {
        m_hospital = lineEdit(this, "hospital");
        // Hospitals used before come up as you type: the referral must take seconds.
        auto* completer =
            new QCompleter(cases.recentDetailValues(A::GreenChannel, QStringLiteral("hospital")), m_hospital);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_hospital->setCompleter(completer);
        addLabelledRow(form, tr("Psychiatric &hospital:"), m_hospital);
        break;
    }
    case A::TransferOut:
        m_county = new CountyEdit(this);
        m_county->setObjectName(QStringLiteral("county"));
        addLabelledRow(form, tr("County of the new res&idence:"), m_county);
        m_centre = lineEdit(this, "centre");
        m_centre->setPlaceholderText(tr("If known"));
        addLabelledRow(form, tr("Receiving &centre:"), m_centre);
        break;
    case A::Close:
        m_followUp = new DateField(this);
        m_followUp->setObjectName(QStringLiteral("followUpOn"));
        m_followUp->setDate(now.date().addMonths(1));
        addLabelledRow(form, tr("&Follow-up call on:"), m_followUp);
        break;
    case A::Reapply:
        m_application = new ApplicationEditWidget(now.date(), this);
        form->addRow(m_application);
        break;
    default:
        break;
    }
    if (action != A::Reapply)
        addLabelledRow(form, tr("&When:"), m_at);
    else
        m_at->hide(); // a re-application has its own date; left shown, the field sat over the banner
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4 + 12);
    addLabelledRow(form, reasonLabel(action), m_reason);
    if (const QString label = documentLabel(action); !label.isEmpty()) {
        m_document = lineEdit(this, "document");
        addLabelledRow(form, label, m_document);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setText(CaseActions::name(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseActionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The time field is created first but sits below the details; a green-channel referral
    // starts with the hospital.
    tabInRowOrder(form);
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(520, 0)));
    tabInLayoutOrder(this);
}

QWidget* CaseActionDialog::fieldFor(const QString& name) const
{
    if (name == u"reason")
        return m_reason;
    if (name == u"at")
        return m_at;
    if (name == u"document")
        return m_document;
    if (name == u"outcome")
        return m_outcome;
    if (name == u"centre")
        return m_centre;
    if (name == u"hospital")
        return m_hospital;
    if (name == u"county")
        return m_county;
    if (name == u"follow_up_on")
        return m_followUp;
    return nullptr;
}

void CaseActionDialog::accept()
{
    for (QWidget* w : std::as_const(m_marked))
        markInvalid(w, false);
    m_marked.clear();
    if (m_application)
        m_application->showError({});

    CaseInput in;
    in.at = m_action == A::Reapply ? QDateTime() : m_at->dateTime();
    in.reason = m_reason->toPlainText();
    if (m_document)
        in.document = m_document->text();
    if (m_outcome)
        in.details.insert(QStringLiteral("outcome"), m_outcome->currentData().toString());
    if (m_centre && !m_centre->text().trimmed().isEmpty())
        in.details.insert(QStringLiteral("centre"), m_centre->text().trimmed());
    if (m_hospital)
        in.details.insert(QStringLiteral("hospital"), m_hospital->text().trimmed());
    if (m_county)
        in.details.insert(QStringLiteral("county"), m_county->code());
    if (m_followUp) {
        if (!m_followUp->isWellFormed()) {
            m_banner->showError(tr("The follow-up date is not a date."));
            markInvalid(m_followUp, true);
            m_marked << m_followUp;
            m_followUp->setFocus();
            return;
        }
        in.details.insert(QStringLiteral("follow_up_on"), m_followUp->date().toString(Qt::ISODate));
    }
    if (m_application) {
        if (const QString problem = m_application->problem(); !problem.isEmpty()) {
            m_banner->showError(problem);
            m_application->showError(Error{problem, QStringLiteral("applied-on")});
            return;
        }
        in.details.insert(m_application->application().toDetails());
    }

    const Result<CaseState> r =
        LifecycleService(m_workspace.journal()).perform(m_workspace.actor(), m_clientId, m_action, in);
    if (!r) {
        m_banner->showError(r.error().message);
        if (QWidget* w = fieldFor(r.error().field)) {
            markInvalid(w, true, r.error().message);
            m_marked << w;
            w->setFocus();
        } else if (m_application) {
            m_application->showError(r.error());
        }
        return;
    }
    QDialog::accept();
}

} // namespace kq::ui
