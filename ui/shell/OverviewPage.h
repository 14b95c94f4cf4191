#pragma once

#include "WorkspacePage.h"

#include <QDate>
#include <QList>

class QGroupBox;
class QLabel;
class QTableWidget;

namespace kq {
class Workspace;
struct CaseDue;
} // namespace kq

namespace kq::ui {

class BackgroundReader;
class Banner;

// The front page: the "today" list (overdue, due today and within a week: registrations,
// referrals, waiting-list re-reviews, plan reviews, follow-ups by risk level, follow-up calls,
// agreements ending, today's appointments; overdue first), which centre, who is signed in, and the
// state of the store; for those who make backups, a reminder when the last one is too old. The list is worked
// out on a worker thread with its own connection: at 100,000 clients it reads tens of thousands of case
// files, and the window must not wait for it.
class OverviewPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace& workspace, QWidget* parent = nullptr);
    ~OverviewPage() override;
    static constexpr int kMaxDueRows = 500; // more are counted, not shown

    QString title() const override { return tr("Overview"); }
    void reload() override;
    void clearData() override;

Q_SIGNALS:
    void openClientRequested(const QString& clientId);
    // The due list has been filled (or its failure shown) after a reload.
    void dueListShown();

private:
    void startDueList();
    void showDue(const QList<CaseDue>& due, const QDate& today);

    Workspace& m_workspace;
    Banner* m_backupReminder; // supervisors and administrators: no recent backup
    BackgroundReader* m_dueReader;
    QLabel* m_centre;
    QLabel* m_person;
    QLabel* m_store;
    QGroupBox* m_dueBox;
    QTableWidget* m_due;
    QLabel* m_dueMore;
};

} // namespace kq::ui
