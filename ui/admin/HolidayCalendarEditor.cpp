#include "HolidayCalendarEditor.h"

#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TableKeys.h"
#include "core/DateText.h"
#include "lifecycle/CalendarRepository.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
constexpr int kMaxRangeDays = 31; // a holiday period is at most a few weeks
}

HolidayCalendarEditor::HolidayCalendarEditor(Workspace& workspace, Banner* banner, QWidget* parent)
    : QGroupBox(tr("Holidays and adjusted working days"), parent), m_workspace(workspace), m_banner(banner),
      m_days(new QTableWidget(0, 3, this)), m_from(new DateField(this)), m_to(new DateField(this)),
      m_kind(new QComboBox(this)), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("holidayCalendar"));
    m_days->setObjectName(QStringLiteral("calendarDays"));
    tabLeavesTable(m_days);
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    ColumnFit::install(m_days);
    m_days->setAccessibleName(tr("Holidays and adjusted working days"));
    m_from->setObjectName(QStringLiteral("holidayFrom"));
    m_to->setObjectName(QStringLiteral("holidayTo"));
    m_to->setPlaceholderText(tr("(one day)"));
    m_kind->setObjectName(QStringLiteral("holidayKind"));
    m_kind->addItem(tr("Public holiday (no work)"), QStringLiteral("holiday"));
    m_kind->addItem(tr("Working day on a weekend (调休)"), QStringLiteral("workday"));
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setMaxLength(60);
    refuseOverlongInput(m_name);
    m_name->setPlaceholderText(tr("e.g. 国庆节"));

    auto* form = new QFormLayout;
    addLabelledRow(form, tr("&From:"), m_from);
    addLabelledRow(form, tr("&To:"), m_to);
    addLabelledRow(form, tr("&Kind:"), m_kind);
    addLabelledRow(form, tr("Na&me:"), m_name);
    auto* addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addHoliday"));
    auto* removeButton = new QPushButton(tr("&Remove selected"), this);
    removeButton->setObjectName(QStringLiteral("removeHoliday"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    form->addRow(QString(), buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_days, 1);
    layout->addLayout(form);
    connect(addButton, &QPushButton::clicked, this, &HolidayCalendarEditor::add);
    connect(m_name, &QLineEdit::returnPressed, this, &HolidayCalendarEditor::add);
    connect(removeButton, &QPushButton::clicked, this, &HolidayCalendarEditor::removeSelected);
}

void HolidayCalendarEditor::reload()
{
    const WorkingCalendar calendar = CalendarRepository(m_workspace.journal()).load();
    const auto& days = calendar.exceptions();
    m_days->setRowCount(int(days.size()));
    int row = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it, ++row) {
        const bool workday = it->kind == WorkingCalendar::DayKind::Workday;
        const QStringList cells{weekdayDateText(it.key()), workday ? tr("Working day") : tr("Holiday"),
                                it->name};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, it.key());
            m_days->setItem(row, c, item);
        }
    }
}

void HolidayCalendarEditor::clearData()
{
    m_days->setRowCount(0);
}

void HolidayCalendarEditor::add()
{
    const QDate from = m_from->date();
    const QDate to = m_to->text().trimmed().isEmpty() ? from : m_to->date();
    if (!from.isValid()) {
        m_banner->showError(tr("From: enter a date, e.g. 2026-10-01."));
        m_from->setFocus();
        return;
    }
    if (!to.isValid() || to < from || from.daysTo(to) >= kMaxRangeDays) {
        m_banner->showError(
            tr("To: enter a date on or after the first day, at most %1 days later.").arg(kMaxRangeDays));
        m_to->setFocus();
        return;
    }
    const auto kind = m_kind->currentData().toString() == u"workday" ? WorkingCalendar::DayKind::Workday
                                                                     : WorkingCalendar::DayKind::Holiday;
    CalendarRepository calendar(m_workspace.journal());
    int added = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (Result<void> r = calendar.set(m_workspace.actor(), d, kind, m_name->text()); !r) {
            m_banner->showError(r.error().message);
            reload();
            return;
        }
        ++added;
    }
    reload();
    m_banner->show(Banner::Kind::Success, tr("%n day(s) added to the calendar.", nullptr, added));
    m_from->clear();
    m_to->clear();
    m_from->setFocus();
}

void HolidayCalendarEditor::removeSelected()
{
    const QModelIndexList rows = m_days->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_banner->showError(tr("Select the days to remove in the list first."));
        return;
    }
    CalendarRepository calendar(m_workspace.journal());
    for (const QModelIndex& index : rows) {
        const QDate day = m_days->item(index.row(), 0)->data(Qt::UserRole).toDate();
        if (Result<void> r = calendar.remove(m_workspace.actor(), day); !r) {
            m_banner->showError(r.error().message);
            break;
        }
    }
    reload();
}

} // namespace kq::ui
