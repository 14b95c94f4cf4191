#pragma once

#include "StatusColours.h"

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

// Makes Tab follow the rows as shown (not the order the fields were created in) and gives the
// first field the focus, so a dialog opens ready to type in its first row.
inline void tabInRowOrder(QFormLayout* form)
{
    QWidget* previous = nullptr;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* item = form->itemAt(row, QFormLayout::FieldRole);
        if (!item)
            item = form->itemAt(row, QFormLayout::SpanningRole);
        QWidget* field = item ? item->widget() : nullptr;
        if (!field || field->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, field);
        else
            field->setFocus();
        previous = field;
    }
}

// Outlines a field the last save refused (colour and a tooltip with the reason), or clears it.
inline void markInvalid(QWidget* field, bool invalid, const QString& reason = {})
{
    const QColor border = StatusColours::on(StatusColours::Tone::Warning, field->palette(), QPalette::Base);
    field->setStyleSheet(invalid ? QStringLiteral("border: 2px solid %1;").arg(border.name()) : QString());
    field->setToolTip(invalid ? reason : QString());
}

} // namespace kq::ui
