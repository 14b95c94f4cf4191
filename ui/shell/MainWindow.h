#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QDialog;

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace kq {
class Clock;
class Workspace;
} // namespace kq

namespace kq::ui {

class IdleLock;
class SignInForm;
class WorkspacePage;

// A thin shell: a navigation list of the pages the signed-in role may use, the pages, and the
// lock screen. Locking wipes the key and the pages' data but keeps their unsaved input.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Workspace& workspace, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    void lock();
    bool isLocked() const;
    IdleLock* idleLock() const { return m_idleLock; }
    // Shows the page with this objectName; false if the role has no such page.
    bool showPage(const QString& objectName);
    WorkspacePage* currentPage() const;

Q_SIGNALS:
    void signOutRequested();

private:
    void buildPages();
    void buildMenus();
    void unlocked();
    void changePassword();
    void updateStatus();

    Workspace& m_workspace;
    QStackedWidget* m_stack; // work area or lock screen
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QLabel* m_pageTitle;
    QWidget* m_lockScreen;
    SignInForm* m_unlockForm;
    IdleLock* m_idleLock;
    QList<WorkspacePage*> m_pageList;
    QList<QAction*> m_unlockedActions;
    QList<QPointer<QDialog>> m_hiddenDialogs;
};

} // namespace kq::ui
