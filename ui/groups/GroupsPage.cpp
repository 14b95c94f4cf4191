#include "GroupsPage.h"

#include "AttendanceDialog.h"
#include "BookingDialog.h"
#include "GroupActivityDialog.h"
#include "accounts/AccountRepository.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "sessions/GroupActivityRepository.h"
#include "store/Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kq::ui {

namespace {
enum Column { DateColumn, TimeColumn, TopicColumn, FacilitatorsColumn, RosterColumn, AttendanceColumn };
constexpr int kIdRole = Qt::UserRole;
constexpr int kDaysBack = 28;
constexpr int kDaysAhead = 56;
} // namespace

GroupsPage::GroupsPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_banner(new Banner(this)), m_from(new DateField(this)),
      m_to(new DateField(this)), m_list(new QTreeWidget(this)),
      m_new(new QPushButton(tr("&New meeting…"), this)), m_open(new QPushButton(tr("&Open…"), this)),
      m_book(new QPushButton(tr("&Book clients…"), this)),
      m_attendance(new QPushButton(tr("Take &attendance…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("groupsPage"));
    m_from->setObjectName(QStringLiteral("groupsFrom"));
    m_to->setObjectName(QStringLiteral("groupsTo"));
    for (DateField* d : {m_from, m_to})
        d->setMaximumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setAccessibleName(tr("Group meetings"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    ColumnFit::install(m_list, TopicColumn);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Time"), tr("Topic"), tr("Facilitators"), tr("Roster"), tr("Attendance")});
    m_new->setObjectName(QStringLiteral("newGroupActivity"));
    m_new->setToolTip(tr("Ctrl+N"));
    m_open->setObjectName(QStringLiteral("openGroupActivity"));
    m_book->setObjectName(QStringLiteral("bookClients"));
    m_book->setToolTip(tr("Enter"));
    m_attendance->setObjectName(QStringLiteral("takeAttendance"));
    m_attendance->setToolTip(tr("Ctrl+T"));
    m_delete->setObjectName(QStringLiteral("deleteGroupActivity"));

    auto* range = new QHBoxLayout;
    auto* fromForm = new QFormLayout;
    addLabelledRow(fromForm, tr("&From:"), m_from);
    auto* toForm = new QFormLayout;
    addLabelledRow(toForm, tr("&To:"), m_to);
    range->addLayout(fromForm);
    range->addLayout(toForm);
    range->addStretch();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_open, m_book, m_attendance, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(range);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    const auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newActivity(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (m_attendance->isVisible() && m_attendance->isEnabled())
            takeAttendance(currentId());
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newActivity(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openActivity(currentId()); });
    connect(m_book, &QPushButton::clicked, this, [this] { bookClients(currentId()); });
    connect(m_attendance, &QPushButton::clicked, this, [this] { takeAttendance(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, &GroupsPage::removeCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openActivity(item->data(0, kIdRole).toString()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &GroupsPage::updateButtons);
    // The list follows the range once both ends are whole dates.
    for (DateField* d : {m_from, m_to})
        connect(d, &QLineEdit::textChanged, this, [this, d] {
            markInvalid(d, !d->isWellFormed(), tr("Not a date."));
            if (m_from->date().isValid() && m_to->date().isValid())
                showList();
        });
    updateButtons();
    tabInLayoutOrder(this);
}

QDate GroupsPage::today() const
{
    return m_workspace.clock().now().toLocalTime().date();
}

bool GroupsPage::booksOnly() const
{
    const Actor& actor = m_workspace.actor();
    return actor.can(Permission::BookActivities) && !actor.can(Permission::EditClinicalRecords);
}

void GroupsPage::reload()
{
    const bool edits = m_workspace.actor().can(Permission::EditClinicalRecords);
    for (QPushButton* b : {m_new, m_attendance, m_delete})
        b->setVisible(edits);
    // The front desk books clients onto meetings; the case managers plan them.
    m_open->setVisible(!booksOnly());
    m_book->setVisible(booksOnly());
    if (!m_from->date().isValid() || !m_to->date().isValid()) {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(today().addDays(-kDaysBack));
        m_to->setDate(today().addDays(kDaysAhead));
    }
    showList();
}

void GroupsPage::clearData()
{
    m_shown.clear();
    m_list->clear();
    m_banner->show(Banner::Kind::Info, {});
    updateButtons();
}

void GroupsPage::activate()
{
    m_list->setFocus();
}

void GroupsPage::showList()
{
    if (!m_workspace.isOpen())
        return;
    const QString selected = currentId();
    const Result<QList<GroupActivity>> r = GroupActivityRepository(m_workspace.journal())
                                               .between(m_workspace.actor(), m_from->date(), m_to->date());
    m_list->clear();
    m_shown.clear();
    if (!r) {
        m_banner->showError(r.error().message);
        updateButtons();
        return;
    }
    // Upcoming, soonest first, then past, latest first: the meetings people look for are at the top.
    QList<GroupActivity> upcoming;
    QList<GroupActivity> past;
    for (const GroupActivity& a : r.value())
        (a.heldOn >= today() ? upcoming : past).append(a);
    std::reverse(past.begin(), past.end());
    const QHash<QString, QString> names = AccountRepository(m_workspace.journal()).displayNames();
    for (const GroupActivity& a : upcoming + past) {
        m_shown.insert(a.id, a);
        QStringList facilitators;
        for (const QString& f : a.facilitators)
            facilitators << names.value(f, f);
        auto* item = new QTreeWidgetItem(
            m_list, {dateText(a.heldOn), a.startsAt.toString(QStringLiteral("HH:mm")), a.topic,
                     facilitators.join(tr(", ")), tr("%1 / %2").arg(a.roster.size()).arg(a.capacity),
                     a.attendanceTaken() ? tr("%n present", nullptr, a.presentCount()) : tr("Not yet")});
        item->setData(0, kIdRole, a.id);
        if (a.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString GroupsPage::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void GroupsPage::select(const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void GroupsPage::updateButtons()
{
    const auto it = m_shown.constFind(currentId());
    const bool selected = it != m_shown.cend();
    m_open->setEnabled(selected);
    m_book->setEnabled(selected && !it->attendanceTaken());
    // Attendance from the day of the meeting on; a meeting with attendance is kept.
    m_attendance->setEnabled(selected && it->heldOn <= today());
    m_delete->setEnabled(selected && !it->attendanceTaken());
}

void GroupsPage::newActivity(const QDate& day)
{
    if (!m_workspace.actor().can(Permission::EditClinicalRecords))
        return;
    GroupActivity defaults;
    defaults.heldOn = day.isValid() ? day : today();
    GroupActivityDialog dialog(m_workspace, defaults, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_list->setFocus(); // keys go back to the list
    if (!saved)
        return;
    showList();
    select(dialog.savedIds().value(0));
    QString text = tr("%n meeting(s) planned.", nullptr, int(dialog.savedIds().size()));
    if (!dialog.warnings().isEmpty())
        text += QLatin1Char('\n') + dialog.warnings().join(QLatin1Char('\n'));
    m_banner->show(dialog.warnings().isEmpty() ? Banner::Kind::Success : Banner::Kind::Info, text);
}

void GroupsPage::openActivity(const QString& id)
{
    if (id.isEmpty())
        return;
    if (booksOnly()) {
        bookClients(id);
        return;
    }
    const std::optional<GroupActivity> found = load(id);
    if (!found)
        return;
    GroupActivityDialog dialog(m_workspace, *found, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_list->setFocus(); // keys go back to the list
    if (saved)
        showSaved(id, tr("The meeting was saved."), dialog.warnings());
}

void GroupsPage::bookClients(const QString& id)
{
    if (id.isEmpty() || !m_workspace.actor().can(Permission::BookActivities))
        return;
    const std::optional<GroupActivity> found = load(id);
    if (!found)
        return;
    if (found->attendanceTaken()) {
        m_banner->show(Banner::Kind::Info,
                       tr("Attendance has been taken for “%1”, so its roster is kept.").arg(found->topic));
        return;
    }
    BookingDialog dialog(m_workspace, *found, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_list->setFocus(); // keys go back to the list
    if (saved)
        showSaved(id, tr("The roster of “%1” was saved.").arg(found->topic), dialog.warnings());
}

void GroupsPage::takeAttendance(const QString& id)
{
    if (id.isEmpty())
        return;
    const std::optional<GroupActivity> found = load(id);
    if (!found)
        return;
    AttendanceDialog dialog(m_workspace, *found, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_list->setFocus(); // keys go back to the list
    if (saved)
        showSaved(id, tr("Attendance saved: %n present.", nullptr, dialog.presentCount()), dialog.warnings());
}

std::optional<GroupActivity> GroupsPage::load(const QString& id)
{
    Result<GroupActivity> found =
        GroupActivityRepository(m_workspace.journal()).find(m_workspace.actor(), id);
    if (!found) {
        m_banner->showError(found.error().message);
        return std::nullopt;
    }
    return found.take();
}

// After a dialog saved: the list again, the meeting selected, what was done and the gate's warnings.
void GroupsPage::showSaved(const QString& id, const QString& done, const QStringList& warnings)
{
    showList();
    select(id);
    m_banner->show(warnings.isEmpty() ? Banner::Kind::Success : Banner::Kind::Info,
                   (QStringList{done} + warnings).join(QLatin1Char('\n')));
}

void GroupsPage::removeCurrent()
{
    const QString id = currentId();
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete meeting"),
                              tr("Delete the meeting “%1” of %2?").arg(it->topic, dateText(it->heldOn)));
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> r = GroupActivityRepository(m_workspace.journal()).remove(m_workspace.actor(), id);
    if (!r) {
        m_banner->showError(r.error().message);
        return;
    }
    showList();
    m_banner->show(Banner::Kind::Success, tr("The meeting was deleted."));
}

} // namespace kq::ui
