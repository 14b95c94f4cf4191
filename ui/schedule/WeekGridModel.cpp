#include "WeekGridModel.h"

#include "core/DateText.h"

#include <QLocale>

#include <algorithm>

namespace kq::ui {

namespace {
QString hhmm(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

WeekGridModel::WeekGridModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void WeekGridModel::setWeek(const QDate& monday, const QList<ScheduleEntry>& entries,
                            const QHash<QString, QString>& staffNames, const QDate& today)
{
    beginResetModel();
    m_monday = monday;
    m_today = today;
    m_staffNames = staffNames;
    m_cells = QList<QList<ScheduleEntry>>(kDays * kHours);
    for (const ScheduleEntry& e : entries) {
        const qint64 column = monday.daysTo(e.day);
        if (column < 0 || column >= kDays)
            continue;
        m_cells[int(column) * kHours + rowFor(e.startsAt)].append(e);
    }
    endResetModel();
}

void WeekGridModel::clear()
{
    beginResetModel();
    m_monday = {};
    m_cells.clear();
    m_staffNames.clear();
    endResetModel();
}

QList<ScheduleEntry> WeekGridModel::entriesAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || m_cells.isEmpty())
        return {};
    return m_cells[index.column() * kHours + index.row()];
}

QModelIndex WeekGridModel::indexFor(const QDate& day, const QTime& time) const
{
    const qint64 column = m_monday.isValid() ? m_monday.daysTo(day) : -1;
    if (column < 0 || column >= kDays)
        return {};
    return index(rowFor(time), int(column));
}

int WeekGridModel::rowFor(const QTime& time)
{
    // A day-only appointment goes to the top of its day.
    if (!time.isValid())
        return 0;
    return std::clamp(time.hour(), kFirstHour, kLastHour) - kFirstHour;
}

QString WeekGridModel::entryText(const ScheduleEntry& e)
{
    const QString time = e.startsAt.isValid() ? hhmm(e.startsAt) + u' ' : QString();
    switch (e.kind) {
    case ScheduleEntry::Kind::GroupActivity:
        return time + tr("Group: %1 (%2/%3)").arg(e.title).arg(e.rosterSize).arg(e.capacity);
    case ScheduleEntry::Kind::Session:
    case ScheduleEntry::Kind::Appointment:
        // An appointment's title is the word "Appointment": the kind is never only a colour.
        return time + tr("%1 · %2").arg(e.clientName, e.title);
    }
    return {};
}

QString WeekGridModel::staffText(const QStringList& usernames) const
{
    QStringList names;
    for (const QString& u : usernames)
        names << m_staffNames.value(u, u);
    return QLocale().createSeparatedList(names);
}

QString WeekGridModel::entryDetail(const ScheduleEntry& e) const
{
    QString when = e.startsAt.isValid() ? hhmm(e.startsAt) : tr("during the day");
    if (e.startsAt.isValid() && e.minutes > 0)
        when = QStringLiteral("%1–%2").arg(when, hhmm(e.startsAt.addSecs(e.minutes * 60)));
    const QString staff = staffText(e.staff);
    switch (e.kind) {
    case ScheduleEntry::Kind::Session:
        return tr("%1 Session with %2: %3. Staff: %4").arg(when, e.clientName, e.title, staff);
    case ScheduleEntry::Kind::Appointment:
        return tr("%1 Appointment with %2. Staff: %3").arg(when, e.clientName, staff);
    case ScheduleEntry::Kind::GroupActivity: {
        const QString attendance =
            e.attendanceTaken ? tr("attendance taken") : tr("attendance not yet taken");
        return tr("%1 Group activity: %2, %3 of %4 places taken, %5. Facilitators: %6")
            .arg(when, e.title)
            .arg(e.rosterSize)
            .arg(e.capacity)
            .arg(attendance, staff);
    }
    }
    return {};
}

QString WeekGridModel::dayHeader(int column) const
{
    const QDate day = dayOf(column);
    // "周一 11月23日" in Chinese, "Mon 23 Nov" in English; the year is in the page's summary.
    const QString text =
        QLocale().toString(day, QStringLiteral("ddd")) + QLatin1Char(' ') + dayMonthText(day);
    return day == m_today ? tr("%1 (today)").arg(text) : text;
}

QString WeekGridModel::hourHeader(int row) const
{
    return hhmm(QTime(kFirstHour + row, 0));
}

int WeekGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_cells.isEmpty() ? 0 : kHours;
}

int WeekGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_cells.isEmpty() ? 0 : kDays;
}

QVariant WeekGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<ScheduleEntry>& entries = m_cells[index.column() * kHours + index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        for (const ScheduleEntry& e : entries)
            lines << entryText(e);
        return lines.join(u'\n');
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ScheduleEntry& e : entries)
            lines << entryDetail(e).toHtmlEscaped();
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("<br>")));
    }
    case Qt::AccessibleTextRole: {
        // A screen reader hears the day and hour first, then what is there.
        const QString where = tr("%1, %2").arg(dayHeader(index.column()), hourHeader(index.row()));
        if (entries.isEmpty())
            return tr("%1: nothing").arg(where);
        QStringList lines;
        for (const ScheduleEntry& e : entries)
            lines << entryDetail(e);
        return tr("%1: %2").arg(where, lines.join(QStringLiteral("; ")));
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop));
    default:
        return {};
    }
}

QVariant WeekGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || m_cells.isEmpty())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < kDays ? QVariant(dayHeader(section)) : QVariant();
    return section >= 0 && section < kHours ? QVariant(hourHeader(section)) : QVariant();
}

} // namespace kq::ui
