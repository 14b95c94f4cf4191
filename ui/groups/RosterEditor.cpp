#include "RosterEditor.h"

#include "clients/ClientQuery.h"
#include "clients/ClientRepository.h"
#include "common/StatusColours.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "lifecycle/CaseState.h"
#include "sessions/GroupActivityRepository.h"
#include "store/Workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kq::ui {

namespace {
constexpr int kMatches = 6;
constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

RosterEditor::RosterEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_search(new QLineEdit(this)),
      m_matches(new QListWidget(this)), m_list(new QListWidget(this)), m_count(new QLabel(this)),
      m_remove(new QPushButton(tr("Re&move"), this)),
      m_fromGroup(new QPushButton(tr("Add from saved &group"), this)),
      m_saveGroup(new QPushButton(tr("Sa&ve roster as group…"), this)), m_groups(new QMenu(this))
{
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Add a client in service: name, pinyin or initials, then Enter"));
    m_search->setAccessibleName(tr("Add a client to the roster"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("rosterMatches"));
    m_matches->setFocusPolicy(Qt::NoFocus); // Up/Down in the search field choose the match
    m_matches->setMaximumHeight(m_matches->fontMetrics().lineSpacing() * (kMatches + 1));
    m_matches->setVisible(false);
    m_list->setObjectName(QStringLiteral("rosterList"));
    m_list->setAccessibleName(tr("Roster"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_count->setObjectName(QStringLiteral("rosterCount"));
    m_remove->setObjectName(QStringLiteral("removeFromRoster"));
    m_remove->setToolTip(tr("Delete"));
    m_fromGroup->setObjectName(QStringLiteral("addSavedGroup"));
    m_fromGroup->setMenu(m_groups);
    m_saveGroup->setObjectName(QStringLiteral("saveAsGroup"));
    for (QPushButton* b : {m_remove, m_fromGroup, m_saveGroup})
        b->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_fromGroup);
    buttons->addWidget(m_saveGroup);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_search);

    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &RosterEditor::search);
    connect(m_matches, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_matches->setCurrentItem(item);
        addMatch();
    });
    connect(m_remove, &QPushButton::clicked, this, &RosterEditor::removeSelected);
    connect(m_groups, &QMenu::aboutToShow, this, &RosterEditor::fillGroupsMenu);
    connect(m_saveGroup, &QPushButton::clicked, this, &RosterEditor::saveAsGroup);
    showCount();
}

void RosterEditor::setRoster(const QList<GroupActivity::Attendee>& roster)
{
    m_list->clear();
    for (const GroupActivity::Attendee& a : roster)
        add(a.clientId, a.clientName);
    showCount();
}

QList<GroupActivity::Attendee> RosterEditor::roster() const
{
    QList<GroupActivity::Attendee> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(
            {m_list->item(i)->data(kIdRole).toString(), m_list->item(i)->data(kNameRole).toString(), {}, {}});
    return out;
}

void RosterEditor::setCapacity(int capacity)
{
    m_capacity = capacity;
    showCount();
}

bool RosterEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search) {
        // Enter adds rather than saving the dialog; Up/Down move through the matches.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addMatch();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_matches->count() > 0) {
            const int row = m_matches->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            m_matches->setCurrentRow(std::clamp(row, 0, m_matches->count() - 1));
            return true;
        }
    } else if (watched == m_list && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RosterEditor::search()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_workspace.isOpen()) {
        m_matches->setVisible(false);
        return;
    }
    // The search of the Clients page (name, pinyin, initials, digits), limited to clients in service.
    ClientFilter filter;
    filter.text = text;
    filter.status = CaseStates::key(CaseState::InService);
    ClientQuery query(m_workspace.database(), filter, m_workspace.clock().now().toLocalTime().date());
    for (const ClientSummary& c : query.fetch(0, kMatches)) {
        QStringList parts{c.name, dateText(c.birthDate)};
        if (!c.maskedIdNumber.isEmpty())
            parts << c.maskedIdNumber;
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_matches);
        item->setData(kIdRole, c.id);
        item->setData(kNameRole, c.name);
    }
    if (m_matches->count() == 0)
        new QListWidgetItem(tr("No client in service matches “%1”.").arg(text), m_matches);
    m_matches->setCurrentRow(0);
    m_matches->setVisible(true);
}

void RosterEditor::addMatch()
{
    const QListWidgetItem* match = m_matches->currentItem();
    if (!match || match->data(kIdRole).toString().isEmpty())
        return;
    const QString name = match->data(kNameRole).toString();
    if (!add(match->data(kIdRole).toString(), name))
        Q_EMIT notice(tr("%1 is already on the roster.").arg(name), false);
    m_search->clear();
    showCount();
}

bool RosterEditor::add(const QString& clientId, const QString& name)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == clientId)
            return false;
    auto* item = new QListWidgetItem(name, m_list);
    item->setData(kIdRole, clientId);
    item->setData(kNameRole, name);
    m_list->setCurrentItem(item, QItemSelectionModel::ClearAndSelect); // Delete removes this one only
    return true;
}

void RosterEditor::removeSelected()
{
    const int row = m_list->currentRow();
    qDeleteAll(m_list->selectedItems());
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    showCount();
}

void RosterEditor::fillGroupsMenu()
{
    m_groups->clear();
    const Result<QList<SavedGroup>> groups =
        GroupActivityRepository(m_workspace.journal()).savedGroups(m_workspace.actor());
    if (!groups || groups.value().isEmpty()) {
        m_groups->addAction(tr("No saved groups yet"))->setEnabled(false);
        return;
    }
    for (const SavedGroup& g : groups.value())
        connect(m_groups->addAction(tr("%1 (%n client(s))", nullptr, int(g.members.size())).arg(g.name)),
                &QAction::triggered, this, [this, g] { addGroup(g); });
}

void RosterEditor::addGroup(const SavedGroup& group)
{
    // Members who have left service since the group was saved are named, not added.
    ClientRepository clients(m_workspace.journal());
    QStringList skipped;
    int added = 0;
    for (const QString& id : group.members) {
        const std::optional<ClientRecord> c = clients.load(m_workspace.actor(), id);
        if (!c)
            continue;
        if (c->status != CaseStates::key(CaseState::InService))
            skipped << c->name;
        else if (add(id, c->name))
            ++added;
    }
    showCount();
    QString text = tr("%n client(s) added from “%1”.", nullptr, added).arg(group.name);
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Not in service, not added: %1.").arg(skipped.join(tr(", ")));
    Q_EMIT notice(text, false);
}

void RosterEditor::saveAsGroup()
{
    QStringList ids;
    for (const GroupActivity::Attendee& a : roster())
        ids << a.clientId;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save roster as group"), tr("Name of the group (a group of the same name is replaced):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const Result<QString> r =
        GroupActivityRepository(m_workspace.journal()).saveGroup(m_workspace.actor(), name, ids);
    Q_EMIT notice(r ? tr("The roster was saved as “%1”.").arg(name.trimmed()) : r.error().message, !r);
}

void RosterEditor::showCount()
{
    const int n = m_list->count();
    const bool over = m_capacity > 0 && n > m_capacity;
    // Over capacity is said in words; the colour only repeats it.
    m_count->setText(over             ? tr("%1 / %2 (over capacity)").arg(n).arg(m_capacity)
                     : m_capacity > 0 ? tr("%1 / %2").arg(n).arg(m_capacity)
                                      : QString::number(n));
    m_count->setAccessibleName(tr("%1 on the roster, capacity %2").arg(n).arg(m_capacity));
    m_count->setStyleSheet(over ? StatusColours::css(StatusColours::Tone::Warning, palette()) +
                                      QStringLiteral("font-weight:bold;")
                                : QString());
    m_remove->setEnabled(n > 0);
    m_saveGroup->setEnabled(n > 0);
}

} // namespace kq::ui
