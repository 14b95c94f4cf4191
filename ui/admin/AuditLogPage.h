#pragma once

#include "shell/WorkspacePage.h"

class QTableView;

namespace kq {
class AuditLogModel;
class Workspace;
} // namespace kq

namespace kq::ui {

class Banner;

// The audit log, newest first, with a check of the hash chain.
class AuditLogPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit AuditLogPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Audit log"); }
    void reload() override;
    void clearData() override;

private:
    void verify();

    Workspace& m_workspace;
    AuditLogModel* m_model;
    QTableView* m_view;
    Banner* m_banner;
};

} // namespace kq::ui
