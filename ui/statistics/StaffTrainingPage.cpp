#include "StaffTrainingPage.h"

#include "TrainingRecordDialog.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/FormRows.h"
#include "common/StatusColours.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "staff/StaffIndicators.h"
#include "staff/StaffTrainingRepository.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
QTableWidget* makeTable(int columns, const QStringList& headers, int stretchColumn, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    ColumnFit::install(table, stretchColumn);
    return table;
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

StaffTrainingPage::StaffTrainingPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_banner(new Banner(this)), m_year(new QSpinBox(this)),
      m_staffTable(makeTable(5,
                             {tr("Name"), tr("Qualification"), tr("Direct service"), tr("Hours this year"),
                              tr("Training status")},
                             -1, this)),
      m_recordTable(makeTable(4, {tr("Date"), tr("Hours"), tr("Topic"), tr("Provider")}, 2, this)),
      m_add(new QPushButton(tr("&Add training…"), this)), m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("staffTrainingPage"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today().year());
    m_staffTable->setObjectName(QStringLiteral("staffTable"));
    tabLeavesTable(m_staffTable);
    m_staffTable->setAccessibleName(tr("Staff"));
    m_recordTable->setObjectName(QStringLiteral("recordTable"));
    tabLeavesTable(m_recordTable);
    m_add->setObjectName(QStringLiteral("addTraining"));
    m_add->setToolTip(tr("Add a training record (Ctrl+N)"));
    m_delete->setObjectName(QStringLiteral("deleteTraining"));
    m_delete->setToolTip(tr("Delete the selected training record (Delete)"));

    auto* yearForm = new QFormLayout;
    addLabelledRow(yearForm, tr("&Year:"), m_year);
    auto* recordsLabel = new QLabel(tr("&Training records of the selected staff member:"), this);
    recordsLabel->setBuddy(m_recordTable);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(yearForm);
    layout->addWidget(m_staffTable, 2);
    layout->addWidget(recordsLabel);
    layout->addWidget(m_recordTable, 1);
    layout->addLayout(buttons);

    // Ctrl+N from anywhere on the page; Delete only from the records, where it cannot be mistaken.
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, m_add, &QPushButton::click);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_recordTable);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, m_delete, &QPushButton::click);

    connect(m_year, &QSpinBox::valueChanged, this, &StaffTrainingPage::reload);
    connect(m_staffTable, &QTableWidget::itemSelectionChanged, this, &StaffTrainingPage::showRecords);
    connect(m_recordTable, &QTableWidget::itemSelectionChanged, this, &StaffTrainingPage::updateButtons);
    connect(m_staffTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == DirectColumn)
            saveProfile(item->row());
    });
    connect(m_add, &QPushButton::clicked, this, &StaffTrainingPage::addRecord);
    connect(m_delete, &QPushButton::clicked, this, &StaffTrainingPage::deleteRecord);
    tabInLayoutOrder(this);
}

QDate StaffTrainingPage::today() const
{
    // The day as the centre counts it: local time of the workspace's clock.
    return m_workspace.clock().now().toLocalTime().date();
}

void StaffTrainingPage::activate()
{
    m_staffTable->setFocus();
}

void StaffTrainingPage::clearData()
{
    m_filling = true;
    m_staff.clear();
    m_yearRecords.clear();
    m_shown.clear();
    m_minutes.clear();
    m_staffTable->setRowCount(0);
    m_recordTable->setRowCount(0);
    m_filling = false;
    m_banner->show(Banner::Kind::Info, {});
    updateButtons();
}

void StaffTrainingPage::reload()
{
    if (!m_workspace.isOpen())
        return;
    const Actor& actor = m_workspace.actor();
    StaffTrainingRepository repo(m_workspace.journal());
    Result<QList<StaffProfile>> staff = repo.profiles(actor);
    Result<QList<TrainingRecord>> records = repo.list(actor, m_year->value());
    if (!staff || !records) {
        clearData();
        m_banner->showError(staff ? records.error().message : staff.error().message);
        return;
    }
    m_staff = staff.take();
    m_yearRecords = records.take();
    m_minutes.clear();
    for (const TrainingRecord& r : std::as_const(m_yearRecords))
        m_minutes[r.username] += r.minutes;
    const bool edits = actor.can(Permission::ManageTraining);
    m_add->setVisible(edits);
    m_delete->setVisible(edits);
    showStaff();
}

void StaffTrainingPage::showStaff()
{
    const QString selected = selectedUsername();
    const bool edits = m_workspace.actor().can(Permission::ManageTraining);
    m_filling = true;
    m_staffTable->clearContents();
    m_staffTable->setRowCount(int(m_staff.size()));
    for (int row = 0; row < m_staff.size(); ++row) {
        const StaffProfile& p = m_staff[row];
        m_staffTable->setItem(row, NameColumn, readOnlyItem(p.displayName));
        auto* qualification = new QComboBox(m_staffTable);
        qualification->setObjectName(QStringLiteral("qualification-%1").arg(p.username));
        qualification->setAccessibleName(tr("Qualification of %1").arg(p.displayName));
        for (const QString& key : StaffQualifications::keys())
            qualification->addItem(StaffQualifications::name(key), key);
        qualification->setCurrentIndex(qualification->findData(p.qualification));
        qualification->setEnabled(edits);
        const QString username = p.username;
        connect(qualification, &QComboBox::currentIndexChanged, this, [this, username, qualification] {
            for (int r = 0; r < m_staff.size(); ++r)
                if (m_staff[r].username == username) {
                    m_staff[r].qualification = qualification->currentData().toString();
                    saveProfile(r);
                }
        });
        m_staffTable->setCellWidget(row, QualificationColumn, qualification);
        auto* direct = readOnlyItem(p.directService ? tr("Yes") : tr("No"));
        if (edits)
            direct->setFlags(direct->flags() | Qt::ItemIsUserCheckable);
        direct->setCheckState(p.directService ? Qt::Checked : Qt::Unchecked);
        m_staffTable->setItem(row, DirectColumn, direct);
        auto* hours = readOnlyItem(TrainingHours::format(m_minutes.value(p.username)));
        hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_staffTable->setItem(row, HoursColumn, hours);
        m_staffTable->setItem(row, StatusColumn, readOnlyItem({}));
        fillStatus(row);
    }
    int row = 0;
    for (int r = 0; r < m_staff.size(); ++r)
        if (m_staff[r].username == selected)
            row = r;
    if (!m_staff.isEmpty())
        m_staffTable->selectRow(row);
    m_filling = false;
    showRecords();
}

void StaffTrainingPage::fillStatus(int row)
{
    const StaffProfile& p = m_staff[row];
    const qint64 minutes = m_minutes.value(p.username);
    const qint64 required = StaffIndicators::kYearlyTrainingMinutes;
    QTableWidgetItem* status = m_staffTable->item(row, StatusColumn);
    const bool wasFilling = std::exchange(m_filling, true);
    // Said in words; the colour only repeats it.
    if (!p.directService) {
        status->setText(tr("Not counted: no direct service"));
        status->setForeground(QBrush());
    } else if (minutes < required) {
        status->setText(tr("Short of %1 h").arg(required / 60));
        status->setForeground(
            StatusColours::on(StatusColours::Tone::Warning, m_staffTable->palette(), QPalette::Base));
    } else {
        status->setText(tr("Meets %1 h").arg(required / 60));
        status->setForeground(QBrush());
    }
    m_staffTable->item(row, DirectColumn)->setText(p.directService ? tr("Yes") : tr("No"));
    m_filling = wasFilling;
}

void StaffTrainingPage::saveProfile(int row)
{
    StaffProfile& p = m_staff[row];
    p.directService = m_staffTable->item(row, DirectColumn)->checkState() == Qt::Checked;
    const Result<void> r = StaffTrainingRepository(m_workspace.journal()).setProfile(m_workspace.actor(), p);
    if (!r) {
        m_banner->showError(r.error().message);
        return;
    }
    fillStatus(row);
    m_banner->show(Banner::Kind::Success, tr("Saved the profile of %1.").arg(p.displayName));
}

QString StaffTrainingPage::selectedUsername() const
{
    const int row = m_staffTable->currentRow();
    return row >= 0 && row < m_staff.size() && !m_staffTable->selectedItems().isEmpty()
               ? m_staff[row].username
               : QString();
}

void StaffTrainingPage::showRecords()
{
    const QString username = selectedUsername();
    m_shown.clear();
    for (const TrainingRecord& r : std::as_const(m_yearRecords))
        if (r.username == username)
            m_shown.append(r);
    m_recordTable->clearContents();
    m_recordTable->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const TrainingRecord& r = m_shown[row];
        m_recordTable->setItem(row, 0, readOnlyItem(dateText(r.heldOn)));
        auto* hours = readOnlyItem(TrainingHours::format(r.minutes));
        hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_recordTable->setItem(row, 1, hours);
        m_recordTable->setItem(row, 2, readOnlyItem(r.topic));
        m_recordTable->setItem(row, 3, readOnlyItem(r.provider));
    }
    updateButtons();
}

void StaffTrainingPage::updateButtons()
{
    m_add->setEnabled(!m_staff.isEmpty());
    m_delete->setEnabled(!m_recordTable->selectedItems().isEmpty());
}

void StaffTrainingPage::addRecord()
{
    if (!m_add->isVisible() || !m_add->isEnabled())
        return;
    TrainingRecordDialog dialog(m_workspace, m_staff, selectedUsername(), today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_banner->show(Banner::Kind::Success, tr("The training record was added."));
}

void StaffTrainingPage::deleteRecord()
{
    const int row = m_recordTable->currentRow();
    if (!m_delete->isVisible() || row < 0 || row >= m_shown.size())
        return;
    const TrainingRecord r = m_shown[row];
    const auto answer =
        QMessageBox::question(this, tr("Delete training record"),
                              tr("Delete the training “%1” of %2 (%3 h)?")
                                  .arg(r.topic, dateText(r.heldOn), TrainingHours::format(r.minutes)));
    if (answer != QMessageBox::Yes)
        return;
    const Result<void> result =
        StaffTrainingRepository(m_workspace.journal()).remove(m_workspace.actor(), r.id);
    if (!result) {
        m_banner->showError(result.error().message);
        return;
    }
    reload();
    m_banner->show(Banner::Kind::Success, tr("The training record was deleted."));
}

} // namespace kq::ui
