#pragma once

#include "sessions/Schedule.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kq::ui {

// A week as a grid: one column per day from Monday, one row per hour from kFirstHour to kLastHour
// (earlier entries go to the first row, later ones to the last). A cell lists its entries one a
// line, each saying its kind in words ("14:00 Group: 社交技能 (8/12)").
class WeekGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 20;
    static constexpr int kDays = 7;
    static constexpr int kHours = kLastHour - kFirstHour + 1;

    explicit WeekGridModel(QObject* parent = nullptr);

    // `staffNames` maps usernames to display names, for the tooltips; `today` is marked in its header.
    void setWeek(const QDate& monday, const QList<ScheduleEntry>& entries,
                 const QHash<QString, QString>& staffNames, const QDate& today);
    void clear();
    QDate monday() const { return m_monday; }
    QDate dayOf(int column) const { return m_monday.addDays(column); }
    // The entries shown in a cell, in time order.
    QList<ScheduleEntry> entriesAt(const QModelIndex& index) const;
    // The cell an entry is shown in: its day's column, its hour's row (clamped to the grid).
    QModelIndex indexFor(const QDate& day, const QTime& time) const;

    static QString entryText(const ScheduleEntry& entry);
    static int rowFor(const QTime& time);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString entryDetail(const ScheduleEntry& entry) const;
    QString staffText(const QStringList& usernames) const;
    QString dayHeader(int column) const;
    QString hourHeader(int row) const;

    QDate m_monday;
    QDate m_today;
    QList<QList<ScheduleEntry>> m_cells; // column * kHours + row; empty while cleared
    QHash<QString, QString> m_staffNames;
};

} // namespace kq::ui
