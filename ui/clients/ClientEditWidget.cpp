#include "ClientEditWidget.h"

#include "GuardiansEditor.h"
#include "auth/Actor.h"
#include "clients/ClientVocabulary.h"
#include "common/CountyEdit.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "identity/ResidentId.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kq::ui {

using namespace ClientVocabulary;

namespace {
} // namespace

ClientEditWidget::ClientEditWidget(const Actor& actor, const QStringList& caseManagers, QWidget* parent)
    : QWidget(parent), m_clinicalVisible(actor.can(Permission::ViewClinicalRecords)),
      m_name(new QLineEdit(this)), m_idNumber(new QLineEdit(this)), m_gender(new QComboBox(this)),
      m_birthDate(new DateField(this)), m_phone(new QLineEdit(this)), m_residence(new CountyEdit(this)),
      m_household(new CountyEdit(this)), m_address(new QLineEdit(this)),
      m_guardians(new GuardiansEditor(this)), m_diagnosis(new QLineEdit(this)), m_severe(new QComboBox(this)),
      m_risk(new QComboBox(this)), m_riskDate(new DateField(this)), m_riskAssessor(new QLineEdit(this)),
      m_riskHelp(new QLabel(this)), m_certificate(new QLineEdit(this)),
      m_disabilityLevel(new QComboBox(this)),
      m_lowIncome(new QCheckBox(tr("Minimum living allowance (低保)"), this)),
      m_hardship(new QCheckBox(tr("Living allowance for disabled people in hardship"), this)),
      m_severeCare(new QCheckBox(tr("Nursing allowance for severe disability"), this)),
      m_reward(new QCheckBox(tr("Guardianship reward (以奖代补)"), this)), m_insurance(new QComboBox(this)),
      m_caseManager(new QComboBox(this)), m_notes(new QPlainTextEdit(this))
{
    const std::pair<QWidget*, const char*> names[] = {{m_name, "name"},
                                                      {m_idNumber, "idNumber"},
                                                      {m_gender, "gender"},
                                                      {m_birthDate, "birthDate"},
                                                      {m_phone, "phone"},
                                                      {m_residence, "residenceCounty"},
                                                      {m_household, "householdCounty"},
                                                      {m_address, "address"},
                                                      {m_diagnosis, "diagnosis"},
                                                      {m_severe, "severeDisorder"},
                                                      {m_risk, "riskLevel"},
                                                      {m_riskDate, "riskAssessedOn"},
                                                      {m_riskAssessor, "riskAssessor"},
                                                      {m_certificate, "disabilityCertificate"},
                                                      {m_disabilityLevel, "disabilityLevel"},
                                                      {m_insurance, "insurance"},
                                                      {m_caseManager, "caseManager"},
                                                      {m_notes, "notes"}};
    for (const auto& [w, n] : names)
        w->setObjectName(QLatin1String(n));
    m_name->setMaxLength(40);
    refuseOverlongInput(m_name);
    m_idNumber->setMaxLength(22);
    refuseOverlongInput(m_idNumber);
    m_idNumber->setPlaceholderText(tr("18 digits; fills in birth date and gender"));
    m_phone->setMaxLength(24);
    refuseOverlongInput(m_phone);
    m_address->setMaxLength(200);
    refuseOverlongInput(m_address);
    m_diagnosis->setMaxLength(8);
    refuseOverlongInput(m_diagnosis);
    m_diagnosis->setPlaceholderText(tr("ICD-10, e.g. F20.0"));
    m_certificate->setMaxLength(30);
    refuseOverlongInput(m_certificate);
    m_riskAssessor->setMaxLength(40);
    refuseOverlongInput(m_riskAssessor);
    m_riskHelp->setWordWrap(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    m_gender->addItem(tr("(choose)"), genderKey(Gender::Unknown));
    m_gender->addItem(genderName(Gender::Male), genderKey(Gender::Male));
    m_gender->addItem(genderName(Gender::Female), genderKey(Gender::Female));
    for (SevereDisorder d : severeDisorders())
        m_severe->addItem(severeDisorderName(d), severeDisorderKey(d));
    for (int level = -1; level <= 5; ++level)
        m_risk->addItem(riskLevelName(level), level);
    m_disabilityLevel->addItem(tr("None"), 0);
    for (int level = 1; level <= 4; ++level)
        m_disabilityLevel->addItem(tr("Level %1").arg(level), level);
    for (MedicalInsurance m : insurances())
        m_insurance->addItem(insuranceName(m), insuranceKey(m));
    m_caseManager->addItem(tr("(not assigned)"), QString());
    for (const QString& u : caseManagers)
        m_caseManager->addItem(u, u);

    auto* identity = new QGroupBox(tr("Identity and contact"), this);
    auto* idForm = new QFormLayout(identity);
    addLabelledRow(idForm, tr("&Name:"), m_name);
    addLabelledRow(idForm, tr("&ID number:"), m_idNumber);
    addLabelledRow(idForm, tr("&Gender:"), m_gender);
    addLabelledRow(idForm, tr("&Birth date:"), m_birthDate);
    addLabelledRow(idForm, tr("&Phone:"), m_phone);
    addLabelledRow(idForm, tr("County of &residence:"), m_residence);
    addLabelledRow(idForm, tr("&Household county:"), m_household);
    addLabelledRow(idForm, tr("&Address:"), m_address);

    auto* guardianBox = new QGroupBox(tr("Guardians"), this);
    auto* guardianLayout = new QVBoxLayout(guardianBox);
    guardianLayout->addWidget(m_guardians);

    auto* clinical = new QGroupBox(tr("Diagnosis and risk"), this);
    auto* clinicalForm = new QFormLayout(clinical);
    addLabelledRow(clinicalForm, tr("&Diagnosis:"), m_diagnosis);
    addLabelledRow(clinicalForm, tr("Se&vere disorder:"), m_severe);
    addLabelledRow(clinicalForm, tr("Ris&k level:"), m_risk);
    clinicalForm->addRow(QString(), m_riskHelp);
    addLabelledRow(clinicalForm, tr("Assess&ed on:"), m_riskDate);
    addLabelledRow(clinicalForm, tr("Assess&or:"), m_riskAssessor);
    clinical->setVisible(m_clinicalVisible);
    clinical->setEnabled(actor.can(Permission::EditClinicalRecords));
    connect(m_risk, &QComboBox::currentIndexChanged, this,
            [this] { m_riskHelp->setText(riskLevelDefinition(m_risk->currentData().toInt())); });
    m_riskHelp->setText(riskLevelDefinition(-1));

    auto* support = new QGroupBox(tr("Disability and benefits"), this);
    auto* supportForm = new QFormLayout(support);
    addLabelledRow(supportForm, tr("Disability &certificate:"), m_certificate);
    addLabelledRow(supportForm, tr("Disability &level:"), m_disabilityLevel);
    supportForm->addRow(m_lowIncome);
    supportForm->addRow(m_hardship);
    supportForm->addRow(m_severeCare);
    supportForm->addRow(m_reward);
    addLabelledRow(supportForm, tr("Medical in&surance:"), m_insurance);

    auto* service = new QGroupBox(tr("Service"), this);
    auto* serviceForm = new QFormLayout(service);
    addLabelledRow(serviceForm, tr("Case &manager:"), m_caseManager);
    addLabelledRow(serviceForm, tr("No&tes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    for (QWidget* section :
         {static_cast<QWidget*>(identity), static_cast<QWidget*>(guardianBox),
          static_cast<QWidget*>(clinical), static_cast<QWidget*>(support), static_cast<QWidget*>(service)})
        layout->addWidget(section);

    // Fill in birth date and gender as soon as a complete, valid number is there.
    connect(m_idNumber, &QLineEdit::textEdited, this, &ClientEditWidget::fillFromIdNumber);
    connect(m_idNumber, &QLineEdit::editingFinished, this, &ClientEditWidget::fillFromIdNumber);
}

void ClientEditWidget::fillFromIdNumber()
{
    const Result<ResidentId> id = ResidentId::parse(m_idNumber->text(), QDate::currentDate());
    if (!id)
        return; // reported on save, with the reason
    if (m_idNumber->text() != id.value().number && !m_idNumber->hasFocus())
        m_idNumber->setText(id.value().number); // e.g. a 15-digit number, upgraded
    if (m_birthDate->text().trimmed().isEmpty())
        m_birthDate->setDate(id.value().birthDate);
    if (m_gender->currentIndex() == 0)
        m_gender->setCurrentIndex(m_gender->findData(genderKey(id.value().gender)));
}

void ClientEditWidget::setRecord(const ClientRecord& r)
{
    m_base = r;
    m_name->setText(r.name);
    m_idNumber->setText(r.idNumber);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(genderKey(r.gender))));
    m_birthDate->setDate(r.birthDate);
    m_phone->setText(r.phone);
    m_residence->setCode(r.residenceCounty);
    m_household->setCode(r.householdCounty);
    m_address->setText(r.address);
    m_guardians->setGuardians(r.guardians);
    m_diagnosis->setText(r.diagnosisCode);
    m_severe->setCurrentIndex(std::max(0, m_severe->findData(severeDisorderKey(r.severeDisorder))));
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(r.riskLevel)));
    m_riskDate->setDate(r.riskAssessedOn);
    m_riskAssessor->setText(r.riskAssessor);
    m_certificate->setText(r.disabilityCertificate);
    m_disabilityLevel->setCurrentIndex(std::max(0, m_disabilityLevel->findData(r.disabilityLevel)));
    m_lowIncome->setChecked(r.lowIncome);
    m_hardship->setChecked(r.hardshipAllowance);
    m_severeCare->setChecked(r.severeDisabilityCare);
    m_reward->setChecked(r.guardianshipReward);
    m_insurance->setCurrentIndex(std::max(0, m_insurance->findData(insuranceKey(r.insurance))));
    int cm = m_caseManager->findData(r.caseManager);
    if (cm < 0 && !r.caseManager.isEmpty()) {
        m_caseManager->addItem(r.caseManager, r.caseManager); // e.g. an account since disabled
        cm = m_caseManager->count() - 1;
    }
    m_caseManager->setCurrentIndex(std::max(0, cm));
    m_notes->setPlainText(r.notes);
}

ClientRecord ClientEditWidget::record() const
{
    ClientRecord r = m_base;
    r.name = m_name->text();
    r.idNumber = m_idNumber->text();
    r.gender = genderFromKey(m_gender->currentData().toString());
    r.birthDate = m_birthDate->date();
    r.phone = m_phone->text();
    r.residenceCounty = m_residence->code();
    r.householdCounty = m_household->code();
    r.address = m_address->text();
    r.guardians = m_guardians->guardians();
    if (m_clinicalVisible) {
        r.diagnosisCode = m_diagnosis->text();
        r.severeDisorder = severeDisorderFromKey(m_severe->currentData().toString());
        r.riskLevel = m_risk->currentData().toInt();
        r.riskAssessedOn = m_riskDate->date();
        r.riskAssessor = m_riskAssessor->text();
    }
    r.disabilityCertificate = m_certificate->text();
    r.disabilityLevel = m_disabilityLevel->currentData().toInt();
    r.lowIncome = m_lowIncome->isChecked();
    r.hardshipAllowance = m_hardship->isChecked();
    r.severeDisabilityCare = m_severeCare->isChecked();
    r.guardianshipReward = m_reward->isChecked();
    r.insurance = insuranceFromKey(m_insurance->currentData().toString());
    r.caseManager = m_caseManager->currentData().toString();
    r.notes = m_notes->toPlainText();
    return r;
}

QList<Error> ClientEditWidget::problems() const
{
    QList<Error> out;
    if (!m_birthDate->isWellFormed())
        out.append(Error{tr("The birth date is not a date (use YYYY-MM-DD)."), QStringLiteral("birth-date")});
    if (m_clinicalVisible && !m_riskDate->isWellFormed())
        out.append(Error{tr("The risk assessment date is not a date (use YYYY-MM-DD)."),
                         QStringLiteral("risk-assessed-on")});
    return out;
}

QWidget* ClientEditWidget::fieldWidget(const QString& field) const
{
    static const QHash<QString, const char*> map{
        {QStringLiteral("name"), "name"},
        {QStringLiteral("id-number"), "idNumber"},
        {QStringLiteral("gender"), "gender"},
        {QStringLiteral("birth-date"), "birthDate"},
        {QStringLiteral("phone"), "phone"},
        {QStringLiteral("residence-county"), "residenceCounty"},
        {QStringLiteral("household-county"), "householdCounty"},
        {QStringLiteral("address"), "address"},
        {QStringLiteral("diagnosis"), "diagnosis"},
        {QStringLiteral("risk-level"), "riskLevel"},
        {QStringLiteral("risk-assessed-on"), "riskAssessedOn"},
        {QStringLiteral("risk-assessor"), "riskAssessor"},
        {QStringLiteral("disability-certificate"), "disabilityCertificate"},
        {QStringLiteral("disability-level"), "disabilityLevel"},
        {QStringLiteral("case-manager"), "caseManager"},
        {QStringLiteral("notes"), "notes"}};
    if (QWidget* g = m_guardians->fieldWidget(field))
        return g;
    if (field == u"guardians" || field == u"signing-contact")
        return m_guardians->addButton();
    if (const char* name = map.value(field))
        return findChild<QWidget*>(QLatin1String(name));
    return nullptr;
}

QString ClientEditWidget::fieldLabel(const QString& field) const
{
    QWidget* w = fieldWidget(field);
    if (!w)
        return {};
    for (const QLabel* l : findChildren<QLabel*>()) {
        if (l->buddy() == w) {
            QString text = l->text();
            text.remove(u'&');
            text.remove(QRegularExpression(QStringLiteral("\\(.\\)")));
            return text.remove(u':').remove(u'：').trimmed();
        }
    }
    return {};
}

void ClientEditWidget::showErrors(const QList<Error>& errors)
{
    for (const QPointer<QWidget>& w : std::as_const(m_marked))
        if (w)
            markInvalid(w, false);
    m_marked.clear();
    for (const Error& e : errors) {
        if (QWidget* w = fieldWidget(e.field)) {
            markInvalid(w, true, e.message);
            m_marked.append(w);
        }
    }
    if (!m_marked.isEmpty())
        m_marked.first()->setFocus();
}

} // namespace kq::ui
