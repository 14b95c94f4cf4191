#pragma once

#include "clients/ClientRecord.h"
#include "core/Result.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kq {
struct Actor;
}

namespace kq::ui {

class CountyEdit;
class DateField;
class GuardiansEditor;

// The client registration form. Tab order follows how the front desk asks the questions; a valid
// ID number fills in birth date and gender. The clinical section appears only for roles that may
// see it, read-only for those that may not change it.
class ClientEditWidget : public QWidget {
    Q_OBJECT
public:
    ClientEditWidget(const Actor& actor, const QStringList& caseManagers, QWidget* parent = nullptr);

    void setRecord(const ClientRecord& record);
    // The record as typed (not yet validated). Dates that are not dates come back invalid and are
    // reported by problems().
    ClientRecord record() const;
    // Input problems the model cannot see (a date typed as "1990-13-45").
    QList<Error> problems() const;
    // Marks the fields named in `errors` and focuses the first; clears earlier marks.
    void showErrors(const QList<Error>& errors);
    QWidget* fieldWidget(const QString& field) const;
    // The on-screen label of a field ("Phone"), so messages can say which field they mean.
    QString fieldLabel(const QString& field) const;

private:
    void fillFromIdNumber();

    ClientRecord m_base; // ids, rev and fields this form does not show
    bool m_clinicalVisible;
    QLineEdit* m_name;
    QLineEdit* m_idNumber;
    QComboBox* m_gender;
    DateField* m_birthDate;
    QLineEdit* m_phone;
    CountyEdit* m_residence;
    CountyEdit* m_household;
    QLineEdit* m_address;
    GuardiansEditor* m_guardians;
    QLineEdit* m_diagnosis;
    QComboBox* m_severe;
    QComboBox* m_risk;
    DateField* m_riskDate;
    QLineEdit* m_riskAssessor;
    QLabel* m_riskHelp;
    QLineEdit* m_certificate;
    QComboBox* m_disabilityLevel;
    QCheckBox* m_lowIncome;
    QCheckBox* m_hardship;
    QCheckBox* m_severeCare;
    QCheckBox* m_reward;
    QComboBox* m_insurance;
    QComboBox* m_caseManager;
    QPlainTextEdit* m_notes;
    QList<QPointer<QWidget>> m_marked; // guardian rows may be removed while marked
};

} // namespace kq::ui
