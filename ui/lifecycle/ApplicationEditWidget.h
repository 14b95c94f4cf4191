#pragma once

#include "lifecycle/Application.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace kq::ui {

class DateField;

// How and when a client applied: the way in decides which fields are shown (hospital and
// consent, applicant, reporter and channel, platform referral number).
class ApplicationEditWidget : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationEditWidget(const QDate& today, QWidget* parent = nullptr);

    Application application() const;
    void setApplication(const Application& application);
    // Marks the field the error names ("applied-on", "hospital", ...) and moves focus to it;
    // an empty error clears the marks.
    void showError(const Error& error);
    // A date typed that is not a date: the message to show, else empty.
    QString problem() const;

private:
    QComboBox* m_wayIn;
    DateField* m_appliedOn;
    QStackedWidget* m_pages;
    QLineEdit* m_hospital;
    QLineEdit* m_department;
    QLineEdit* m_doctor;
    QPlainTextEdit* m_summary;
    QCheckBox* m_patientConsented;
    QCheckBox* m_guardianConsented;
    QComboBox* m_applicant;
    QComboBox* m_reporterKind;
    QLineEdit* m_reporterName;
    QComboBox* m_channel;
    QLineEdit* m_platformReference;
    QLineEdit* m_fromOrganisation;
    QLineEdit* m_notes;
};

} // namespace kq::ui
