#include "SessionDialog.h"

#include "accounts/AccountRepository.h"
#include "assessments/PlanRepository.h"
#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FieldMarks.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "services/ServiceCatalogue.h"
#include "sessions/SessionLogRepository.h"
#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
// "9:30", "09:30" or "0930"; invalid for anything else.
QTime parseTime(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : {"H:mm", "HH:mm", "HHmm"})
        if (const QTime time = QTime::fromString(t, QLatin1String(format)); time.isValid())
            return time;
    return {};
}
} // namespace

SessionDialog::SessionDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                             QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    m_log.clientId = clientId;
    build(clientName);
    fillChoices();
    fillDefaults();
    m_observations->setFocus();
    tabInLayoutOrder(this);
}

SessionDialog::SessionDialog(Workspace& workspace, const SessionLog& stored, const QString& clientName,
                             QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_log(stored)
{
    switch (SessionLogRepository(workspace.journal()).changeAllowed(workspace.actor(), stored)) {
    case SessionLogRepository::Change::Edit:
        m_mode = Mode::Edit;
        break;
    case SessionLogRepository::Change::Amend:
        m_mode = Mode::Amend;
        break;
    case SessionLogRepository::Change::None:
        m_mode = Mode::View;
        break;
    }
    build(clientName);
    fillChoices();
    showLog(stored);
    showHistory();
    if (m_mode == Mode::Amend)
        m_banner->show(
            Banner::Kind::Info,
            tr("This log was written more than %n day(s) ago. Your changes are kept as an amendment "
               "next to the original; say why below.",
               nullptr, SessionLog::kEditDays));
    else if (m_mode == Mode::View)
        m_banner->show(Banner::Kind::Info, tr("Only %1, who wrote this log, may change it until %2.")
                                               .arg(stored.createdBy, dateTimeText(stored.editableUntil())));
    m_observations->setFocus();
    tabInLayoutOrder(this);
}

void SessionDialog::build(const QString& clientName)
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(m_mode == Mode::New
                       ? tr("Session log – %1").arg(clientName)
                       : tr("Session log of %1 – %2").arg(dateText(m_log.heldOn), clientName));
    m_banner = new Banner(this);
    m_staff = new QComboBox(this);
    m_heldOn = new DateField(this);
    m_startsAt = new QTimeEdit(this);
    m_minutes = new QSpinBox(this);
    m_contents = new QListWidget(this);
    m_form = new QComboBox(this);
    m_place = new QComboBox(this);
    m_goal = new QComboBox(this);
    m_observations = new QPlainTextEdit(this);
    m_risk = new QCheckBox(tr("&Risk noticed: the client needs attention soon"), this);
    m_nextStep = new QLineEdit(this);
    m_nextOn = new DateField(this);
    m_nextAt = new QLineEdit(this);
    m_reason = new QLineEdit(this);
    m_history = new QLabel(this);
    const std::pair<QWidget*, const char*> names[] = {
        {m_staff, "staff"},     {m_heldOn, "heldOn"},     {m_startsAt, "startsAt"},
        {m_minutes, "minutes"}, {m_contents, "contents"}, {m_form, "form"},
        {m_place, "place"},     {m_goal, "goal"},         {m_observations, "observations"},
        {m_risk, "riskFlag"},   {m_nextStep, "nextStep"}, {m_nextOn, "nextOn"},
        {m_nextAt, "nextAt"},   {m_reason, "reason"},     {m_history, "history"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    const QDate today = m_workspace.clock().now().toLocalTime().date();
    m_heldOn->setToday(today);
    m_nextOn->setToday(today);
    m_startsAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_startsAt->setAccessibleName(tr("Start time"));
    m_minutes->setRange(1, SessionLog::kMaxMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_contents->setToolTip(
        tr("Space ticks or unticks the highlighted content; a session may cover several."));
    m_contents->setMaximumHeight(m_contents->fontMetrics().lineSpacing() * 6);
    m_observations->setTabChangesFocus(true); // Tab moves on; the notes are one field among others
    m_observations->setPlaceholderText(tr("What was done, how the client responded, what you noticed"));
    m_observations->setMinimumHeight(m_observations->fontMetrics().lineSpacing() * 6);
    m_nextAt->setPlaceholderText(tr("HH:MM"));
    m_nextAt->setMaxLength(5);
    refuseOverlongInput(m_nextAt);
    m_nextAt->setAccessibleName(tr("Time of the next appointment"));
    m_nextAt->setMaximumWidth(m_nextAt->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) * 2);
    for (DateField* d : {m_heldOn, m_nextOn})
        d->setMaximumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);

    auto* when = new QHBoxLayout;
    when->addWidget(m_heldOn);
    when->addWidget(m_startsAt);
    when->addWidget(m_minutes);
    when->addStretch();
    auto* next = new QHBoxLayout;
    next->addWidget(m_nextOn);
    next->addWidget(m_nextAt);
    next->addStretch();
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("S&taff:"), m_staff);
    form->addRow(new QLabel(tr("&Date, start, duration:"), this), when);
    qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget())
        ->setBuddy(m_heldOn);
    addLabelledRow(form, tr("Service &contents:"), m_contents);
    addLabelledRow(form, tr("Service f&orm:"), m_form);
    addLabelledRow(form, tr("P&lace:"), m_place);
    addLabelledRow(form, tr("Plan &goal:"), m_goal);
    addLabelledRow(form, tr("Obser&vations:"), m_observations);
    form->addRow(QString(), m_risk);
    addLabelledRow(form, tr("Ne&xt step:"), m_nextStep);
    form->addRow(new QLabel(tr("Next &appointment:"), this), next);
    qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget())
        ->setBuddy(m_nextOn);
    if (m_mode == Mode::Amend)
        addLabelledRow(form, tr("Reason for the a&mendment:"), m_reason);
    else
        m_reason->hide();
    // Tab follows the form as shown.
    QWidget* order[] = {m_staff, m_heldOn,       m_startsAt, m_minutes,  m_contents, m_form,   m_place,
                        m_goal,  m_observations, m_risk,     m_nextStep, m_nextOn,   m_nextAt, m_reason};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->hide();

    auto* buttons = new QDialogButtonBox(this);
    if (m_mode == Mode::View) {
        buttons->setStandardButtons(QDialogButtonBox::Close);
        for (QWidget* w : order)
            w->setEnabled(false);
    } else {
        buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        QPushButton* save = buttons->button(QDialogButtonBox::Save);
        save->setObjectName(QStringLiteral("save"));
        save->setText(m_mode == Mode::Amend ? tr("Save &amendment") : tr("&Save log"));
        save->setToolTip(tr("Ctrl+Return"));
        // Enter belongs to the notes (a new line); Ctrl+Return saves from any field.
        save->setAutoDefault(false);
        save->setDefault(false);
        for (const QKeySequence& key :
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
            connect(new QShortcut(key, this), &QShortcut::activated, this, &SessionDialog::accept);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_history);
    layout->addWidget(buttons);
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(720, 0)));
}

void SessionDialog::fillChoices()
{
    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_workspace.database());
    // The people the model accepts; a stored log keeps its author even after they left.
    for (const Account& a : AccountRepository(m_workspace.journal()).list())
        if ((a.active && roleAllows(a.role, Permission::EditClinicalRecords)) || a.username == m_log.staff)
            m_staff->addItem(tr("%1 (%2)").arg(a.displayName, a.username), a.username);
    for (const ServiceEntry& e : catalogue.entries(ServiceCatalogue::List::Contents)) {
        if (!e.active && !m_log.contents.contains(e.key))
            continue;
        auto* item = new QListWidgetItem(ServiceCatalogue::displayName(e), m_contents);
        item->setData(Qt::UserRole, e.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const ServiceEntry& e : catalogue.entries(ServiceCatalogue::List::Forms))
        if (e.active || e.key == m_log.form)
            m_form->addItem(ServiceCatalogue::displayName(e), e.key);
    for (ServicePlace p : ServicePlaces::all())
        m_place->addItem(ServicePlaces::name(p), ServicePlaces::key(p));
    m_goal->addItem(tr("(none)"), QString());
    // Read once: the goals offered here and, for a new log, the defaults.
    if (Result<Plan> plan =
            PlanRepository(m_workspace.journal()).current(m_workspace.actor(), m_log.clientId))
        m_plan = plan.take();
    if (m_plan)
        for (const Plan::Goal& g : m_plan->goals)
            m_goal->addItem(g.text, g.id);
    if (!m_log.goalId.isEmpty() && m_goal->findData(m_log.goalId) < 0)
        m_goal->addItem(tr("(a goal of an earlier plan)"), m_log.goalId);
}

// A usual session is like the last one: the author's last log for this client, else the plan's
// first service; the time and length of the author's last log of anyone.
void SessionDialog::fillDefaults()
{
    const Actor& actor = m_workspace.actor();
    const QDateTime now = m_workspace.clock().now().toLocalTime();
    SessionLog d;
    d.clientId = m_log.clientId;
    d.staff = actor.username;
    d.heldOn = now.date();
    d.minutes = 60;
    d.form = QStringLiteral("case_management");
    if (m_plan) {
        if (!m_plan->services.isEmpty()) {
            d.contents = {m_plan->services.first().content};
            d.form = m_plan->services.first().form;
        }
        if (!m_plan->goals.isEmpty())
            d.goalId = m_plan->goals.first().id;
    }
    const std::optional<SessionLog> last =
        SessionLogRepository(m_workspace.journal()).latestBy(actor, actor.username, m_log.clientId);
    if (last) {
        d.minutes = last->minutes;
        d.place = last->place;
        if (last->clientId == m_log.clientId) {
            d.contents = last->contents;
            d.form = last->form;
            if (!last->goalId.isEmpty())
                d.goalId = last->goalId;
            d.startsAt = last->startsAt;
        }
    }
    if (!d.startsAt.isValid()) {
        // Written just after the session: it started about its length ago, on a five-minute mark.
        const int minute = now.time().addSecs(-60 * d.minutes).msecsSinceStartOfDay() / 60000;
        d.startsAt = QTime(0, 0).addSecs(60 * (minute - minute % 5));
    }
    if (m_staff->findData(d.staff) < 0)
        d.staff.clear();
    showLog(d);
}

void SessionDialog::showLog(const SessionLog& log)
{
    m_staff->setCurrentIndex(m_staff->findData(log.staff));
    m_heldOn->setDate(log.heldOn);
    m_startsAt->setTime(log.startsAt);
    m_minutes->setValue(log.minutes);
    int firstTicked = -1;
    for (int i = 0; i < m_contents->count(); ++i) {
        QListWidgetItem* item = m_contents->item(i);
        const bool ticked = log.contents.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        if (ticked && firstTicked < 0)
            firstTicked = i;
    }
    // The list is taller than its box: show what is ticked.
    m_contents->setCurrentRow(std::max(0, firstTicked));
    m_contents->scrollToItem(m_contents->currentItem(), QAbstractItemView::PositionAtTop);
    m_form->setCurrentIndex(std::max(0, m_form->findData(log.form)));
    m_place->setCurrentIndex(m_place->findData(ServicePlaces::key(log.place)));
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(log.goalId)));
    m_observations->setPlainText(log.observations);
    m_risk->setChecked(log.riskFlag);
    m_nextStep->setText(log.nextStep);
    m_nextOn->setDate(log.nextOn);
    m_nextAt->setText(log.nextAt.isValid() ? log.nextAt.toString(QStringLiteral("HH:mm")) : QString());
}

void SessionDialog::showHistory()
{
    const Result<QList<SessionAmendment>> all =
        SessionLogRepository(m_workspace.journal()).amendments(m_workspace.actor(), m_log.id);
    if (!all || all.value().isEmpty())
        return;
    QString html = tr("<b>Amendments</b> (the log above shows the amended text):");
    html += QStringLiteral("<ul>");
    for (const SessionAmendment& a : all.value()) {
        QStringList changes;
        for (auto it = a.before.cbegin(); it != a.before.cend(); ++it)
            changes << tr("%1 was “%2”").arg(it.key(), it.value().toString().toHtmlEscaped());
        html += QStringLiteral("<li>") +
                tr("%1 by %2: %3. %4")
                    .arg(dateTimeText(a.amendedAt), a.amendedBy.toHtmlEscaped(), a.reason.toHtmlEscaped(),
                         changes.join(QStringLiteral("; "))) +
                QStringLiteral("</li>");
    }
    m_history->setText(html + QStringLiteral("</ul>"));
    m_history->show();
}

SessionLog SessionDialog::collect() const
{
    SessionLog l = m_log;
    l.staff = m_staff->currentData().toString();
    l.heldOn = m_heldOn->date();
    l.startsAt = m_startsAt->time();
    l.minutes = m_minutes->value();
    l.contents.clear();
    for (int i = 0; i < m_contents->count(); ++i)
        if (m_contents->item(i)->checkState() == Qt::Checked)
            l.contents << m_contents->item(i)->data(Qt::UserRole).toString();
    l.form = m_form->currentData().toString();
    l.place = ServicePlaces::fromKey(m_place->currentData().toString()).value_or(ServicePlace::Centre);
    l.goalId = m_goal->currentData().toString();
    l.observations = m_observations->toPlainText();
    l.riskFlag = m_risk->isChecked();
    l.nextStep = m_nextStep->text();
    l.nextOn = m_nextOn->date();
    l.nextAt = parseTime(m_nextAt->text());
    return l;
}

QWidget* SessionDialog::fieldFor(const QString& name) const
{
    const std::pair<const char*, QWidget*> fields[] = {
        {"staff", m_staff},        {"held-on", m_heldOn},    {"starts-at", m_startsAt},
        {"minutes", m_minutes},    {"contents", m_contents}, {"form", m_form},
        {"place", m_place},        {"goal", m_goal},         {"observations", m_observations},
        {"next-step", m_nextStep}, {"next-on", m_nextOn},    {"next-at", m_nextAt},
        {"reason", m_reason},      {"consent", m_heldOn},    {"agreement", m_heldOn}};
    for (const auto& [key, widget] : fields)
        if (name == QLatin1String(key))
            return widget;
    return nullptr;
}

void SessionDialog::showError(const QString& message, QWidget* field)
{
    m_marks.refuse(m_banner, message, field);
}

void SessionDialog::accept()
{
    if (m_mode == Mode::View) {
        QDialog::accept();
        return;
    }
    m_marks.clear();
    for (DateField* d : {m_heldOn, m_nextOn})
        if (!d->isWellFormed()) {
            showError(tr("“%1” is not a date.").arg(d->text()), d);
            return;
        }
    if (!m_nextAt->text().trimmed().isEmpty() && !parseTime(m_nextAt->text()).isValid()) {
        showError(tr("“%1” is not a time; write it as 14:30.").arg(m_nextAt->text()), m_nextAt);
        return;
    }
    SessionLogRepository sessions(m_workspace.journal());
    const Actor& actor = m_workspace.actor();
    const SessionLog log = collect();
    Result<SessionLogRepository::Saved> r = m_mode == Mode::New ? sessions.save(actor, log)
                                            : m_mode == Mode::Edit
                                                ? sessions.edit(actor, log)
                                                : sessions.amend(actor, log, m_reason->text());
    if (!r) {
        showError(r.error().message, fieldFor(r.error().field));
        return;
    }
    m_savedId = r.value().id;
    m_warnings = r.value().warnings;
    QDialog::accept();
}

} // namespace kq::ui
