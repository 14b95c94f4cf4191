#pragma once

#include "assessments/Plan.h"
#include "sessions/SessionLog.h"

#include "common/FieldMarks.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
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

// Writes one session log (服务记录), keyboard first: the dialog opens with every field filled from
// the client's plan and the author's last log and the focus in the observations, so a usual log is
// the notes plus Ctrl+Return. Opened on a stored log it edits it (the author, first 7 days), amends
// it with a reason (after that) or shows it read-only with its amendments.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { New, Edit, Amend, View };

    // A new log for the client.
    SessionDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                  QWidget* parent = nullptr);
    // A stored log: Edit, Amend or View as SessionLogRepository::changeAllowed says.
    SessionDialog(Workspace& workspace, const SessionLog& stored, const QString& clientName,
                  QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QString savedId() const { return m_savedId; }
    QStringList warnings() const { return m_warnings; } // the gate's, in warn mode
    void accept() override;

private:
    void build(const QString& clientName);
    void fillChoices();
    void fillDefaults();
    void showLog(const SessionLog& log);
    SessionLog collect() const;
    QWidget* fieldFor(const QString& name) const;
    void showError(const QString& message, QWidget* field);
    void showHistory();

    Workspace& m_workspace;
    Mode m_mode = Mode::New;
    SessionLog m_log;           // the stored log, or the client of a new one
    std::optional<Plan> m_plan; // the client's plan in force, if any
    QString m_savedId;
    QStringList m_warnings;
    Banner* m_banner;
    QComboBox* m_staff;
    DateField* m_heldOn;
    QTimeEdit* m_startsAt;
    QSpinBox* m_minutes;
    QListWidget* m_contents;
    QComboBox* m_form;
    QComboBox* m_place;
    QComboBox* m_goal;
    QPlainTextEdit* m_observations;
    QCheckBox* m_risk;
    QLineEdit* m_nextStep;
    DateField* m_nextOn;
    QLineEdit* m_nextAt;
    QLineEdit* m_reason;
    QLabel* m_history;
    FieldMarks m_marks;
};

} // namespace kq::ui
