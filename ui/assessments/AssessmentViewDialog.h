#pragma once

#include "assessments/Assessment.h"

#include <QDialog>

namespace kq {
class ScaleLibrary;
}

namespace kq::ui {

// One recorded assessment in full, read-only: assessments are append-only, a correction is a new
// one. Scale answers are shown with the items' words, so the record can be read without the form.
class AssessmentViewDialog : public QDialog {
    Q_OBJECT
public:
    // `recordedBy` is the display name of the person who recorded it.
    AssessmentViewDialog(const Assessment& assessment, const QString& recordedBy, const ScaleLibrary& library,
                         QWidget* parent = nullptr);

    static QString html(const Assessment& assessment, const QString& recordedBy, const ScaleLibrary& library);
};

} // namespace kq::ui
