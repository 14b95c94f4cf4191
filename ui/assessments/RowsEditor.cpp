#include "RowsEditor.h"

#include <QGridLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

RowsEditor::RowsEditor(const QString& addText, const QString& addName, QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout), m_add(new QPushButton(addText, this))
{
    m_add->setObjectName(addName);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addStretch(); // rows stay together at the top when given more room
}

void RowsEditor::appendRow(const QList<QWidget*>& widgets)
{
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this, remove] { removeRow(remove); });
    m_rows.append(widgets);
    m_rows.last().append(remove);
    relayout();
}

void RowsEditor::clearRows()
{
    while (!m_rows.isEmpty()) {
        for (QWidget* w : m_rows.takeLast()) {
            m_grid->removeWidget(w);
            w->hide();
            w->deleteLater();
        }
    }
}

void RowsEditor::setColumnStretch(int column, int stretch)
{
    m_grid->setColumnStretch(column, stretch);
}

QList<QWidget*> RowsEditor::row(int row) const
{
    if (row < 1 || row > m_rows.size())
        return {};
    return m_rows[row - 1].first(m_rows[row - 1].size() - 1);
}

void RowsEditor::removeRow(QWidget* removeButton)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].last() == removeButton)
            at = i;
    if (at < 0)
        return;
    for (QWidget* w : m_rows.takeAt(at)) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater(); // the button being clicked is among them
    }
    relayout();
    // Keep the keyboard in the list rather than dropping it on the window.
    if (m_rows.isEmpty())
        m_add->setFocus();
    else if (QWidget* w = focusOf(row(int(std::min(at, m_rows.size() - 1)) + 1)))
        w->setFocus();
}

void RowsEditor::relayout()
{
    for (const QList<QWidget*>& widgets : std::as_const(m_rows))
        for (QWidget* w : widgets)
            m_grid->removeWidget(w);
    QWidget* previous = nullptr;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QList<QWidget*>& widgets = m_rows[i];
        number(int(i) + 1, widgets.first(widgets.size() - 1), static_cast<QPushButton*>(widgets.last()));
        for (int c = 0; c < widgets.size(); ++c) {
            m_grid->addWidget(widgets[c], int(i), c);
            // Tab goes through the rows in order, then to the Add button.
            if (widgets[c]->focusPolicy() & Qt::TabFocus) {
                if (previous)
                    setTabOrder(previous, widgets[c]);
                previous = widgets[c];
            }
        }
    }
    if (previous)
        setTabOrder(previous, m_add);
}

} // namespace kq::ui
