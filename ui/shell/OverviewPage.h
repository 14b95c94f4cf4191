#pragma once

#include "WorkspacePage.h"

class QGroupBox;
class QLabel;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

// The front page: the "today" list (overdue, due today and within a week: registrations,
// referrals, waiting-list re-reviews, plan reviews, follow-ups by risk level, follow-up calls,
// agreements ending, today's appointments; overdue first), which centre, who is signed in, and the
// state of the store.
class OverviewPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace& workspace, QWidget* parent = nullptr);
    static constexpr int kMaxDueRows = 500; // more are counted, not shown

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
    QLabel* m_dueMore;
};

} // namespace kq::ui
