#pragma once

#include "sessions/GroupActivity.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;

namespace kq {
class Workspace;
}

namespace kq::ui {

// The roster of a group meeting: type a name, pinyin or initials and press Enter to add the top
// match (Up/Down choose another; only clients in service are offered), Delete removes the selected
// member. Fills from a saved group and saves the roster as one. Shows "n / capacity".
class RosterEditor : public QWidget {
    Q_OBJECT
public:
    explicit RosterEditor(Workspace& workspace, QWidget* parent = nullptr);

    void setRoster(const QList<GroupActivity::Attendee>& roster);
    QList<GroupActivity::Attendee> roster() const; // ids and names; attendance is not edited here
    void setCapacity(int capacity);
    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    // Something to tell the person (a saved group, members skipped): the dialog's banner shows it.
    void notice(const QString& text, bool error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void addMatch();
    bool add(const QString& clientId, const QString& name);
    void removeSelected();
    void fillGroupsMenu();
    void addGroup(const SavedGroup& group);
    void saveAsGroup();
    void showCount();

    Workspace& m_workspace;
    QLineEdit* m_search;
    QListWidget* m_matches;
    QListWidget* m_list;
    QLabel* m_count;
    QPushButton* m_remove;
    QPushButton* m_fromGroup;
    QPushButton* m_saveGroup;
    QMenu* m_groups;
    int m_capacity = 0;
};

} // namespace kq::ui
