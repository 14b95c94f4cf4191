#pragma once

#include "assessments/Plan.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace kq::ui {

// The goals of a plan as a list edited in place: Add opens a new line for typing, F2 or Edit
// changes the selected goal, Delete or Remove takes it out. Each goal keeps its id, so the session
// logs linked to it stay linked when the next plan starts from this one.
class GoalsEditor : public QWidget {
    Q_OBJECT
public:
    explicit GoalsEditor(QWidget* parent = nullptr);

    void setGoals(const QList<Plan::Goal>& goals);
    QList<Plan::Goal> goals() const;
    QListWidget* list() const { return m_list; }
    // Selects goal `n` (from 1) and returns the list, for an error about "goal-<n>".
    QWidget* selectGoal(int n);

public Q_SLOTS:
    void addGoal();
    void editGoal();
    void removeGoal();

private:
    void dropBlankGoals();
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace kq::ui
