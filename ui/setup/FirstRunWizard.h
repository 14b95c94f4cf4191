#pragma once

#include "store/StorePaths.h"

#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kq {
class Clock;
}

namespace kq::ui {

class Banner;
class NewPasswordFields;

// First run on a new data folder: the centre, the first supervisor, then the recovery key shown
// once with print and save-as-PDF. The store is created when the supervisor page is accepted.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { CentrePage, SupervisorPage, RecoveryPage };

    FirstRunWizard(StorePaths paths, const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    QString createdUsername() const;
    bool validateCurrentPage() override;

    // Test hook: the recovery key shown on the last page.
    QString shownRecoveryKey() const;

private:
    class Centre;
    class Supervisor;
    class Recovery;

    StorePaths m_paths;
    const Clock& m_clock;
    Centre* m_centre;
    Supervisor* m_supervisor;
    Recovery* m_recovery;
};

} // namespace kq::ui
