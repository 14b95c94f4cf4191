#pragma once

#include "RowsEditor.h"
#include "assessments/Assessment.h"

namespace kq::ui {

// Who took part in an assessment: one row per person, the discipline and the name. A row left
// without a name means no one of that discipline took part, so the four disciplines pre-filled
// for an intake need no deleting.
class ParticipantsEditor : public RowsEditor {
    Q_OBJECT
public:
    explicit ParticipantsEditor(QWidget* parent = nullptr);

    void setParticipants(const QList<Assessment::Participant>& participants);
    // Rows with a name, in order. `rows` receives each one's row number (from 1), so that an
    // error about "participant-2-name" can be traced to the row on screen.
    QList<Assessment::Participant> participants(QList<int>* rows = nullptr) const;
    // The widget of row `row` (from 1): "role" or "name"; nullptr when there is none.
    QWidget* field(int row, const QString& part) const;

public Q_SLOTS:
    void addParticipant();

protected:
    void number(int row, const QList<QWidget*>& widgets, QPushButton* remove) override;
    QWidget* focusOf(const QList<QWidget*>& widgets) const override;

private:
    void addRow(const Assessment::Participant& p);
};

} // namespace kq::ui
