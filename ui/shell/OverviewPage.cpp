#include "OverviewPage.h"

#include "audit/AuditLog.h"
#include "centre/CentreRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Workspace.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
QLabel* makeInfoLabel(QWidget* parent, const char* objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(objectName));
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

OverviewPage::OverviewPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_centre(makeInfoLabel(this, "centreInfo")),
      m_person(makeInfoLabel(this, "personInfo")), m_store(makeInfoLabel(this, "storeInfo"))
{
    auto* layout = new QVBoxLayout(this);
    const std::pair<QString, QLabel*> groups[] = {
        {tr("Centre"), m_centre}, {tr("Signed in"), m_person}, {tr("This workstation's records"), m_store}};
    for (const auto& [title, label] : groups) {
        auto* box = new QGroupBox(title, this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(label);
        layout->addWidget(box);
    }
    layout->addStretch();
}

void OverviewPage::reload()
{
    Database& db = m_workspace.database();
    CentreRepository centres(m_workspace.journal());
    if (const std::optional<CentreProfile> c = centres.load()) {
        m_centre->setText(tr("<b>%1</b><br>Centre code: %2<br>County code: %3")
                              .arg(c->name.toHtmlEscaped(), c->code.toHtmlEscaped(), c->countyCode));
    }
    const Actor& a = m_workspace.actor();
    m_person->setText(tr("<b>%1</b> (%2)<br>Role: %3")
                          .arg(a.displayName.toHtmlEscaped(), a.username.toHtmlEscaped(), roleName(a.role)));
    m_store->setText(tr("Database file: %1<br>Encrypted with SQLCipher %2, schema version %3<br>"
                        "Audit log entries: %4<br>Changes waiting to sync: %5")
                         .arg(m_workspace.paths().database.toHtmlEscaped(), db.cipherVersion())
                         .arg(Migrations::currentVersion(db))
                         .arg(AuditLog(db).count())
                         .arg(Outbox(db).pendingCount()));
}

void OverviewPage::clearData()
{
    for (QLabel* l : {m_centre, m_person, m_store})
        l->clear();
}

} // namespace kq::ui
