#pragma once

#include "sessions/GroupActivity.h"

#include <QDialog>

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class RosterEditor;

// Books clients onto one stored group meeting (the front desk's way in): the meeting's topic,
// date, time, place and capacity shown, not edited, and its roster (type a name, pinyin or
// initials and press Enter; add from a saved group; save the roster as a group). Ctrl+Return saves
// through GroupActivityRepository::book; a refusal, naming the client, is shown above the roster
// and nothing typed is lost.
class BookingDialog : public QDialog {
    Q_OBJECT
public:
    BookingDialog(Workspace& workspace, const GroupActivity& activity, QWidget* parent = nullptr);

    void accept() override;
    // After accept: the gate's warnings (warn mode), for the page to show.
    const QStringList& warnings() const { return m_warnings; }

private:
    Workspace& m_workspace;
    QString m_activityId;
    Banner* m_banner;
    RosterEditor* m_roster;
    QStringList m_warnings;
};

} // namespace kq::ui
