#include "StandardRuleDialog.h"
#include "common/TabOrder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

StandardRuleDialog::StandardRuleDialog(const StandardServiceRule& current, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("standardRuleDialog"));
    setWindowTitle(tr("Standardised-service rule"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A client in service counts as receiving standardised service when, on the "
                                "last day of the month, every ticked requirement is met:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const StandardServiceRule::Component c : StandardServiceRule::allComponents()) {
        auto* box = new QCheckBox(StandardServiceRule::name(c), this);
        box->setObjectName(QStringLiteral("rule-") + StandardServiceRule::key(c));
        box->setChecked(current.includes(c));
        connect(box, &QCheckBox::toggled, this, &StandardRuleDialog::updateOk);
        layout->addWidget(box);
        m_boxes.append({c, box});
    }
    auto* note = new QLabel(tr("Tick at least one requirement."), this);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
    tabInLayoutOrder(this);
}

StandardServiceRule StandardRuleDialog::rule() const
{
    QList<StandardServiceRule::Component> chosen;
    for (const auto& [component, box] : m_boxes)
        if (box->isChecked())
            chosen << component;
    return StandardServiceRule(chosen);
}

void StandardRuleDialog::updateOk()
{
    // An empty rule would count every client: save() refuses it, so the dialog does too.
    m_ok->setEnabled(!rule().components().isEmpty());
}

} // namespace kq::ui
