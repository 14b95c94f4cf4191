#pragma once

#include "sessions/GroupActivity.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// Takes the attendance of one meeting in one pass, by keyboard: "All present" (Alt+A), then arrow
// keys to an absentee and Space to mark them absent (Space again: present); Tab or F2 reaches the
// note of the row. Ctrl+Return saves through GroupActivityRepository::takeAttendance. Opening a
// meeting whose attendance was taken shows it for correction.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceDialog(Workspace& workspace, const GroupActivity& activity, QWidget* parent = nullptr);

    void accept() override;
    const QStringList& warnings() const { return m_warnings; }
    int presentCount() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markAllPresent();
    void toggle(int row);
    void showCount();
    QList<GroupActivity::Attendee> attendance() const;

    Workspace& m_workspace;
    QString m_activityId;
    Banner* m_banner;
    QTableWidget* m_table;
    QLabel* m_count;
    QStringList m_warnings;
};

} // namespace kq::ui
