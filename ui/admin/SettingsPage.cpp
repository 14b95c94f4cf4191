#include "SettingsPage.h"

#include "HolidayCalendarEditor.h"
#include "centre/CentreRepository.h"
#include "centre/CentreSettings.h"
#include "common/AppSettings.h"
#include "common/Banner.h"
#include "common/FormRows.h"
#include "common/Language.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kq::ui {

SettingsPage::SettingsPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_banner(new Banner(this)),
      m_language(new QComboBox(this)), m_idleMinutes(new QSpinBox(this)),
      m_centreBox(new QGroupBox(tr("Centre profile"), this)), m_centreCode(new QLineEdit(this)),
      m_centreName(new QLineEdit(this)), m_county(new QLineEdit(this)),
      m_workflowBox(new QGroupBox(tr("Case workflow"), this)), m_reviewMonths(new QSpinBox(this)),
      m_serviceGate(new QComboBox(this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_centreName->setObjectName(QStringLiteral("centreName"));
    m_county->setObjectName(QStringLiteral("county"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    Language::addChoices(m_language);
    m_idleMinutes->setRange(1, 120);
    m_idleMinutes->setSuffix(tr(" min"));
    m_centreCode->setReadOnly(true);
    m_centreCode->setToolTip(tr("Issued by the platform; it cannot be changed here."));
    m_centreName->setMaxLength(100);
    refuseOverlongInput(m_centreName);
    m_county->setMaxLength(6);
    refuseOverlongInput(m_county);
    m_county->setInputMask(QStringLiteral("999999"));

    auto* prefsBox = new QGroupBox(tr("This workstation"), this);
    auto* prefs = new QFormLayout(prefsBox);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* idleLabel = new QLabel(tr("Lock after &idle for:"), this);
    idleLabel->setBuddy(m_idleMinutes);
    prefs->addRow(languageLabel, m_language);
    prefs->addRow(idleLabel, m_idleMinutes);
    auto* savePrefs = new QPushButton(tr("Save &preferences"), this);
    savePrefs->setObjectName(QStringLiteral("savePreferences"));
    prefs->addRow(QString(), savePrefs);

    auto* centre = new QFormLayout(m_centreBox);
    auto* codeLabel = new QLabel(tr("Centre code:"), this);
    codeLabel->setBuddy(m_centreCode);
    auto* nameLabel = new QLabel(tr("Centre &name:"), this);
    nameLabel->setBuddy(m_centreName);
    auto* countyLabel = new QLabel(tr("C&ounty code:"), this);
    countyLabel->setBuddy(m_county);
    centre->addRow(codeLabel, m_centreCode);
    centre->addRow(nameLabel, m_centreName);
    centre->addRow(countyLabel, m_county);
    auto* saveCentreButton = new QPushButton(tr("Save &centre profile"), this);
    saveCentreButton->setObjectName(QStringLiteral("saveCentre"));
    centre->addRow(QString(), saveCentreButton);

    // DOMAIN.md "Periodic assessment": no national text fixes the interval, so the centre sets it.
    m_reviewMonths->setObjectName(QStringLiteral("reviewIntervalMonths"));
    m_reviewMonths->setRange(CentreSettings::kMinReviewIntervalMonths,
                             CentreSettings::kMaxReviewIntervalMonths);
    // Plural-aware suffix: " month" / " months" in English, " 个月" in Chinese.
    const auto monthSuffix = [this](int months) {
        m_reviewMonths->setSuffix(tr(" month(s)", nullptr, months));
    };
    connect(m_reviewMonths, &QSpinBox::valueChanged, this, monthSuffix);
    monthSuffix(m_reviewMonths->value());
    m_reviewMonths->setToolTip(tr("From a plan or periodic assessment to the next periodic assessment."));
    auto* workflow = new QFormLayout(m_workflowBox);
    auto* reviewLabel = new QLabel(tr("Periodic re&view every:"), this);
    reviewLabel->setBuddy(m_reviewMonths);
    workflow->addRow(reviewLabel, m_reviewMonths);
    // Seed §6–§7: service follows a signed consent and agreement. A centre moving from paper may
    // for a while let session logs through with a warning instead.
    m_serviceGate->setObjectName(QStringLiteral("serviceGate"));
    m_serviceGate->addItem(tr("Refused until both are signed"),
                           CentreSettings::gateModeKey(CentreSettings::GateMode::Block));
    m_serviceGate->addItem(tr("Allowed, with a warning"),
                           CentreSettings::gateModeKey(CentreSettings::GateMode::Warn));
    addLabelledRow(workflow, tr("Service without a signed consent and a&greement:"), m_serviceGate);
    auto* saveWorkflowButton = new QPushButton(tr("Save case &workflow settings"), this);
    saveWorkflowButton->setObjectName(QStringLiteral("saveWorkflow"));
    workflow->addRow(QString(), saveWorkflowButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(prefsBox);
    layout->addWidget(m_centreBox);
    layout->addWidget(m_workflowBox);
    m_calendar = new HolidayCalendarEditor(workspace, m_banner, this);
    layout->addWidget(m_calendar, 1);
    layout->addStretch();

    connect(savePrefs, &QPushButton::clicked, this, &SettingsPage::savePreferences);
    connect(saveCentreButton, &QPushButton::clicked, this, &SettingsPage::saveCentre);
    connect(saveWorkflowButton, &QPushButton::clicked, this, &SettingsPage::saveWorkflow);
    tabInLayoutOrder(this);
}

void SettingsPage::reload()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_idleMinutes->setValue(AppSettings::idleLockMinutes());
    m_centreBox->setVisible(m_workspace.actor().can(Permission::ManageCentre));
    m_workflowBox->setVisible(m_workspace.actor().can(Permission::ManageCentre));
    const CentreSettings settings = CentreSettings::load(m_workspace.database());
    m_reviewMonths->setValue(settings.reviewIntervalMonths());
    m_serviceGate->setCurrentIndex(
        std::max(0, m_serviceGate->findData(CentreSettings::gateModeKey(settings.serviceGate()))));
    m_calendar->setVisible(m_workspace.actor().can(Permission::ManageCentre));
    if (m_calendar->isVisibleTo(this))
        m_calendar->reload();
    if (std::optional<CentreProfile> c = CentreRepository(m_workspace.journal()).load()) {
        m_centre = *c;
        m_centreCode->setText(c->code);
        m_centreName->setText(c->name);
        m_county->setText(c->countyCode);
    }
}

void SettingsPage::clearData()
{
    m_centre = {};
    for (QLineEdit* e : {m_centreCode, m_centreName, m_county})
        e->clear();
    m_reviewMonths->setValue(CentreSettings::kDefaultReviewIntervalMonths);
    m_calendar->clearData();
    m_banner->show(Banner::Kind::Info, {});
}

void SettingsPage::savePreferences()
{
    const QString language = m_language->currentData().toString();
    const bool newLanguage = language != AppSettings::language();
    AppSettings::setLanguage(language);
    AppSettings::setIdleLockMinutes(m_idleMinutes->value());
    Q_EMIT idleMinutesChanged(m_idleMinutes->value());
    m_banner->show(Banner::Kind::Success, tr("Saved."));
    if (newLanguage) {
        Language::apply(language); // decision 0019: the window rebuilds its pages in the new language
        Q_EMIT languageChanged();
    }
}

void SettingsPage::saveCentre()
{
    CentreProfile edited = m_centre;
    edited.name = m_centreName->text();
    edited.countyCode = m_county->text();
    Result<void> r = CentreRepository(m_workspace.journal()).update(m_workspace.actor(), edited);
    if (!r) {
        m_banner->showError(r.error().message);
        (r.error().field == u"county" ? m_county : m_centreName)->setFocus();
        return;
    }
    reload();
    m_banner->show(Banner::Kind::Success, tr("The centre profile was saved."));
}

void SettingsPage::saveWorkflow()
{
    CentreSettings settings = CentreSettings::load(m_workspace.database());
    const Result<void> r =
        settings.setReviewIntervalMonths(m_workspace.journal(), m_workspace.actor(), m_reviewMonths->value());
    if (!r) {
        m_banner->showError(r.error().message);
        m_reviewMonths->setFocus();
        return;
    }
    const auto mode =
        m_serviceGate->currentData().toString() == CentreSettings::gateModeKey(CentreSettings::GateMode::Warn)
            ? CentreSettings::GateMode::Warn
            : CentreSettings::GateMode::Block;
    if (const Result<void> gate = settings.setServiceGate(m_workspace.journal(), m_workspace.actor(), mode);
        !gate) {
        m_banner->showError(gate.error().message);
        m_serviceGate->setFocus();
        return;
    }
    m_banner->show(Banner::Kind::Success,
                   tr("Saved. Plans and periodic assessments from now on are reviewed after %n month(s).",
                      nullptr, m_reviewMonths->value()));
}

} // namespace kq::ui
