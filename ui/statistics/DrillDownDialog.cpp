#include "DrillDownDialog.h"

#include "clients/ClientRepository.h"
#include "identity/ResidentId.h"
#include "statistics/Indicator.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace kq::ui {

DrillDownDialog::DrillDownDialog(Workspace& workspace, const Indicator& indicator, const QString& period,
                                 QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Clients behind the number"));
    auto* heading = new QLabel(
        tr("%1, %2: %n client(s)", nullptr, int(indicator.records.size())).arg(indicator.label, period),
        this);
    heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("drillDownList"));
    heading->setBuddy(m_list);
    ClientRepository clients(workspace.journal());
    for (const QString& id : indicator.records) {
        const std::optional<ClientRecord> c = clients.load(workspace.actor(), id);
        if (!c)
            continue;
        m_list->addItem(c->idNumber.isEmpty() ? tr("%1 (no ID number)").arg(c->name)
                                              : tr("%1 (%2)").arg(c->name, ResidentId::mask(c->idNumber)));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->setFocus();
}

QStringList DrillDownDialog::shownClients() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->text();
    return names;
}

} // namespace kq::ui
