#pragma once

#include "lifecycle/CaseAction.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace kq {
class Workspace;
struct CaseEvent;
} // namespace kq

namespace kq::ui {

// A client's case: where it stands and since when, what is due, the actions the signed-in person
// may take now (an action still missing something is disabled and says what), and every event.
class CasePanel : public QWidget {
    Q_OBJECT
public:
    explicit CasePanel(Workspace& workspace, QWidget* parent = nullptr);

    void showClient(const QString& clientId, const QString& clientName);
    void clear();
    // Opens the dialog of `action` for the client shown; true when it was recorded.
    bool run(CaseAction action);
    // When a case event happened, as the Case tab and the timeline show it: an application has a
    // date only (no time of day). CaseEvent::whenText() says the same in QLocale's short format.
    static QString whenText(const CaseEvent& event);

Q_SIGNALS:
    void changed(); // an action was recorded

private:
    void reload();

    Workspace& m_workspace;
    QString m_clientId;
    QString m_clientName;
    QLabel* m_state;
    QLabel* m_due;
    QWidget* m_actions;
    QGridLayout* m_actionGrid;
    QTableWidget* m_events;
};

} // namespace kq::ui
