#pragma once

#include "centre/CentreProfile.h"
#include "shell/WorkspacePage.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class HolidayCalendarEditor;

// This workstation's preferences (language, auto-lock) and, for those allowed, the centre profile,
// its case workflow settings and its holiday calendar.
class SettingsPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit SettingsPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }
    void reload() override;
    void clearData() override;

Q_SIGNALS:
    void idleMinutesChanged(int minutes);
    // The interface language was changed and its translations installed: the window rebuilds.
    void languageChanged();

private:
    void savePreferences();
    void saveCentre();
    void saveWorkflow();

    Workspace& m_workspace;
    Banner* m_banner;
    QComboBox* m_language;
    QSpinBox* m_idleMinutes;
    QGroupBox* m_centreBox;
    QLineEdit* m_centreCode;
    QLineEdit* m_centreName;
    QLineEdit* m_county;
    QGroupBox* m_workflowBox;
    QSpinBox* m_reviewMonths;
    QComboBox* m_serviceGate;
    HolidayCalendarEditor* m_calendar = nullptr;
    CentreProfile m_centre;
};

} // namespace kq::ui
