#include "AttendanceDialog.h"

#include "accounts/AccountRepository.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "common/WindowSize.h"
#include "core/DateText.h"
#include "sessions/GroupActivityRepository.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
enum Column { ClientColumn, NoteColumn };
constexpr int kIdRole = Qt::UserRole;

// Present, absent or not yet marked: checked, unchecked or the third state, said in words too.
std::optional<bool> presence(const QTableWidgetItem* item)
{
    switch (item->checkState()) {
    case Qt::Checked:
        return true;
    case Qt::Unchecked:
        return false;
    case Qt::PartiallyChecked:
        break;
    }
    return std::nullopt;
}

QString presenceText(const std::optional<bool>& present)
{
    return !present   ? AttendanceDialog::tr("not marked")
           : *present ? AttendanceDialog::tr("present")
                      : AttendanceDialog::tr("absent");
}
} // namespace

AttendanceDialog::AttendanceDialog(Workspace& workspace, const GroupActivity& activity, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_activityId(activity.id), m_banner(new Banner(this)),
      m_table(new QTableWidget(int(activity.roster.size()), 2, this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Attendance – %1").arg(activity.topic));
    const QHash<QString, QString> names = AccountRepository(workspace.journal()).displayNames();
    QStringList facilitators;
    for (const QString& f : activity.facilitators)
        facilitators << names.value(f, f);
    auto* heading =
        new QLabel(tr("%1 · %2 %3 · %4")
                       .arg(activity.topic, dateText(activity.heldOn),
                            activity.startsAt.toString(QStringLiteral("HH:mm")), facilitators.join(tr(", "))),
                   this);
    heading->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("attendanceTable"));
    tabLeavesTable(m_table);
    m_table->setAccessibleName(tr("Attendance"));
    m_table->setHorizontalHeaderLabels({tr("Client (checked: present)"), tr("Note")});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    ColumnFit::install(m_table, NoteColumn);
    const QSignalBlocker quiet(m_table);
    for (int row = 0; row < activity.roster.size(); ++row) {
        const GroupActivity::Attendee& a = activity.roster[row];
        auto* client = new QTableWidgetItem(a.clientName);
        client->setData(kIdRole, a.clientId);
        client->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        client->setCheckState(!a.present ? Qt::PartiallyChecked : *a.present ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, ClientColumn, client);
        m_table->setItem(row, NoteColumn, new QTableWidgetItem(a.note));
    }
    m_table->setCurrentCell(0, ClientColumn);
    m_table->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("attendanceCount"));

    auto* allPresent = new QPushButton(tr("&All present"), this);
    allPresent->setObjectName(QStringLiteral("allPresent"));
    allPresent->setToolTip(tr("Marks everyone present; then Space marks an absentee."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(allPresent, QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setText(tr("&Save attendance"));
    save->setToolTip(tr("Ctrl+Return"));
    // Enter ends a note; only Ctrl+Return (or the button) saves.
    for (QPushButton* b : buttons->findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &AttendanceDialog::accept);
    connect(allPresent, &QPushButton::clicked, this, &AttendanceDialog::markAllPresent);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &AttendanceDialog::showCount);

    auto* help =
        new QLabel(tr("Arrow keys move, Space marks present or absent, Tab or F2 writes a note."), this);
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(help);
    layout->addWidget(buttons);
    m_table->setFocus();
    showCount();
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(640, 520)));
    tabInLayoutOrder(this);
}

bool AttendanceDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Space toggles the row from either column while no note is being edited.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier &&
        !m_table->indexWidget(m_table->currentIndex()) && m_table->currentRow() >= 0) {
        toggle(m_table->currentRow());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void AttendanceDialog::markAllPresent()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, ClientColumn)->setCheckState(Qt::Checked);
    m_table->setFocus();
    if (m_table->currentRow() < 0)
        m_table->setCurrentCell(0, ClientColumn);
}

void AttendanceDialog::toggle(int row)
{
    QTableWidgetItem* item = m_table->item(row, ClientColumn);
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

int AttendanceDialog::presentCount() const
{
    int n = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        n += presence(m_table->item(row, ClientColumn)).value_or(false) ? 1 : 0;
    return n;
}

void AttendanceDialog::showCount()
{
    int absent = 0;
    int unmarked = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, ClientColumn);
        const std::optional<bool> p = presence(item);
        absent += p == false ? 1 : 0;
        unmarked += p ? 0 : 1;
        // Screen readers say the state in words, not only as a check box.
        item->setData(Qt::AccessibleDescriptionRole, presenceText(p));
    }
    m_count->setText(tr("%1 present · %2 absent · %3 not marked · %4 on the roster")
                         .arg(presentCount())
                         .arg(absent)
                         .arg(unmarked)
                         .arg(m_table->rowCount()));
}

QList<GroupActivity::Attendee> AttendanceDialog::attendance() const
{
    QList<GroupActivity::Attendee> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* client = m_table->item(row, ClientColumn);
        out.append({client->data(kIdRole).toString(), client->text(), presence(client),
                    m_table->item(row, NoteColumn)->text()});
    }
    return out;
}

void AttendanceDialog::accept()
{
    // A note still being typed counts.
    if (QWidget* editor = m_table->indexWidget(m_table->currentIndex()))
        Q_EMIT m_table->itemDelegate()->commitData(editor);
    markInvalid(m_table, false);
    const Result<GroupActivityRepository::Saved> r =
        GroupActivityRepository(m_workspace.journal())
            .takeAttendance(m_workspace.actor(), m_activityId, attendance());
    if (!r) {
        m_banner->showError(r.error().message);
        markInvalid(m_table, true, r.error().message);
        m_table->setFocus();
        // Go to the row at fault: the note named, or the first one not marked.
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem* client = m_table->item(row, ClientColumn);
            if (r.error().field == QStringLiteral("note-") + client->data(kIdRole).toString()) {
                m_table->setCurrentCell(row, NoteColumn);
                break;
            }
            if (r.error().field == u"attendance" && !presence(client)) {
                m_table->setCurrentCell(row, ClientColumn);
                break;
            }
        }
        return;
    }
    m_warnings = r.value().warnings;
    QDialog::accept();
}

} // namespace kq::ui
