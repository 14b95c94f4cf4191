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

// Outlines a field the last save refused (colour and a tooltip with the reason), or clears it.
inline void markInvalid(QWidget* field, bool invalid, const QString& reason = {})
{
    field->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #c62828;") : QString());
    field->setToolTip(invalid ? reason : QString());
}

} // namespace kq::ui
