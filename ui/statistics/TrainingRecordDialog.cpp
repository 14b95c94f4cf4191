#include "TrainingRecordDialog.h"

#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"
#include "staff/StaffTrainingRepository.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kq::ui {

TrainingRecordDialog::TrainingRecordDialog(Workspace& workspace, const QList<StaffProfile>& staff,
                                           const QString& username, const QDate& today, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_banner(new Banner(this)), m_person(new QComboBox(this)),
      m_date(new DateField(this)), m_hours(new QLineEdit(this)), m_topic(new QLineEdit(this)),
      m_provider(new QLineEdit(this))
{
    setWindowTitle(tr("Add a training record"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_person->setObjectName(QStringLiteral("person"));
    for (const StaffProfile& p : staff)
        m_person->addItem(p.displayName, p.username);
    m_person->setCurrentIndex(std::max(0, m_person->findData(username)));
    m_date->setObjectName(QStringLiteral("heldOn"));
    m_date->setToday(today);
    m_date->setDate(today);
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setPlaceholderText(tr("e.g. 2 or 1.5"));
    m_hours->setMaxLength(7); // 1440.00: a record covers at most a day
    refuseOverlongInput(m_hours);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setMaxLength(TrainingRecord::kMaxTextLength);
    refuseOverlongInput(m_topic);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setMaxLength(TrainingRecord::kMaxTextLength);
    refuseOverlongInput(m_provider);

    auto* form = new QFormLayout;
    addLabelledRow(form, tr("&Staff member:"), m_person);
    addLabelledRow(form, tr("&Date:"), m_date);
    addLabelledRow(form, tr("&Hours:"), m_hours);
    addLabelledRow(form, tr("&Topic:"), m_topic);
    addLabelledRow(form, tr("&Provider:"), m_provider);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setToolTip(tr("Enter or Ctrl+Return"));
    // All fields are single lines, so Enter saves through the default button; Ctrl+Return too,
    // as in the other record dialogs.
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &TrainingRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrainingRecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    tabInRowOrder(form);
    // The person is usually the one chosen on the page: start where there is something to type.
    m_hours->setFocus();
    setMinimumWidth(440);
    tabInLayoutOrder(this);
}

void TrainingRecordDialog::accept()
{
    m_marks.clear();
    if (!m_date->isWellFormed()) {
        refuse(tr("“%1” is not a date.").arg(m_date->text()), QStringLiteral("held-on"));
        return;
    }
    const std::optional<int> minutes = TrainingHours::parse(m_hours->text());
    if (!minutes) {
        refuse(tr("Enter the hours as a number such as 2 or 1.5 (at most two decimals)."),
               QStringLiteral("hours"));
        return;
    }
    TrainingRecord record;
    record.username = m_person->currentData().toString();
    record.heldOn = m_date->date();
    record.minutes = *minutes;
    record.topic = m_topic->text();
    record.provider = m_provider->text();
    const Result<QString> r = StaffTrainingRepository(m_workspace.journal()).add(m_workspace.actor(), record);
    if (!r) {
        refuse(r.error().message, r.error().field);
        return;
    }
    m_savedId = r.value();
    QDialog::accept();
}

void TrainingRecordDialog::refuse(const QString& message, const QString& field)
{
    QWidget* target = nullptr;
    if (field == u"username")
        target = m_person;
    else if (field == u"held-on")
        target = m_date;
    else if (field == u"hours")
        target = m_hours;
    else if (field == u"topic")
        target = m_topic;
    else if (field == u"provider")
        target = m_provider;
    m_marks.refuse(m_banner, message, target);
}

} // namespace kq::ui
