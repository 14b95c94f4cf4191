#pragma once

#include "sessions/GroupActivity.h"

#include "common/FieldMarks.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;
class RosterEditor;

// Plans a group meeting (小组工作) or changes a stored one: topic, facilitators, when, service
// content and form, place, capacity and notes, a weekly repeat when creating, and the roster.
// Saved through GroupActivityRepository; a refusal is shown above the form with the field marked,
// and nothing typed is lost.
class GroupActivityDialog : public QDialog {
    Q_OBJECT
public:
    // A new meeting when activity.id is empty (activity gives the defaults), else the stored one.
    GroupActivityDialog(Workspace& workspace, const GroupActivity& activity, QWidget* parent = nullptr);

    void accept() override;
    // After accept: the meetings written and the gate's warnings, for the page to show.
    const QStringList& savedIds() const { return m_savedIds; }
    const QStringList& warnings() const { return m_warnings; }

private:
    void fillFacilitators(const QStringList& checked);
    GroupActivity collect() const;
    QWidget* fieldFor(const QString& name) const;
    void showError(const QString& message, QWidget* field);

    Workspace& m_workspace;
    GroupActivity m_activity;
    Banner* m_banner;
    QLineEdit* m_topic;
    QListWidget* m_facilitators;
    DateField* m_heldOn;
    QTimeEdit* m_startsAt;
    QSpinBox* m_minutes;
    QComboBox* m_content;
    QComboBox* m_form;
    QComboBox* m_place;
    QSpinBox* m_capacity;
    QPlainTextEdit* m_notes;
    DateField* m_repeatUntil = nullptr; // creating only
    RosterEditor* m_roster;
    FieldMarks m_marks;
    QStringList m_savedIds;
    QStringList m_warnings;
};

} // namespace kq::ui
