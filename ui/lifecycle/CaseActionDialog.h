#pragma once

#include "lifecycle/CaseAction.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace kq {
class Workspace;
}

namespace kq::ui {

class ApplicationEditWidget;
class Banner;
class CountyEdit;
class DateField;

// Records one lifecycle action for a client: shows only what that action asks for (when, why,
// which document, and its details such as the hospital of a green-channel referral), and saves
// through LifecycleService, which refuses with a message naming what is missing.
class CaseActionDialog : public QDialog {
    Q_OBJECT
public:
    CaseActionDialog(Workspace& workspace, const QString& clientId, const QString& clientName,
                     CaseAction action, QWidget* parent = nullptr);

    void accept() override;
    CaseAction action() const { return m_action; }

private:
    QWidget* fieldFor(const QString& name) const;

    Workspace& m_workspace;
    QString m_clientId;
    CaseAction m_action;
    Banner* m_banner;
    QDateTimeEdit* m_at;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_document = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_centre = nullptr;
    QLineEdit* m_hospital = nullptr;
    CountyEdit* m_county = nullptr;
    DateField* m_followUp = nullptr;
    ApplicationEditWidget* m_application = nullptr;
    QList<QWidget*> m_marked;
};

} // namespace kq::ui
