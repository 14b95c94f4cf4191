#pragma once

#include "shell/WorkspacePage.h"
#include "staff/StaffTraining.h"

#include <QHash>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// Staff training for supervisors (issue 8): for a chosen year, every member of staff with
// qualification and direct service (both editable in the table), hours of training and whether
// they fall short of the 20 hours a year; below, the records of the selected person, added with
// Ctrl+N and deleted with Delete.
class StaffTrainingPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit StaffTrainingPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Staff training"); }
    void reload() override;
    void clearData() override;
    void activate() override;

private:
    enum StaffColumn { NameColumn, QualificationColumn, DirectColumn, HoursColumn, StatusColumn };

    void showStaff();
    void showRecords();
    void fillStatus(int row);
    void saveProfile(int row);
    void updateButtons();
    void addRecord();
    void deleteRecord();
    QString selectedUsername() const;
    QDate today() const;

    Workspace& m_workspace;
    Banner* m_banner;
    QSpinBox* m_year;
    QTableWidget* m_staffTable;
    QTableWidget* m_recordTable;
    QPushButton* m_add;
    QPushButton* m_delete;
    QList<StaffProfile> m_staff;         // rows of the staff table, in order
    QList<TrainingRecord> m_yearRecords; // every record of the year
    QList<TrainingRecord> m_shown;       // rows of the record table, in order
    QHash<QString, qint64> m_minutes;    // username → minutes this year
    bool m_filling = false;              // the tables are being filled: edits are not the user's
};

} // namespace kq::ui
