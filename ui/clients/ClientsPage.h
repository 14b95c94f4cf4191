#pragma once

#include "shell/WorkspacePage.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kq {
class ClientListModel;
class Workspace;
} // namespace kq

namespace kq::ui {

class Banner;
class ClientDetailWidget;
class CountyEdit;

// The client registry: one search box (Chinese, pinyin, initials, ID or phone tail), filters, the
// list, and a client's detail. Ctrl+N registers a client; Enter opens the selected one.
class ClientsPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit ClientsPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Clients"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    void openClient(const QString& clientId);
    // The client whose record is open, or empty while the list is shown.
    QString shownClientId() const;
    void registerClient();
    // Opens the green-channel referral for the client shown or selected (Ctrl+G).
    void greenChannel();
    // Opens a new session log for the client shown or selected (Ctrl+J).
    void logSession();
    ClientListModel* listModel() const { return m_model; }

Q_SIGNALS:
    void activityRequested(const QString& activityId); // a group meeting opened from a record

private:
    void applyFilter();
    void refreshList(); // after a record changed
    void openSelected();
    void showCount();

    Workspace& m_workspace;
    ClientListModel* m_model;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_ageGroup;
    QComboBox* m_risk;
    QComboBox* m_caseManager;
    QComboBox* m_status;
    CountyEdit* m_county;
    QLabel* m_count;
    Banner* m_notice; // what the last action from the list did
    QPushButton* m_greenChannel;
    QTableView* m_view;
    ClientDetailWidget* m_detail;
    QTimer m_debounce;
    QString m_reopen; // client open when the window locked
};

} // namespace kq::ui
