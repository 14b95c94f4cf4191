#include "PriceItemDialog.h"

#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"
#include "core/DateText.h"
#include "documents/PriceListRepository.h"
#include "services/ServiceCatalogue.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

PriceItemDialog::PriceItemDialog(Workspace& workspace, Mode mode, const PriceItem& current,
                                 const QDate& today, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_mode(mode), m_current(current), m_banner(new Banner(this)),
      m_date(new DateField(this))
{
    m_banner->setObjectName(QStringLiteral("banner"));
    m_date->setObjectName(QStringLiteral("effectiveFrom"));
    auto* form = new QFormLayout;
    if (mode == Mode::Add) {
        setWindowTitle(tr("Add a price list item"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setMaxLength(PriceItem::kMaxNameLength);
        refuseOverlongInput(m_name);
        m_unit = new QLineEdit(this);
        m_unit->setObjectName(QStringLiteral("unit"));
        m_unit->setMaxLength(PriceItem::kMaxUnitLength);
        refuseOverlongInput(m_unit);
        m_unit->setPlaceholderText(tr("次, 月, 小时 …"));
        m_content = new QComboBox(this);
        m_content->setObjectName(QStringLiteral("serviceContent"));
        m_content->addItem(tr("(none)"), QString());
        for (const ServiceEntry& e : ServiceCatalogue::load(workspace.database()).contents())
            m_content->addItem(ServiceCatalogue::displayName(e), e.key);
        addLabelledRow(form, tr("&Service:"), m_name);
        addLabelledRow(form, tr("&Unit:"), m_unit);
    } else {
        setWindowTitle(mode == Mode::ChangePrice ? tr("Change a price") : tr("Withdraw an item"));
        const auto plainLabel = [this](const QString& text) {
            auto* label = new QLabel(text, this);
            label->setTextFormat(Qt::PlainText); // a name is never markup
            return label;
        };
        form->addRow(tr("Service:"), plainLabel(current.name));
        form->addRow(tr("Current price:"), plainLabel(tr("%1 per %2, in force from %3")
                                                          .arg(Money::format(current.priceFen), current.unit,
                                                               dateText(current.effectiveFrom))));
    }
    if (mode != Mode::Withdraw) {
        m_price = new QLineEdit(this);
        m_price->setObjectName(QStringLiteral("price"));
        m_price->setPlaceholderText(QStringLiteral("12.50"));
        addLabelledRow(form, mode == Mode::Add ? tr("&Price (yuan):") : tr("New &price (yuan):"), m_price);
    }
    // A withdrawal names the first day without the service, so the day before is the last one charged.
    addLabelledRow(form, mode == Mode::Withdraw ? tr("No longer offered &from:") : tr("In force &from:"),
                   m_date);
    const QDate earliest = current.effectiveFrom.isValid() ? current.effectiveFrom.addDays(1) : today;
    m_date->setDate(std::max(today, earliest));
    if (m_content)
        addLabelledRow(form, tr("Service &content:"), m_content);
    if (mode != Mode::Withdraw) {
        m_notes = new QLineEdit(this);
        m_notes->setObjectName(QStringLiteral("notes"));
        m_notes->setMaxLength(PriceItem::kMaxNotesLength);
        refuseOverlongInput(m_notes);
        addLabelledRow(form, tr("&Notes:"), m_notes);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceItemDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    tabInRowOrder(form); // the date field is created first but sits below the name
    setMinimumWidth(440);
    tabInLayoutOrder(this);
}

void PriceItemDialog::accept()
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_unit, m_price, m_date, m_content, m_notes})
        if (w)
            markInvalid(w, false);
    if (!m_date->isWellFormed()) {
        showError(tr("“%1” is not a date.").arg(m_date->text()), QStringLiteral("effective-from"));
        return;
    }
    qint64 fen = 0;
    if (m_price) {
        const std::optional<qint64> parsed = Money::parseYuan(m_price->text());
        if (!parsed) {
            showError(tr("Enter the price in yuan, such as 12 or 12.50: at most two decimals, up to %1.")
                          .arg(Money::kMaxFen / 100),
                      QStringLiteral("price"));
            return;
        }
        fen = *parsed;
    }

    PriceListRepository prices(m_workspace.journal());
    const Actor& actor = m_workspace.actor();
    std::optional<Error> error;
    if (m_mode == Mode::Add) {
        PriceItem item;
        item.name = m_name->text();
        item.unit = m_unit->text();
        item.priceFen = fen;
        item.effectiveFrom = m_date->date();
        item.serviceContent = m_content->currentData().toString();
        item.notes = m_notes->text();
        if (const Result<QString> r = prices.add(actor, item); !r)
            error = r.error();
    } else if (m_mode == Mode::ChangePrice) {
        if (const Result<QString> r =
                prices.changePrice(actor, m_current.itemKey, fen, m_date->date(), m_notes->text());
            !r)
            error = r.error();
    } else if (const Result<void> r = prices.withdraw(actor, m_current.itemKey, m_date->date()); !r) {
        error = r.error();
    }
    if (error) {
        showError(error->message, error->field);
        return;
    }
    QDialog::accept();
}

void PriceItemDialog::showError(const QString& message, const QString& field)
{
    m_banner->showError(message);
    QWidget* target = nullptr;
    if (field == u"name")
        target = m_name;
    else if (field == u"unit")
        target = m_unit;
    else if (field == u"price")
        target = m_price;
    else if (field == u"effective-from" || field == u"effective-to")
        target = m_date;
    else if (field == u"service-content")
        target = m_content;
    else if (field == u"notes")
        target = m_notes;
    if (target) {
        markInvalid(target, true, message);
        target->setFocus();
    }
}

} // namespace kq::ui
