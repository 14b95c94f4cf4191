#include "ApplicationEditWidget.h"

#include "common/DateField.h"
#include "common/FormRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
QFormLayout* pageForm(QStackedWidget* pages)
{
    auto* page = new QWidget(pages);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(page);
    return form;
}

} // namespace

ApplicationEditWidget::ApplicationEditWidget(const QDate& today, QWidget* parent)
    : QWidget(parent), m_wayIn(new QComboBox(this)), m_appliedOn(new DateField(this)),
      m_pages(new QStackedWidget(this)), m_hospital(new QLineEdit(this)), m_department(new QLineEdit(this)),
      m_doctor(new QLineEdit(this)), m_summary(new QPlainTextEdit(this)),
      m_patientConsented(new QCheckBox(tr("The patient consents"), this)),
      m_guardianConsented(new QCheckBox(tr("The guardian consents"), this)), m_applicant(new QComboBox(this)),
      m_reporterKind(new QComboBox(this)), m_reporterName(new QLineEdit(this)),
      m_channel(new QComboBox(this)), m_platformReference(new QLineEdit(this)),
      m_fromOrganisation(new QLineEdit(this)), m_notes(new QLineEdit(this))
{
    m_wayIn->setObjectName(QStringLiteral("wayIn"));
    for (WayIn w : WaysIn::all())
        m_wayIn->addItem(WaysIn::name(w), WaysIn::key(w));
    m_wayIn->setCurrentIndex(m_wayIn->findData(WaysIn::key(WayIn::Voluntary)));
    m_appliedOn->setObjectName(QStringLiteral("appliedOn"));
    m_appliedOn->setDate(today);
    m_hospital->setObjectName(QStringLiteral("hospital"));
    m_department->setObjectName(QStringLiteral("department"));
    m_doctor->setObjectName(QStringLiteral("doctor"));
    m_fromOrganisation->setObjectName(QStringLiteral("fromOrganisation"));
    m_summary->setObjectName(QStringLiteral("assessmentSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().height() * 3 + 12);
    m_patientConsented->setObjectName(QStringLiteral("patientConsented"));
    m_guardianConsented->setObjectName(QStringLiteral("guardianConsented"));
    m_applicant->setObjectName(QStringLiteral("applicant"));
    m_applicant->addItem(tr("The client"), QStringLiteral("client"));
    m_applicant->addItem(tr("The guardian"), QStringLiteral("guardian"));
    m_reporterKind->setObjectName(QStringLiteral("reporterKind"));
    m_reporterKind->addItem(tr("Choose…"), QString());
    for (const QString& k : Application::reporterKinds())
        m_reporterKind->addItem(Application::reporterKindName(k), k);
    m_reporterName->setObjectName(QStringLiteral("reporterName"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("Choose…"), QString());
    for (const QString& k : Application::channels())
        m_channel->addItem(Application::channelName(k), k);
    m_platformReference->setObjectName(QStringLiteral("platformReference"));
    m_notes->setObjectName(QStringLiteral("applicationNotes"));

    // Mnemonics only for the first fields: the registration form below already uses most letters,
    // and Tab reaches the rest in order.
    auto* top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    addLabelledRow(top, tr("&Way in:"), m_wayIn);
    addLabelledRow(top, tr("Da&y of application:"), m_appliedOn);

    QFormLayout* hospital = pageForm(m_pages);
    addLabelledRow(hospital, tr("Re&ferring hospital:"), m_hospital);
    addLabelledRow(hospital, tr("Department:"), m_department);
    addLabelledRow(hospital, tr("Doctor:"), m_doctor);
    addLabelledRow(hospital, tr("Assessment summary:"), m_summary);
    hospital->addRow(QString(), m_patientConsented);
    hospital->addRow(QString(), m_guardianConsented);
    QFormLayout* voluntary = pageForm(m_pages);
    addLabelledRow(voluntary, tr("Applied by:"), m_applicant);
    QFormLayout* reported = pageForm(m_pages);
    addLabelledRow(reported, tr("Reported by:"), m_reporterKind);
    addLabelledRow(reported, tr("Reporter's name:"), m_reporterName);
    addLabelledRow(reported, tr("Channel:"), m_channel);
    QFormLayout* platform = pageForm(m_pages);
    addLabelledRow(platform, tr("Platform referral number:"), m_platformReference);
    addLabelledRow(platform, tr("From organisation:"), m_fromOrganisation);

    auto* bottom = new QFormLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    addLabelledRow(bottom, tr("Application notes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addLayout(bottom);

    const auto follow = [this] { m_pages->setCurrentIndex(m_wayIn->currentIndex()); };
    connect(m_wayIn, &QComboBox::currentIndexChanged, this, follow);
    follow();
}

Application ApplicationEditWidget::application() const
{
    Application a;
    a.wayIn = WaysIn::fromKey(m_wayIn->currentData().toString()).value_or(WayIn::Voluntary);
    a.appliedOn = m_appliedOn->date();
    a.hospital = m_hospital->text();
    a.department = m_department->text();
    a.doctor = m_doctor->text();
    a.assessmentSummary = m_summary->toPlainText();
    a.patientConsented = m_patientConsented->isChecked();
    a.guardianConsented = m_guardianConsented->isChecked();
    a.applicant = m_applicant->currentData().toString();
    a.reporterKind = m_reporterKind->currentData().toString();
    a.reporterName = m_reporterName->text();
    a.channel = m_channel->currentData().toString();
    a.platformReference = m_platformReference->text();
    a.fromOrganisation = m_fromOrganisation->text();
    a.notes = m_notes->text();
    return a;
}

void ApplicationEditWidget::setApplication(const Application& a)
{
    m_wayIn->setCurrentIndex(std::max(0, m_wayIn->findData(WaysIn::key(a.wayIn))));
    m_appliedOn->setDate(a.appliedOn);
    m_hospital->setText(a.hospital);
    m_department->setText(a.department);
    m_doctor->setText(a.doctor);
    m_summary->setPlainText(a.assessmentSummary);
    m_patientConsented->setChecked(a.patientConsented);
    m_guardianConsented->setChecked(a.guardianConsented);
    m_applicant->setCurrentIndex(std::max(0, m_applicant->findData(a.applicant)));
    m_reporterKind->setCurrentIndex(std::max(0, m_reporterKind->findData(a.reporterKind)));
    m_reporterName->setText(a.reporterName);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(a.channel)));
    m_platformReference->setText(a.platformReference);
    m_fromOrganisation->setText(a.fromOrganisation);
    m_notes->setText(a.notes);
}

QString ApplicationEditWidget::problem() const
{
    return m_appliedOn->isWellFormed() ? QString() : tr("The application date is not a date.");
}

void ApplicationEditWidget::showError(const Error& error)
{
    const std::pair<const char*, QWidget*> fields[] = {{"applied-on", m_appliedOn},
                                                       {"hospital", m_hospital},
                                                       {"department", m_department},
                                                       {"doctor", m_doctor},
                                                       {"assessment-summary", m_summary},
                                                       {"consent", m_patientConsented},
                                                       {"applicant", m_applicant},
                                                       {"reporter-kind", m_reporterKind},
                                                       {"reporter", m_reporterName},
                                                       {"channel", m_channel},
                                                       {"platform-reference", m_platformReference},
                                                       {"from-organisation", m_fromOrganisation},
                                                       {"notes", m_notes}};
    for (const auto& [name, widget] : fields) {
        const bool match = error.field == QLatin1String(name);
        markInvalid(widget, match, error.message);
        if (match)
            widget->setFocus();
    }
}

} // namespace kq::ui
