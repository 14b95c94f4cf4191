#pragma once

#include "assessments/Assessment.h"
#include "lifecycle/CaseState.h"

class QWidget;

namespace kq {
class Workspace;
}

namespace kq::ui::AssessmentActions {

// What an assessment recorded now most likely is, from where the case stands: the intake before
// service, a periodic one during it.
Assessment::Kind defaultKind(CaseState state);

// Open the dialogs for a client, from the Assessments tab or the Case tab alike; true when
// something was saved.
bool recordAssessment(Workspace& workspace, const QString& clientId, const QString& clientName,
                      Assessment::Kind kind, QWidget* parent);
bool writePlan(Workspace& workspace, const QString& clientId, const QString& clientName, QWidget* parent);

} // namespace kq::ui::AssessmentActions
