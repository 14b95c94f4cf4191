#pragma once

// Every window of ui/ (dialogs, the wizard, the main window and each page), opened on a store with
// realistic records, for the tests that look at all of them at once: keyboard, names, large text.

#include "CaseFixture.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

namespace kq {
class AccountService;
class ScaleLibrary;
namespace ui {
class SyncSession;
}
} // namespace kq

namespace kq::test {

struct Screen {
    QString name;      // what the test reports, e.g. "CaseActionDialog (green-channel)"
    QString className; // the ui class it shows
    // Builds the window and fills it with data; the caller shows it.
    std::function<std::unique_ptr<QWidget>()> open;
    // After it is shown: what a person would do first (open a client, wait for figures).
    std::function<void(QWidget*)> prepare;

    // `window` (made by `open`, sized by the caller) shown, active and prepared, with its layout
    // settled; nullptr if it would not activate.
    std::unique_ptr<QWidget> showPrepared(std::unique_ptr<QWidget> window) const;
};

class ScreenCatalogue {
public:
    // Opens a fresh store at Monday 2026-11-23 09:00 and records the clients, documents, logs,
    // meetings and training that the screens show.
    ScreenCatalogue();
    ~ScreenCatalogue();

    QList<Screen> screens();
    // For a data-driven test: the column `index` and one row per screen, named after it.
    void addScreenRows();
    Workspace& workspace() { return m_store.ws(); }

    // Calls `check` for each state a person can reach by choosing a tab: the window as opened, then
    // every tab of every tab widget shown in it (named for a report: "as opened", "tab \"Case\"").
    static void forEachTabState(QWidget* window, const std::function<void(const QString&)>& check);

    // The classes of ui/ that are whole windows: QDialog, QWizard, QMainWindow or WorkspacePage
    // subclasses declared in `uiSourceDir`'s headers.
    static QStringList windowClassesIn(const QString& uiSourceDir);
    // Every QWidget subclass with Q_OBJECT declared in `uiSourceDir`'s headers.
    static QStringList widgetClassesIn(const QString& uiSourceDir);

private:
    void seed();
    QString backupFile() const; // written by seed()

    StoreFixture m_store;
    QTemporaryDir m_wizardDir;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ScaleLibrary> m_scales;
    std::unique_ptr<ui::SyncSession> m_sync;
    QString m_served;  // 王强: in service, consent and agreement signed, a plan, a session log
    QString m_applied; // 李娜: applied, nothing else yet
    QString m_itemKey;
    QString m_activity;
    QString m_assessment;
    QString m_session;
};

} // namespace kq::test
