#pragma once

#include "shell/WorkspacePage.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace kq {
class AuditLogModel;
class Workspace;
} // namespace kq

namespace kq::ui {

class Banner;
class DateField;

// The audit log, newest first, in words a supervisor reads ("who looked at or changed this
// client's record, when"), narrowed by person, kind of action, client and dates; with a check of
// the hash chain. The model checks the right to read it.
class AuditLogPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit AuditLogPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Audit log"); }
    void reload() override;
    void clearData() override;

private:
    void verify();
    void findClients();
    void applyFilter();

    Workspace& m_workspace;
    AuditLogModel* m_model;
    QTableView* m_view;
    Banner* m_banner;
    QComboBox* m_person;
    QComboBox* m_kind;
    QLineEdit* m_clientSearch;
    QComboBox* m_client;
    DateField* m_from;
    DateField* m_to;
};

} // namespace kq::ui
