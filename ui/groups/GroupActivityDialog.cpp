#include "GroupActivityDialog.h"

#include "RosterEditor.h"
#include "accounts/AccountRepository.h"
#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FieldMarks.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "services/ServiceCatalogue.h"
#include "sessions/GroupActivityRepository.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
// The active entries, and the stored key even when no longer offered, so an old meeting shows it.
void fillCombo(QComboBox* combo, const QList<ServiceEntry>& entries,
               const std::optional<ServiceEntry>& current)
{
    for (const ServiceEntry& e : entries)
        combo->addItem(ServiceCatalogue::displayName(e), e.key);
    if (current && combo->findData(current->key) < 0)
        combo->addItem(ServiceCatalogue::displayName(*current), current->key);
    if (current)
        combo->setCurrentIndex(combo->findData(current->key));
}
} // namespace

GroupActivityDialog::GroupActivityDialog(Workspace& workspace, const GroupActivity& activity, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_activity(activity), m_banner(new Banner(this)),
      m_topic(new QLineEdit(this)), m_facilitators(new QListWidget(this)), m_heldOn(new DateField(this)),
      m_startsAt(new QTimeEdit(this)), m_minutes(new QSpinBox(this)), m_content(new QComboBox(this)),
      m_form(new QComboBox(this)), m_place(new QComboBox(this)), m_capacity(new QSpinBox(this)),
      m_notes(new QPlainTextEdit(this)), m_roster(new RosterEditor(workspace, this))
{
    const bool creating = activity.id.isEmpty();
    setObjectName(QStringLiteral("groupActivityDialog"));
    setWindowTitle(creating ? tr("New group meeting") : tr("Group meeting – %1").arg(activity.topic));
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setMaxLength(GroupActivity::kMaxTopicLength);
    refuseOverlongInput(m_topic);
    m_topic->setText(activity.topic);
    m_facilitators->setObjectName(QStringLiteral("facilitators"));
    m_facilitators->setMaximumHeight(m_facilitators->fontMetrics().lineSpacing() * 5);
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setDate(activity.heldOn);
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_startsAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_startsAt->setTime(activity.startsAt.isValid() ? activity.startsAt : QTime(9, 30));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(1, 720);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(activity.minutes);
    m_content->setObjectName(QStringLiteral("content"));
    m_form->setObjectName(QStringLiteral("form"));
    const ServiceCatalogue catalogue = ServiceCatalogue::load(workspace.database());
    fillCombo(m_content, catalogue.contents(), catalogue.content(activity.content));
    fillCombo(m_form, catalogue.forms(), catalogue.form(activity.form));
    m_place->setObjectName(QStringLiteral("place"));
    for (ServicePlace p : ServicePlaces::all())
        m_place->addItem(ServicePlaces::name(p), ServicePlaces::key(p));
    m_place->setCurrentIndex(m_place->findData(ServicePlaces::key(activity.place)));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(1, GroupActivity::kMaxCapacity);
    m_capacity->setValue(activity.capacity);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(activity.notes);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_roster->setObjectName(QStringLiteral("roster"));
    m_roster->setRoster(activity.roster);
    m_roster->setCapacity(activity.capacity);
    fillFacilitators(creating ? QStringList{workspace.actor().username} : activity.facilitators);

    for (QWidget* w : {static_cast<QWidget*>(m_heldOn), static_cast<QWidget*>(m_startsAt),
                       static_cast<QWidget*>(m_minutes), static_cast<QWidget*>(m_capacity)})
        w->setMaximumWidth(m_heldOn->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("&Topic:"), m_topic);
    addLabelledRow(form, tr("&Facilitators:"), m_facilitators);
    addLabelledRow(form, tr("&Date:"), m_heldOn);
    addLabelledRow(form, tr("Start t&ime:"), m_startsAt);
    addLabelledRow(form, tr("&Length:"), m_minutes);
    if (creating) {
        m_repeatUntil = new DateField(this);
        m_repeatUntil->setObjectName(QStringLiteral("repeatUntil"));
        m_repeatUntil->setPlaceholderText(tr("Once only"));
        m_repeatUntil->setToolTip(tr("A meeting every week on the same weekday up to this date (at most %1).")
                                      .arg(GroupActivity::kMaxWeeks));
        m_repeatUntil->setMaximumWidth(m_heldOn->maximumWidth());
        addLabelledRow(form, tr("Repeat &weekly until:"), m_repeatUntil);
    }
    addLabelledRow(form, tr("Service co&ntent:"), m_content);
    addLabelledRow(form, tr("Service f&orm:"), m_form);
    addLabelledRow(form, tr("&Place:"), m_place);
    addLabelledRow(form, tr("&Capacity:"), m_capacity);
    addLabelledRow(form, tr("Not&es:"), m_notes);

    auto* rosterBox = new QGroupBox(tr("&Roster"), this);
    (new QVBoxLayout(rosterBox))->addWidget(m_roster);
    rosterBox->setFocusProxy(m_roster);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setText(creating ? tr("&Save meeting") : tr("&Save changes"));
    save->setToolTip(tr("Ctrl+Return"));
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &GroupActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupActivityDialog::reject);
    connect(m_capacity, &QSpinBox::valueChanged, m_roster, &RosterEditor::setCapacity);
    connect(m_roster, &RosterEditor::notice, this, [this](const QString& text, bool error) {
        m_banner->show(error ? Banner::Kind::Error : Banner::Kind::Info, text);
    });

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(rosterBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    tabInRowOrder(form);
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(900, 560)));
    tabInLayoutOrder(this);
}

void GroupActivityDialog::fillFacilitators(const QStringList& checked)
{
    // The people the model accepts: active accounts that keep case records.
    for (const Account& a : AccountRepository(m_workspace.journal()).list()) {
        if (!(a.active && roleAllows(a.role, Permission::EditClinicalRecords)) &&
            !checked.contains(a.username))
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(a.displayName, a.username), m_facilitators);
        item->setData(Qt::UserRole, a.username);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(a.username) ? Qt::Checked : Qt::Unchecked);
    }
    m_facilitators->setCurrentRow(0);
}

GroupActivity GroupActivityDialog::collect() const
{
    GroupActivity a = m_activity;
    a.topic = m_topic->text();
    a.facilitators.clear();
    for (int i = 0; i < m_facilitators->count(); ++i)
        if (m_facilitators->item(i)->checkState() == Qt::Checked)
            a.facilitators << m_facilitators->item(i)->data(Qt::UserRole).toString();
    a.heldOn = m_heldOn->date();
    a.startsAt = m_startsAt->time();
    a.minutes = m_minutes->value();
    a.content = m_content->currentData().toString();
    a.form = m_form->currentData().toString();
    a.place = ServicePlaces::fromKey(m_place->currentData().toString()).value_or(ServicePlace::Centre);
    a.capacity = m_capacity->value();
    a.notes = m_notes->toPlainText();
    a.roster = m_roster->roster();
    return a;
}

QWidget* GroupActivityDialog::fieldFor(const QString& name) const
{
    const QHash<QString, QWidget*> fields{{QStringLiteral("topic"), m_topic},
                                          {QStringLiteral("facilitators"), m_facilitators},
                                          {QStringLiteral("held-on"), m_heldOn},
                                          {QStringLiteral("starts-at"), m_startsAt},
                                          {QStringLiteral("minutes"), m_minutes},
                                          {QStringLiteral("content"), m_content},
                                          {QStringLiteral("form"), m_form},
                                          {QStringLiteral("place"), m_place},
                                          {QStringLiteral("capacity"), m_capacity},
                                          {QStringLiteral("notes"), m_notes},
                                          {QStringLiteral("roster"), m_roster->list()},
                                          {QStringLiteral("repeat-until"), m_repeatUntil}};
    return fields.value(name);
}

void GroupActivityDialog::showError(const QString& message, QWidget* field)
{
    m_marks.refuse(m_banner, message, field);
}

void GroupActivityDialog::accept()
{
    m_marks.clear();
    for (DateField* d : {m_heldOn, m_repeatUntil})
        if (d && !d->isWellFormed()) {
            showError(tr("“%1” is not a date.").arg(d->text()), d);
            return;
        }
    GroupActivityRepository repo(m_workspace.journal());
    const GroupActivity activity = collect();
    const Result<GroupActivityRepository::Saved> r =
        m_activity.id.isEmpty()
            ? repo.create(m_workspace.actor(), activity, m_repeatUntil ? m_repeatUntil->date() : QDate())
            : repo.update(m_workspace.actor(), activity);
    if (!r) {
        showError(r.error().message, fieldFor(r.error().field));
        return;
    }
    m_savedIds = r.value().ids;
    m_warnings = r.value().warnings;
    QDialog::accept();
}

} // namespace kq::ui
