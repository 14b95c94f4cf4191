#pragma once

#include "WorkspacePage.h"

class QLabel;

namespace kq {
class Workspace;
}

namespace kq::ui {

// The front page: which centre, who is signed in, and the state of this workstation's store.
class OverviewPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Overview"); }
    void reload() override;
    void clearData() override;

private:
    Workspace& m_workspace;
    QLabel* m_centre;
    QLabel* m_person;
    QLabel* m_store;
};

} // namespace kq::ui
