#pragma once

#include <QWidget>

class QGridLayout;
class QPushButton;

namespace kq::ui {

// A list of rows of fields in a grid, so that the columns line up like a table, each row with its
// own Remove button and an Add button below. Subclasses make a row's widgets and name them after
// the row's position, which is also how the model's errors name a row ("service-2-form").
class RowsEditor : public QWidget {
    Q_OBJECT
public:
    int rowCount() const { return int(m_rows.size()); }
    QPushButton* addButton() const { return m_add; }

protected:
    RowsEditor(const QString& addText, const QString& addName, QWidget* parent);

    // Adds a row: its widgets in column order, labels included; the Remove button is appended.
    void appendRow(const QList<QWidget*>& widgets);
    void clearRows();
    void setColumnStretch(int column, int stretch);
    // The widgets of row `row` (from 1), without the Remove button.
    QList<QWidget*> row(int row) const;
    // Sets the labels and object names of row `row` (from 1) after rows were added or removed.
    virtual void number(int row, const QList<QWidget*>& widgets, QPushButton* remove) = 0;
    // The widget that takes the focus in a row: after Add, and when the row below is removed.
    virtual QWidget* focusOf(const QList<QWidget*>& widgets) const = 0;

private:
    void removeRow(QWidget* removeButton);
    void relayout();

    QGridLayout* m_grid;
    QPushButton* m_add;
    QList<QList<QWidget*>> m_rows; // each ends with its Remove button
};

} // namespace kq::ui
