#pragma once

#include "sessions/GroupActivity.h"
#include "sessions/SessionLog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

// A client's services: individual session logs and group meetings, newest first, each said in
// words (content, form or topic, place, staff, the start of the notes, risk, amended, absent).
// Those who keep case records log a new session here (or with Ctrl+J from the client list) and
// open a log to edit, amend or read it.
class Banner;

class SessionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SessionsPanel(Workspace& workspace, QWidget* parent = nullptr);

    void showClient(const QString& clientId, const QString& clientName);
    void clear();
    // Opens the session dialog for the client shown; true when a log was saved.
    bool logSession();
    QTableWidget* table() const { return m_table; }
    // What the tab shows for the client, newest first: the record's timeline reads the same lists.
    const QList<SessionLog>& logs() const { return m_logs; }
    const QList<GroupAttendance>& attendances() const { return m_attendances; }

Q_SIGNALS:
    void changed();                                    // a log was saved
    void activityRequested(const QString& activityId); // a group meeting's row was opened

private:
    void reload();
    void openRow(int row);

    Workspace& m_workspace;
    QString m_clientId;
    QString m_clientName;
    Banner* m_banner;
    QLabel* m_summary;
    QPushButton* m_new;
    QTableWidget* m_table;
    QList<SessionLog> m_logs; // rows whose kind is a session, by the row's UserRole index
    QList<GroupAttendance> m_attendances;
};

} // namespace kq::ui
