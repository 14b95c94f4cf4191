#pragma once

#include "common/FieldMarks.h"
#include "staff/StaffTraining.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;

// Adds one training record for a member of staff. Enter or Ctrl+Return saves; a refusal stays
// open with the reason in the banner and the field named by it marked and focused.
class TrainingRecordDialog : public QDialog {
    Q_OBJECT
public:
    // `staff` fills the person list; `username` is chosen first; `today` is the default date.
    TrainingRecordDialog(Workspace& workspace, const QList<StaffProfile>& staff, const QString& username,
                         const QDate& today, QWidget* parent = nullptr);

    void accept() override;
    QString savedId() const { return m_savedId; }

private:
    void refuse(const QString& message, const QString& field);

    Workspace& m_workspace;
    Banner* m_banner;
    QComboBox* m_person;
    DateField* m_date;
    QLineEdit* m_hours;
    QLineEdit* m_topic;
    QLineEdit* m_provider;
    FieldMarks m_marks;
    QString m_savedId;
};

} // namespace kq::ui
