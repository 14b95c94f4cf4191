#pragma once

#include "assessments/Assessment.h"
#include "scales/ScaleLibrary.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;
class ParticipantsEditor;
class ScaleForm;

// Records one assessment of a client: an intake (综合评估, with its rehabilitation opinion), a
// periodic one during service, or the post-service (transfer) one that decides the outcome. Who
// took part, the scales filled in, the findings and the risk level; saved through
// AssessmentRepository, which refuses with a message naming the field at fault.
class AssessmentDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                     Assessment::Kind kind, QWidget* parent = nullptr);

    void accept() override;
    Assessment::Kind kind() const { return m_kind; }
    // Opens a scale of the library to fill in (once); nullptr when there is no such scale.
    ScaleForm* addScale(const QString& scaleId);
    ScaleForm* scaleForm(const QString& scaleId) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildDetails();
    QWidget* buildScales();
    Assessment assessment();
    void removeCurrentScale();
    void refreshPicker();
    QWidget* fieldFor(const QString& name) const;
    void showError(const QString& message, QWidget* field);

    Workspace& m_workspace;
    QString m_clientId;
    Assessment::Kind m_kind;
    ScaleLibrary m_library;
    Banner* m_banner;
    QScrollArea* m_details = nullptr; // the left column
    DateField* m_date = nullptr;
    ParticipantsEditor* m_participants = nullptr;
    QComboBox* m_risk = nullptr;
    QLabel* m_riskDefinition = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPlainTextEdit* m_opinion = nullptr;
    QComboBox* m_outcome = nullptr;
    QList<QComboBox*> m_ratings; // in AssessmentVocabulary::ratings() order; empty for an intake
    QComboBox* m_scalePicker = nullptr;
    QPushButton* m_addScale = nullptr;
    QPushButton* m_removeScale = nullptr;
    QLabel* m_noScales = nullptr;
    QTabWidget* m_scales = nullptr;
    QList<ScaleForm*> m_forms;                    // in tab order
    QList<int> m_participantRows;                 // row on screen of each participant sent with the last save
    QList<std::pair<QWidget*, QString>> m_marked; // fields marked invalid, with their own tooltips
};

} // namespace kq::ui
