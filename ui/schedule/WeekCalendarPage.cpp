#include "WeekCalendarPage.h"

#include "WeekGridModel.h"
#include "accounts/AccountRepository.h"
#include "common/ColumnFit.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "sessions/Schedule.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kq::ui {

namespace {
// Page-wide keys: they work from the grid, the date and the staff filter alike.
void addShortcuts(QWidget* page, QPushButton* button, const QList<QKeySequence>& keys, const QString& tip)
{
    QStringList names;
    for (const QKeySequence& key : keys) {
        auto* shortcut = new QShortcut(key, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
        names << key.toString(QKeySequence::NativeText);
    }
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, names.join(QStringLiteral(", "))));
}
} // namespace

WeekCalendarPage::WeekCalendarPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_previous(new QPushButton(tr("Previous week"), this)),
      m_next(new QPushButton(tr("Next week"), this)), m_thisWeek(new QPushButton(tr("This week"), this)),
      m_date(new QDateEdit(this)), m_staff(new QComboBox(this)), m_summary(new QLabel(this)),
      m_model(new WeekGridModel(this)), m_view(new QTableView(this))
{
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_next->setObjectName(QStringLiteral("nextWeek"));
    m_thisWeek->setObjectName(QStringLiteral("thisWeek"));
    addShortcuts(this, m_previous, {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)},
                 tr("Show the week before"));
    addShortcuts(this, m_next, {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)},
                 tr("Show the week after"));
    addShortcuts(this, m_thisWeek, {QKeySequence(Qt::ALT | Qt::Key_Home)}, tr("Show the current week"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showWeekOf(m_monday.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeekOf(m_monday.addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { showWeekOf(today()); });

    m_date->setObjectName(QStringLiteral("weekDate"));
    m_date->setCalendarPopup(true);
    // Typed like every other date field (DateField): year-month-day, the same in both languages.
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Typing a date moves the week once, when it is complete (Enter or leaving the field).
    m_date->setKeyboardTracking(false);
    m_date->setAccessibleName(tr("Go to the week of"));
    m_date->setToolTip(tr("Shows the week that holds this date."));
    connect(m_date, &QDateEdit::dateChanged, this, &WeekCalendarPage::showWeekOf);
    auto* dateLabel = new QLabel(tr("&Go to:"), this);
    dateLabel->setBuddy(m_date);

    m_staff->setObjectName(QStringLiteral("staffFilter"));
    m_staff->setAccessibleName(tr("Staff"));
    m_staff->setToolTip(tr("Only this person's sessions, appointments and group activities."));
    m_staff->addItem(tr("Everyone"), QString());
    connect(m_staff, &QComboBox::currentIndexChanged, this, &WeekCalendarPage::refresh);
    auto* staffLabel = new QLabel(tr("S&taff:"), this);
    staffLabel->setBuddy(m_staff);

    m_summary->setObjectName(QStringLiteral("weekSummary"));
    m_summary->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("weekGrid"));
    tabLeavesTable(m_view);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the grid; arrows move within it
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    ColumnFit::installEvenly(m_view);
    m_view->setAccessibleName(tr("Week"));
    m_view->setToolTip(tr("Double-click or press Enter to open the client or the group activity."));
    connect(m_view, &QTableView::activated, this, &WeekCalendarPage::activateCell);
    // Wrapped text needs taller rows when the columns narrow.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view,
            &QTableView::resizeRowsToContents);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_thisWeek);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addSpacing(12);
    bar->addWidget(staffLabel);
    bar->addWidget(m_staff);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    tabInLayoutOrder(this);
}

void WeekCalendarPage::reload()
{
    fillStaff();
    if (m_monday.isValid())
        refresh();
    else
        showWeekOf(today());
}

void WeekCalendarPage::clearData()
{
    m_model->clear();
    m_summary->clear();
    const QSignalBlocker quiet(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("Everyone"), QString());
}

void WeekCalendarPage::activate()
{
    m_view->setFocus();
}

void WeekCalendarPage::showWeekOf(const QDate& day)
{
    if (!day.isValid())
        return;
    m_monday = day.addDays(1 - day.dayOfWeek());
    {
        const QSignalBlocker quiet(m_date);
        m_date->setDate(day);
    }
    refresh();
}

QDate WeekCalendarPage::today() const
{
    return m_workspace.clock().now().toLocalTime().date();
}

void WeekCalendarPage::fillStaff()
{
    const QString current = m_staff->currentData().toString();
    const QSignalBlocker quiet(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("Everyone"), QString());
    for (const Account& a : AccountRepository(m_workspace.journal()).list())
        if (a.active)
            m_staff->addItem(tr("%1 (%2)").arg(a.displayName, a.username), a.username);
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(current)));
}

void WeekCalendarPage::refresh()
{
    if (!m_workspace.isOpen() || !m_monday.isValid())
        return;
    const Actor& actor = m_workspace.actor();
    const QDate sunday = m_monday.addDays(WeekGridModel::kDays - 1);
    const QList<ScheduleEntry> entries =
        Schedule::between(m_workspace.database(), actor, m_monday, sunday, m_staff->currentData().toString());
    // Keep the cursor on the same day and hour from week to week.
    const QModelIndex was = m_view->currentIndex();
    m_model->setWeek(m_monday, entries, AccountRepository(m_workspace.journal()).displayNames(), today());
    QModelIndex current = was.isValid() ? m_model->index(was.row(), was.column()) : QModelIndex();
    if (!current.isValid())
        current = m_model->indexFor(today(), m_workspace.clock().now().toLocalTime().time());
    if (!current.isValid())
        current = m_model->index(WeekGridModel::rowFor(QTime(9, 0)), 0);
    m_view->setCurrentIndex(current);
    m_view->resizeRowsToContents();

    const QString range = tr("%1 to %2").arg(dateText(m_monday), dateText(sunday));
    m_view->setAccessibleName(tr("Week of %1").arg(dateText(m_monday)));
    if (!actor.can(Permission::ViewClients)) {
        m_summary->setText(tr("%1: your role may not see the calendar.").arg(range));
        return;
    }
    int counts[3] = {0, 0, 0};
    for (const ScheduleEntry& e : entries)
        ++counts[int(e.kind)];
    m_summary->setText(tr("%1: sessions %2, group activities %3, appointments %4")
                           .arg(range)
                           .arg(counts[int(ScheduleEntry::Kind::Session)])
                           .arg(counts[int(ScheduleEntry::Kind::GroupActivity)])
                           .arg(counts[int(ScheduleEntry::Kind::Appointment)]));
}

void WeekCalendarPage::activateCell(const QModelIndex& index)
{
    const QList<ScheduleEntry> entries = m_model->entriesAt(index);
    if (entries.size() == 1) {
        open(entries.first());
        return;
    }
    if (entries.isEmpty())
        return;
    // Several in one hour: the person picks one (arrows and Enter work in the menu).
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("entryMenu"));
    for (int i = 0; i < entries.size(); ++i)
        menu.addAction(WeekGridModel::entryText(entries[i]))->setData(i);
    const QRect cell = m_view->visualRect(index);
    if (const QAction* chosen = menu.exec(m_view->viewport()->mapToGlobal(cell.bottomLeft())))
        open(entries[chosen->data().toInt()]);
}

void WeekCalendarPage::open(const ScheduleEntry& entry)
{
    if (entry.kind == ScheduleEntry::Kind::GroupActivity)
        Q_EMIT openActivityRequested(entry.id);
    else
        Q_EMIT openClientRequested(entry.clientId);
}

} // namespace kq::ui
