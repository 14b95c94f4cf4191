#include "PriceListPage.h"

#include "PriceItemDialog.h"
#include "PriceListDocument.h"
#include "centre/CentreRepository.h"
#include "common/Banner.h"
#include "common/ColumnFit.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/TableKeys.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "documents/PriceListRepository.h"
#include "services/ServiceCatalogue.h"
#include "store/Workspace.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kq::ui {

PriceListPage::PriceListPage(Workspace& workspace, QWidget* parent)
    : WorkspacePage(parent), m_workspace(workspace), m_banner(new Banner(this)), m_day(new DateField(this)),
      m_table(new QTableWidget(0, 6, this)), m_add(new QPushButton(tr("&Add item…"), this)),
      m_change(new QPushButton(tr("C&hange price…"), this)),
      m_withdraw(new QPushButton(tr("&Withdraw…"), this))
{
    m_banner->setObjectName(QStringLiteral("banner"));
    m_day->setObjectName(QStringLiteral("inForceOn"));
    m_day->setMaximumWidth(m_day->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_table->setObjectName(QStringLiteral("priceTable"));
    tabLeavesTable(m_table);
    m_table->setAccessibleName(tr("Price list"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Unit"), tr("Price"), tr("In force from"),
                                        tr("In force until"), tr("Service content")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    ColumnFit::install(m_table); // the service content
    m_add->setObjectName(QStringLiteral("addPriceItem"));
    m_change->setObjectName(QStringLiteral("changePrice"));
    m_withdraw->setObjectName(QStringLiteral("withdrawPriceItem"));
    auto* printButton = new QPushButton(tr("&Print public price list…"), this);
    printButton->setObjectName(QStringLiteral("printPriceList"));
    auto* pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("savePriceListPdf"));

    auto* dayForm = new QFormLayout;
    addLabelledRow(dayForm, tr("In force &on:"), m_day);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_change, m_withdraw})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(printButton);
    buttons->addWidget(pdfButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(dayForm);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // The list follows the day as soon as it is a whole date; half-typed text keeps the last list.
    connect(m_day, &QLineEdit::textChanged, this, [this] {
        const bool wellFormed = m_day->isWellFormed() && m_day->date().isValid();
        markInvalid(m_day, !wellFormed && !m_day->text().isEmpty(), tr("Not a date."));
        if (wellFormed)
            showList();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PriceListPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(int(PriceItemDialog::Mode::Add)); });
    connect(m_change, &QPushButton::clicked, this,
            [this] { openDialog(int(PriceItemDialog::Mode::ChangePrice)); });
    connect(m_withdraw, &QPushButton::clicked, this,
            [this] { openDialog(int(PriceItemDialog::Mode::Withdraw)); });
    connect(printButton, &QPushButton::clicked, this, &PriceListPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &PriceListPage::askAndSavePdf);
    tabInLayoutOrder(this);
}

QDate PriceListPage::today() const
{
    // The day as the centre counts it: local time of the workspace's clock.
    return m_workspace.clock().now().toLocalTime().date();
}

void PriceListPage::reload()
{
    const bool edits = m_workspace.actor().can(Permission::ManageTemplates);
    for (QPushButton* b : {m_add, m_change, m_withdraw})
        b->setVisible(edits);
    if (!m_day->date().isValid())
        m_day->setDate(today()); // shows the list through textChanged
    else
        showList();
}

void PriceListPage::clearData()
{
    m_items.clear();
    m_table->setRowCount(0);
    m_banner->show(Banner::Kind::Info, {});
    updateButtons();
}

void PriceListPage::showList()
{
    if (!m_workspace.isOpen())
        return;
    const QString selectedKey = m_table->currentRow() >= 0 && m_table->currentRow() < m_items.size()
                                    ? m_items[m_table->currentRow()].itemKey
                                    : QString();
    m_items = PriceListRepository(m_workspace.journal()).inForce(m_day->date());
    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_workspace.database());
    m_table->clearContents();
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const PriceItem& p = m_items[row];
        const QStringList cells{p.name,
                                p.unit,
                                Money::format(p.priceFen),
                                dateText(p.effectiveFrom),
                                p.effectiveTo.isValid() ? dateText(p.effectiveTo.addDays(-1)) : QString(),
                                p.serviceContent.isEmpty() ? QString()
                                                           : catalogue.contentName(p.serviceContent)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column == 2)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        }
        if (p.itemKey == selectedKey)
            m_table->selectRow(row);
    }
    updateButtons();
}

void PriceListPage::updateButtons()
{
    const bool selected = !m_table->selectedItems().isEmpty();
    m_change->setEnabled(selected);
    m_withdraw->setEnabled(selected);
}

void PriceListPage::openDialog(int mode)
{
    PriceItem current;
    const int row = m_table->currentRow();
    if (mode != int(PriceItemDialog::Mode::Add)) {
        if (row < 0 || row >= m_items.size())
            return;
        current = m_items[row];
    }
    PriceItemDialog dialog(m_workspace, PriceItemDialog::Mode(mode), current, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showList();
    m_banner->show(Banner::Kind::Success,
                   mode == int(PriceItemDialog::Mode::Add) ? tr("The item was added.")
                   : mode == int(PriceItemDialog::Mode::ChangePrice)
                       ? tr("The new price was saved. Signed agreements keep their prices.")
                       : tr("The item was withdrawn."));
}

QString PriceListPage::documentHtml()
{
    const std::optional<CentreProfile> centre = CentreRepository(m_workspace.journal()).load();
    return PriceListDocument::html(centre ? centre->name : QString(), m_day->date(),
                                   PriceListRepository(m_workspace.journal()).inForce(m_day->date()),
                                   ServiceCatalogue::load(m_workspace.database()));
}

bool PriceListPage::savePdf(const QString& path)
{
    if (!m_day->date().isValid()) {
        m_banner->showError(tr("Enter the day whose prices to print."));
        return false;
    }
    if (!PriceListDocument::writePdf(documentHtml(), path)) {
        m_banner->showError(tr("Could not write %1.").arg(path));
        return false;
    }
    m_banner->show(Banner::Kind::Success, tr("Saved to %1.").arg(path));
    return true;
}

void PriceListPage::print()
{
    if (!m_day->date().isValid()) {
        m_banner->showError(tr("Enter the day whose prices to print."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Public price list"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PriceListDocument::print(documentHtml(), printer);
    m_banner->show(Banner::Kind::Success, tr("Sent to the printer."));
}

void PriceListPage::askAndSavePdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/price-list-%1.pdf").arg(m_day->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the public price list"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

} // namespace kq::ui
