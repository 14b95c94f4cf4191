#pragma once

#include "shell/WorkspacePage.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace kq {
class Workspace;
struct ScheduleEntry;
} // namespace kq

namespace kq::ui {

class WeekGridModel;

// The centre's week, Monday to Sunday: sessions, group activities and appointments by day and
// hour, for everyone or one member of staff. Previous/next week, this week and a date to jump
// to; activating an entry opens its client or its group activity.
class WeekCalendarPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit WeekCalendarPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Calendar"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    // Shows the week (Monday to Sunday) that holds `day`.
    void showWeekOf(const QDate& day);
    QDate weekStart() const { return m_monday; }

Q_SIGNALS:
    void openClientRequested(const QString& clientId);
    void openActivityRequested(const QString& activityId);

private:
    void refresh();
    void fillStaff();
    void activateCell(const QModelIndex& index);
    void open(const ScheduleEntry& entry);
    QDate today() const;

    Workspace& m_workspace;
    QDate m_monday;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_thisWeek;
    QDateEdit* m_date;
    QComboBox* m_staff;
    QLabel* m_summary;
    WeekGridModel* m_model;
    QTableView* m_view;
};

} // namespace kq::ui
