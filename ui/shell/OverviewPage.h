#pragma once

#include "WorkspacePage.h"

class QGroupBox;
class QLabel;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

// The front page: what is due (registrations, referrals, waiting-list re-reviews, plan reviews,
// follow-up calls; overdue first), which centre, who is signed in, and the state of the store.
class OverviewPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Overview"); }
    void reload() override;
    void clearData() override;

Q_SIGNALS:
    void openClientRequested(const QString& clientId);

private:
    Workspace& m_workspace;
    QLabel* m_centre;
    QLabel* m_person;
    QLabel* m_store;
    QGroupBox* m_dueBox;
    QTableWidget* m_due;
};

} // namespace kq::ui
