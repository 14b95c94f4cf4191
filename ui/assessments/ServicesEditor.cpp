#include "ServicesEditor.h"

#include "common/OverlongInput.h"
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kq::ui {

namespace {
// Columns of a row.
enum { ContentLabel, Content, FormLabel, Form, FrequencyLabel, Frequency };

QComboBox* picker(QWidget* parent, const QList<ServiceEntry>& entries, const QString& key,
                  const QString& keyName)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(ServicesEditor::tr("Choose…"), QString());
    for (const ServiceEntry& e : entries)
        combo->addItem(ServiceCatalogue::displayName(e), e.key);
    // A copied plan may name an entry the centre no longer offers: show it, so the refusal that
    // follows has something to point at.
    if (!key.isEmpty() && combo->findData(key) < 0)
        combo->addItem(ServicesEditor::tr("%1 (no longer offered)").arg(keyName), key);
    combo->setCurrentIndex(std::max(0, combo->findData(key)));
    // Sized by the column stretch, not by the longest name: otherwise the two pickers took all the
    // room and squeezed the frequency beside them to a few characters.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}
} // namespace

ServicesEditor::ServicesEditor(ServiceCatalogue catalogue, QWidget* parent)
    : RowsEditor(tr("Add ser&vice"), QStringLiteral("addService"), parent), m_catalogue(std::move(catalogue))
{
    setColumnStretch(Content, 2);
    setColumnStretch(Form, 2);
    setColumnStretch(Frequency, 1);
    connect(addButton(), &QPushButton::clicked, this, &ServicesEditor::addService);
}

void ServicesEditor::setServices(const QList<Plan::Service>& services)
{
    clearRows();
    for (const Plan::Service& s : services)
        addRow(s);
}

void ServicesEditor::addService()
{
    addRow({});
    focusOf(row(rowCount()))->setFocus();
}

void ServicesEditor::addRow(const Plan::Service& s)
{
    QComboBox* content = picker(this, m_catalogue.contents(), s.content, m_catalogue.contentName(s.content));
    QComboBox* form = picker(this, m_catalogue.forms(), s.form, m_catalogue.formName(s.form));
    auto* frequency = new QLineEdit(s.frequency, this);
    frequency->setMaxLength(Plan::kMaxFrequencyLength);
    refuseOverlongInput(frequency);
    frequency->setPlaceholderText(tr("e.g. twice a week"));
    frequency->setMinimumWidth(frequency->fontMetrics().horizontalAdvance(frequency->placeholderText()));
    auto* contentLabel = new QLabel(this);
    contentLabel->setBuddy(content);
    auto* formLabel = new QLabel(tr("Form:"), this);
    formLabel->setBuddy(form);
    auto* frequencyLabel = new QLabel(tr("How often:"), this);
    frequencyLabel->setBuddy(frequency);
    appendRow({contentLabel, content, formLabel, form, frequencyLabel, frequency});
}

void ServicesEditor::number(int row, const QList<QWidget*>& widgets, QPushButton* remove)
{
    static_cast<QLabel*>(widgets[ContentLabel])->setText(tr("Service %1:").arg(row));
    widgets[Content]->setObjectName(QStringLiteral("service%1Content").arg(row));
    widgets[Form]->setObjectName(QStringLiteral("service%1Form").arg(row));
    widgets[Frequency]->setObjectName(QStringLiteral("service%1Frequency").arg(row));
    remove->setObjectName(QStringLiteral("removeService%1").arg(row));
    remove->setAccessibleName(tr("Remove service %1").arg(row));
}

QWidget* ServicesEditor::focusOf(const QList<QWidget*>& widgets) const
{
    return widgets.value(Content);
}

QList<Plan::Service> ServicesEditor::services() const
{
    QList<Plan::Service> out;
    for (int r = 1; r <= rowCount(); ++r) {
        const QList<QWidget*> w = row(r);
        out.append({static_cast<QComboBox*>(w[Content])->currentData().toString(),
                    static_cast<QComboBox*>(w[Form])->currentData().toString(),
                    static_cast<QLineEdit*>(w[Frequency])->text()});
    }
    return out;
}

QWidget* ServicesEditor::field(int r, const QString& part) const
{
    const QList<QWidget*> w = row(r);
    if (w.isEmpty())
        return nullptr;
    if (part == u"content")
        return w[Content];
    if (part == u"form")
        return w[Form];
    if (part == u"frequency")
        return w[Frequency];
    return nullptr;
}

} // namespace kq::ui
