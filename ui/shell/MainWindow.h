#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include "store/BackupRestore.h"

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
class LockDialog;
class SyncSession;
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
    // The unlock dialog while locked, else nullptr.
    LockDialog* lockDialog() const;
    // Shows the page with this objectName; false if the role has no such page.
    bool showPage(const QString& objectName);
    WorkspacePage* currentPage() const;
    // What the sign-in dialog should say after this window asked to sign out (a restore's outcome).
    QString signOutNotice() const { return m_signOutNotice; }
    // Closes the store, puts a checked backup copy in its place (the current store is kept aside)
    // and signs everyone out, with the outcome in signOutNotice(). The store opened again is the
    // restored one.
    void restoreBackup(const kq::BackupRestore::Prepared& prepared);

Q_SIGNALS:
    void signOutRequested();

private:
    void buildPages();
    void buildMenus();
    // After a language change (decision 0019): pages, menus and labels are built again in the new
    // language, on the same page and the same client's record.
    void rebuildInNewLanguage();
    void unlocked();
    void changePassword();
    void updateStatus();

    Workspace& m_workspace;
    QStackedWidget* m_stack; // work area or lock screen
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QLabel* m_pageTitle;
    QLabel* m_lockedLabel;
    QWidget* m_lockScreen;
    QPointer<LockDialog> m_lockDialog;
    IdleLock* m_idleLock;
    QList<WorkspacePage*> m_pageList;
    QList<QAction*> m_unlockedActions;
    QList<QPointer<QWidget>> m_covers; // over forms that were open when the window locked
    SyncSession* m_sync;
    QPointer<QWidget> m_syncIndicator;
    QString m_signOutNotice;
};

} // namespace kq::ui
