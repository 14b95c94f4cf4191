#pragma once

#include "common/FieldMarks.h"

#include <QDialog>

class QComboBox;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;
class GoalsEditor;
class ServicesEditor;

// Writes a rehabilitation plan (康复计划) from an intake or periodic assessment: when it starts
// and is reviewed, who is responsible, its goals and its services with their frequency. A new plan
// starts from a copy of the one in force, goals keeping their ids. Saved through PlanRepository,
// which refuses with a message naming the field at fault.
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    PlanDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
               QWidget* parent = nullptr);

    void accept() override;
    // True when the client has an intake or periodic assessment a plan can follow.
    bool hasAssessment() const;

private:
    void fillAssessments();
    void fillResponsible(const QString& preferred);
    QWidget* fieldFor(const QString& name) const;
    void showError(const QString& message, QWidget* field);

    Workspace& m_workspace;
    QString m_clientId;
    Banner* m_banner;
    QComboBox* m_assessment;
    DateField* m_startsOn;
    DateField* m_reviewOn;
    QComboBox* m_responsible;
    GoalsEditor* m_goals;
    ServicesEditor* m_services;
    int m_reviewMonths;
    bool m_reviewEdited = false; // typed by hand: no longer follows the start
    FieldMarks m_marks;
};

} // namespace kq::ui
