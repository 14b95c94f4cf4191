#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class AssessmentsPanel;
class DocumentsPanel;
class Banner;
class CasePanel;
class SessionsPanel;

// One client: profile, case (lifecycle), assessments and plan, signed documents, sessions,
// guardians and timeline tabs.
// Identifiers are masked until a permitted person asks to see one; each reveal is audited.
class ClientDetailWidget : public QWidget {
    Q_OBJECT
public:
    explicit ClientDetailWidget(Workspace& workspace, QWidget* parent = nullptr);

    void showClient(const QString& clientId);
    void clear();
    QString clientId() const { return m_clientId; }
    CasePanel* casePanel() const { return m_case; }
    AssessmentsPanel* assessmentsPanel() const { return m_assessments; }
    DocumentsPanel* documentsPanel() const { return m_documents; }
    SessionsPanel* sessionsPanel() const { return m_sessions; }
    // Shows the sessions tab and opens a new session log for the client shown (Ctrl+J).
    bool logSession();

Q_SIGNALS:
    void backRequested();
    void edited();                                     // the record changed; lists should refresh
    void activityRequested(const QString& activityId); // a group meeting to open

private:
    void reload();
    void edit();
    void reveal(int which);

    Workspace& m_workspace;
    QString m_clientId;
    QLabel* m_title;
    Banner* m_banner;
    QTabWidget* m_tabs;
    QLabel* m_profile;
    CasePanel* m_case;
    AssessmentsPanel* m_assessments;
    DocumentsPanel* m_documents;
    SessionsPanel* m_sessions;
    QTableWidget* m_guardians;
    QTableWidget* m_timeline;
    QPushButton* m_revealId;
    QPushButton* m_revealPhone;
    QPushButton* m_edit;
};

} // namespace kq::ui
