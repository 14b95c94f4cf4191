#include "AuditLogPage.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "common/Banner.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "store/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kq::ui {

AuditLogPage::AuditLogPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_model(new AuditLogModel(this)),
      m_view(new QTableView(this)), m_banner(new Banner(this))
{
    m_view->setObjectName(QStringLiteral("auditView"));
    tabLeavesTable(m_view);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Audit log entries"));
    auto* verifyButton = new QPushButton(tr("&Verify the chain"), this);
    verifyButton->setObjectName(QStringLiteral("verifyAudit"));
    verifyButton->setToolTip(tr("Checks that no entry was altered or removed."));
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(verifyButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    tabInLayoutOrder(this);
}

void AuditLogPage::reload()
{
    m_model->setDatabase(&m_workspace.database());
    // Size the columns to the first page; later pages arrive as the view scrolls.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_view->resizeColumnsToContents();
}

void AuditLogPage::clearData()
{
    m_model->clear();
    m_banner->show(Banner::Kind::Info, {});
}

void AuditLogPage::verify()
{
    AuditLog log(m_workspace.database());
    if (const std::optional<AuditLog::Break> b = log.verify())
        m_banner->showError(
            tr("The audit log is broken at entry %1: it was altered or entries were removed.").arg(b->seq));
    else
        m_banner->show(Banner::Kind::Success,
                       tr("The audit log is intact (%n entries).", nullptr, int(log.count())));
}

} // namespace kq::ui
