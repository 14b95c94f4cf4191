#pragma once

#include "platform/SyncConflict.h"
#include "shell/WorkspacePage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class SyncSession;

// Sync with the platform: where this workstation is enrolled, how the last rounds went, "Sync now",
// enrolment (supervisors), and the conflicts waiting for a person, each with both values side by
// side and the two ways to settle it.
class SyncPage : public WorkspacePage {
    Q_OBJECT
public:
    SyncPage(Workspace& workspace, SyncSession& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Sync"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    QTableWidget* conflictTable() const { return m_conflicts; }

private:
    void showStatus();
    void enrol();
    void resolveSelected(int choice);
    void selectionChanged();

    Workspace& m_workspace;
    SyncSession& m_session;
    Banner* m_banner;
    QLabel* m_link;
    QLabel* m_state;
    QPushButton* m_syncNow;
    QPushButton* m_enrol;
    QTableWidget* m_conflicts;
    QPushButton* m_keepPlatform;
    QPushButton* m_keepOurs;
    QPushButton* m_dismiss;
    QList<SyncConflict> m_shown;
};

} // namespace kq::ui
