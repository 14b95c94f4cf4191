#pragma once

#include "assessments/Assessment.h"
#include "scales/ScaleLibrary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

// A client's assessments and plan (评估与计划): the plan in force, every assessment newest first
// with its scale results said in words, each opened in full with a double-click; and, for those
// who keep clinical records, recording an assessment of the kind the case calls for and writing
// the plan.
class AssessmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentsPanel(Workspace& workspace, QWidget* parent = nullptr);

    void showClient(const QString& clientId, const QString& clientName);
    void clear();
    // Open the dialogs for the client shown; true when something was saved.
    bool recordAssessment(Assessment::Kind kind);
    bool writePlan();

Q_SIGNALS:
    void changed(); // an assessment or plan was saved

private:
    void reload();
    void showPlan();
    void openAssessment(int row);

    Workspace& m_workspace;
    ScaleLibrary m_library;
    QString m_clientId;
    QString m_clientName;
    QWidget* m_actions;
    QComboBox* m_kind;
    QPushButton* m_record;
    QPushButton* m_writePlan;
    QLabel* m_plan;
    QTableWidget* m_assessments;
    QList<Assessment> m_shown; // the rows of the table
};

} // namespace kq::ui
