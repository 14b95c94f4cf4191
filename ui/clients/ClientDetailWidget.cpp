#include "ClientDetailWidget.h"

#include "ClientDialog.h"
#include "accounts/AccountRepository.h"
#include "assessments/AssessmentsPanel.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientVocabulary.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/Fonts.h"
#include "common/StatusColours.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "documents/DocumentsPanel.h"
#include "geo/Divisions.h"
#include "identity/PhoneNumber.h"
#include "identity/ResidentId.h"
#include "lifecycle/CasePanel.h"
#include "lifecycle/LifecycleService.h"
#include "services/ServiceCatalogue.h"
#include "sessions/SessionsPanel.h"
#include "store/Workspace.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

using namespace ClientVocabulary;

namespace {
QString countyText(const QString& code)
{
    if (const Divisions::County* c = Divisions::instance().county(code))
        return c->fullName();
    return code;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:16px;%3'>%1</td><td>%2</td></tr>")
        .arg(
            label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped(),
            StatusColours::css(StatusColours::Tone::Secondary, QGuiApplication::palette(), QPalette::Window));
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    tabLeavesTable(t);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    ColumnFit::install(t);
    return t;
}
} // namespace

ClientDetailWidget::ClientDetailWidget(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)), m_banner(new Banner(this)),
      m_tabs(new QTabWidget(this)), m_profile(new QLabel(this)), m_case(new CasePanel(workspace, this)),
      m_assessments(new AssessmentsPanel(workspace, this)), m_documents(new DocumentsPanel(workspace, this)),
      m_sessions(new SessionsPanel(workspace, this)),
      m_guardians(makeTable(this,
                            {tr("Name"), tr("Relation"), tr("Phone"), tr("Legal guardian"), tr("Signs")},
                            "guardiansTable")),
      m_timeline(makeTable(this, {tr("Time"), tr("Who"), tr("What"), tr("Fields")}, "timelineTable")),
      m_revealId(new QPushButton(tr("Show &ID number"), this)),
      m_revealPhone(new QPushButton(tr("Show p&hone"), this)), m_edit(new QPushButton(tr("&Edit…"), this))
{
    m_title->setObjectName(QStringLiteral("clientTitle"));
    m_title->setFont(relativeFont(font(), 1.4, true));
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->setWordWrap(true);
    m_revealId->setObjectName(QStringLiteral("revealId"));
    m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
    m_edit->setObjectName(QStringLiteral("editClient"));
    m_guardians->setAccessibleName(tr("Guardians"));
    m_timeline->setAccessibleName(tr("Timeline"));
    auto* back = new QPushButton(tr("← &Back to the list"), this);
    back->setObjectName(QStringLiteral("backToList"));
    back->setShortcut(Qt::Key_Escape);

    auto* profilePage = new QWidget(this);
    auto* profileLayout = new QVBoxLayout(profilePage);
    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_revealId);
    revealRow->addWidget(m_revealPhone);
    revealRow->addStretch();
    profileLayout->addLayout(revealRow);
    profileLayout->addWidget(m_profile, 1);
    m_tabs->addTab(profilePage, tr("&Profile"));
    m_tabs->addTab(m_case, tr("C&ase"));
    m_tabs->addTab(m_assessments, tr("Assess&ments"));
    m_tabs->addTab(m_documents, tr("&Documents"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_guardians, tr("&Guardians"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));

    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_title, 1);
    top->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &ClientDetailWidget::backRequested);
    connect(m_edit, &QPushButton::clicked, this, &ClientDetailWidget::edit);
    // Either tab may change what the other shows (a plan enables completing the intake; an
    // assessment's risk level reaches the profile and the list), so both reload the whole record.
    const auto changed = [this] {
        reload();
        Q_EMIT edited();
    };
    connect(m_case, &CasePanel::changed, this, changed);
    connect(m_assessments, &AssessmentsPanel::changed, this, changed);
    connect(m_documents, &DocumentsPanel::changed, this, changed);
    connect(m_sessions, &SessionsPanel::changed, this, changed);
    connect(m_sessions, &SessionsPanel::activityRequested, this, &ClientDetailWidget::activityRequested);
    connect(m_revealId, &QPushButton::clicked, this, [this] { reveal(0); });
    connect(m_revealPhone, &QPushButton::clicked, this, [this] { reveal(1); });
    connect(m_guardians, &QTableWidget::cellDoubleClicked, this, [this](int r, int c) {
        if (c == 2)
            reveal(2 + r);
    });
}

void ClientDetailWidget::showClient(const QString& clientId)
{
    m_clientId = clientId;
    m_banner->show(Banner::Kind::Info, {});
    m_tabs->setCurrentIndex(0);
    reload();
}

void ClientDetailWidget::clear()
{
    m_clientId.clear();
    m_title->clear();
    m_profile->clear();
    m_guardians->setRowCount(0);
    m_timeline->setRowCount(0);
    m_case->clear();
    m_assessments->clear();
    m_documents->clear();
    m_banner->show(Banner::Kind::Info, {});
}

void ClientDetailWidget::reload()
{
    const Actor& actor = m_workspace.actor();
    const std::optional<ClientRecord> r = ClientRepository(m_workspace.journal()).load(actor, m_clientId);
    if (!r) {
        clear();
        m_banner->showError(tr("The client record was not found."));
        return;
    }
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    m_title->setText(
        tr("%1 · %2 · %3 years").arg(r->name, genderName(r->gender)).arg(ageOn(r->birthDate, today)));
    QString html = QStringLiteral("<table>");
    html += row(tr("ID number"), ResidentId::mask(r->idNumber));
    html += row(tr("Birth date"), dateText(r->birthDate));
    html += row(tr("Age group"), ageGroupName(ageGroupOn(r->birthDate, today)));
    html += row(tr("Phone"), PhoneNumber::mask(r->phone));
    html += row(tr("County of residence"), countyText(r->residenceCounty));
    html += row(tr("Household county"), countyText(r->householdCounty));
    html += row(tr("Address"), r->address);
    if (actor.can(Permission::ViewClinicalRecords)) {
        html += row(tr("Diagnosis"), r->diagnosisCode);
        html += row(tr("Severe disorder"), severeDisorderName(r->severeDisorder));
        html += row(tr("Risk level"), riskLevelName(r->riskLevel));
        if (r->riskLevel >= 0)
            html += row(tr("Risk assessed"),
                        tr("%1 by %2")
                            .arg(dateText(r->riskAssessedOn),
                                 r->riskAssessor.isEmpty() ? tr("(not recorded)") : r->riskAssessor));
    }
    html += row(tr("Disability"),
                r->disabilityLevel > 0
                    ? tr("Level %1, certificate %2").arg(r->disabilityLevel).arg(r->disabilityCertificate)
                    : tr("None recorded"));
    QStringList benefits;
    if (r->lowIncome)
        benefits << tr("Minimum living allowance (低保)");
    if (r->hardshipAllowance)
        benefits << tr("Living allowance for disabled people in hardship");
    if (r->severeDisabilityCare)
        benefits << tr("Nursing allowance for severe disability");
    if (r->guardianshipReward)
        benefits << tr("Guardianship reward (以奖代补)");
    html += row(tr("Benefits"), benefits.join(QStringLiteral("; ")));
    html += row(tr("Medical insurance"), insuranceName(r->insurance));
    const std::optional<Account> manager =
        AccountRepository(m_workspace.journal()).findByUsername(r->caseManager);
    html += row(tr("Case manager"), manager ? manager->displayName : r->caseManager);
    html += row(tr("Status"), statusName(r->status));
    html += row(tr("Notes"), r->notes);
    html += QStringLiteral("</table>");
    m_profile->setText(html);

    const bool canReveal = actor.can(Permission::RevealIdentifiers);
    m_revealId->setVisible(canReveal && !r->idNumber.isEmpty());
    m_revealPhone->setVisible(canReveal && !r->phone.isEmpty());
    const std::optional<CaseState> state = CaseStates::fromKey(r->status);
    m_edit->setVisible(actor.can(Permission::RegisterClients) && !(state && CaseStates::isReadOnly(*state)));
    m_case->showClient(r->id, r->name);
    // Assessments are clinical records: without the right to see them there is no tab at all.
    const bool clinical = actor.can(Permission::ViewClinicalRecords);
    m_tabs->setTabVisible(m_tabs->indexOf(m_assessments), clinical);
    m_tabs->setTabVisible(m_tabs->indexOf(m_documents), clinical); // clinical records too
    m_tabs->setTabVisible(m_tabs->indexOf(m_sessions), clinical);
    if (clinical) {
        m_assessments->showClient(r->id, r->name);
        m_documents->showClient(r->id, r->name);
        m_sessions->showClient(r->id, r->name);
    } else {
        m_assessments->clear();
        m_documents->clear();
        m_sessions->clear();
    }

    m_guardians->setRowCount(int(r->guardians.size()));
    QStringList ids{r->id};
    for (int i = 0; i < r->guardians.size(); ++i) {
        const Guardian& g = r->guardians[i];
        ids << g.id;
        const QStringList cells{g.name, relationName(g.relation), PhoneNumber::mask(g.phone),
                                g.legalGuardian ? tr("Yes") : tr("No"),
                                g.signingContact ? tr("Yes") : tr("No")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, g.id);
            if (c == 2 && canReveal)
                item->setToolTip(tr("Double-click to show the full number (recorded in the audit log)."));
            m_guardians->setItem(i, c, item);
        }
    }

    // The timeline: every change to the record (audit log) and every step of the case, newest first.
    struct Line {
        QDateTime at;
        QStringList cells;
    };
    const QHash<QString, QString> names = AccountRepository(m_workspace.journal()).displayNames();
    QList<Line> lines;
    for (const AuditEntry& e : AuditLog(m_workspace.database()).forRecords(ids))
        lines.append({e.at,
                      {dateTimeText(e.at), names.value(e.actor, e.actor),
                       AuditLogModel::actionName(e.action) + u' ' + AuditLogModel::entityName(e.entity),
                       e.fields.join(QStringLiteral(", "))}});
    for (const CaseEvent& e : LifecycleService(m_workspace.journal()).events(actor, r->id)) {
        QString what = e.actionName();
        if (e.from && *e.from != e.to)
            what = tr("%1: %2 → %3").arg(what, CaseStates::name(*e.from), CaseStates::name(e.to));
        lines.append(
            {e.recordedAt, {CasePanel::whenText(e), names.value(e.actor, e.actor), what, e.detailSummary()}});
    }
    // Services on the timeline at the time they happened: session logs and group meetings attended.
    if (clinical) {
        const ServiceCatalogue catalogue = ServiceCatalogue::load(m_workspace.database());
        // The sessions tab has just read them for this client: no second query.
        for (const SessionLog& l : m_sessions->logs()) {
            QStringList contents;
            for (const QString& key : l.contents)
                contents << catalogue.contentName(key);
            const QDateTime at(l.heldOn, l.startsAt);
            lines.append({at,
                          {dateTimeText(at), names.value(l.staff, l.staff),
                           tr("Session: %1").arg(contents.join(tr(", "))),
                           tr("%1 · %2 · %n min", nullptr, l.minutes)
                               .arg(catalogue.formName(l.form), ServicePlaces::name(l.place))}});
        }
        const auto facilitatorNames = [&names](const QStringList& usernames) {
            QStringList out;
            for (const QString& u : usernames)
                out << names.value(u, u);
            return out.join(tr(", "));
        };
        for (const GroupAttendance& g : m_sessions->attendances()) {
            const QDateTime at(g.heldOn, g.startsAt);
            lines.append(
                {at,
                 {dateTimeText(at), facilitatorNames(g.facilitators), tr("Group meeting: %1").arg(g.topic),
                  !g.present   ? tr("attendance not taken")
                  : *g.present ? tr("present")
                               : tr("absent")}});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.at > b.at; });
    m_timeline->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i)
        for (int c = 0; c < lines[i].cells.size(); ++c)
            m_timeline->setItem(i, c, new QTableWidgetItem(lines[i].cells[c]));
}

bool ClientDetailWidget::logSession()
{
    if (m_clientId.isEmpty() || !m_workspace.actor().can(Permission::EditClinicalRecords))
        return false;
    m_tabs->setCurrentWidget(m_sessions);
    return m_sessions->logSession();
}

void ClientDetailWidget::edit()
{
    const std::optional<ClientRecord> r =
        ClientRepository(m_workspace.journal()).load(m_workspace.actor(), m_clientId);
    if (!r)
        return;
    ClientDialog dialog(m_workspace, *r, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_banner->show(Banner::Kind::Success, tr("Saved."));
        Q_EMIT edited();
    }
}

void ClientDetailWidget::reveal(int which)
{
    using Id = ClientRepository::Identifier;
    ClientRepository clients(m_workspace.journal());
    Result<QString> value = Error{tr("That identifier is no longer on the record.")};
    QString label;
    if (which == 0) {
        value = clients.reveal(m_workspace.actor(), m_clientId, Id::IdNumber);
        label = tr("ID number");
    } else if (which == 1) {
        value = clients.reveal(m_workspace.actor(), m_clientId, Id::Phone);
        label = tr("Phone");
    } else if (QTableWidgetItem* item = m_guardians->item(which - 2, 2)) {
        value = clients.reveal(m_workspace.actor(), item->data(Qt::UserRole).toString(), Id::GuardianPhone);
        if (value)
            item->setText(value.value());
        label = tr("Guardian's phone");
    }
    if (!value) {
        m_banner->showError(value.error().message);
        return;
    }
    m_banner->show(Banner::Kind::Info,
                   tr("%1: %2 (this was recorded in the audit log)").arg(label, value.value()));
}

} // namespace kq::ui
