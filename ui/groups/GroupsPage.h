#pragma once

#include "sessions/GroupActivity.h"
#include "shell/WorkspacePage.h"

#include <QHash>

class QPushButton;
class QTreeWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;

// Group work (小组工作): the meetings of a date range, upcoming first (soonest at the top), then
// past ones (latest at the top), with their roster and attendance. New (Ctrl+N), Open (Enter),
// Take attendance (Ctrl+T), Delete (before attendance only). A role that books clients but does
// not plan (the front desk) gets Book clients instead, and Enter opens the booking.
class GroupsPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit GroupsPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Group work"); }
    void reload() override;
    void clearData() override;
    void activate() override;

public Q_SLOTS:
    // Opens the stored meeting for changes (from this list or the week calendar); for a role that
    // only books, its booking.
    void openActivity(const QString& id);
    // The roster of a stored meeting, in BookingDialog.
    void bookClients(const QString& id);
    // A new meeting on `day` (today when invalid).
    void newActivity(const QDate& day = {});
    void takeAttendance(const QString& id);

private:
    void showList();
    void updateButtons();
    QString currentId() const;
    void removeCurrent();
    void select(const QString& id);
    QDate today() const;
    bool booksOnly() const;
    // The stored meeting, or nothing with the reason on the banner.
    std::optional<GroupActivity> load(const QString& id);
    void showSaved(const QString& id, const QString& done, const QStringList& warnings);

    Workspace& m_workspace;
    Banner* m_banner;
    DateField* m_from;
    DateField* m_to;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_book;
    QPushButton* m_attendance;
    QPushButton* m_delete;
    QHash<QString, GroupActivity> m_shown; // by id
};

} // namespace kq::ui
