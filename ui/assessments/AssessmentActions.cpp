#include "AssessmentActions.h"

#include "AssessmentDialog.h"
#include "PlanDialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace kq::ui::AssessmentActions {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AssessmentActions)
};
} // namespace

Assessment::Kind defaultKind(CaseState state)
{
    switch (state) {
    case CaseState::InService:
    case CaseState::Hospitalised:
    case CaseState::Closed:
    case CaseState::TransferredOut:
        return Assessment::Kind::Periodic;
    default:
        return Assessment::Kind::Intake;
    }
}

bool recordAssessment(Workspace& workspace, const QString& clientId, const QString& clientName,
                      Assessment::Kind kind, QWidget* parent)
{
    AssessmentDialog dialog(workspace, clientId, clientName, kind, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool writePlan(Workspace& workspace, const QString& clientId, const QString& clientName, QWidget* parent)
{
    PlanDialog dialog(workspace, clientId, clientName, parent);
    if (!dialog.hasAssessment()) {
        QMessageBox::information(
            parent, dialog.windowTitle(),
            Tr::tr("A plan follows an intake or periodic assessment: record one first."));
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace kq::ui::AssessmentActions
