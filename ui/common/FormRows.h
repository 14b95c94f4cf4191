#pragma once

#include <QFormLayout>
#include <QLabel>

namespace kq::ui {

// Adds "label: field" to a form with the label as the field's buddy, so the label's mnemonic
// (&Name) focuses the field and screen readers name it.
inline QLabel* addLabelledRow(QFormLayout* form, const QString& text, QWidget* field)
{
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

} // namespace kq::ui
