#include "TabOrder.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace kq::ui {

namespace {

bool takesTab(const QWidget* w)
{
    if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    // The line edit inside a combo box or spin box moves with its owner.
    const QWidget* parent = w->parentWidget();
    return !qobject_cast<const QComboBox*>(parent) && !qobject_cast<const QAbstractSpinBox*>(parent);
}

void collect(QLayout* layout, QList<QWidget*>& out);

void collect(QWidget* w, QList<QWidget*>& out)
{
    if (out.contains(w))
        return;
    if (takesTab(w))
        out << w;
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        if (QTabBar* bar = tabs->tabBar(); takesTab(bar))
            out << bar;
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), out);
        return;
    }
    if (auto* splitter = qobject_cast<QSplitter*>(w)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out);
        return;
    }
    if (auto* area = qobject_cast<QScrollArea*>(w)) {
        if (area->widget())
            collect(area->widget(), out);
        return;
    }
    if (w->layout())
        collect(w->layout(), out);
}

void collect(QLayoutItem* item, QList<QWidget*>& out)
{
    if (QLayout* inner = item->layout())
        collect(inner, out);
    else if (QWidget* w = item->widget())
        collect(w, out);
}

void collect(QLayout* layout, QList<QWidget*>& out)
{
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                if (QLayoutItem* item = form->itemAt(row, role))
                    collect(item, out);
        return;
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        for (int row = 0; row < grid->rowCount(); ++row) {
            for (int column = 0; column < grid->columnCount(); ++column) {
                QLayoutItem* item = grid->itemAtPosition(row, column);
                int r = 0, c = 0, rows = 0, columns = 0;
                if (item)
                    grid->getItemPosition(grid->indexOf(item), &r, &c, &rows, &columns);
                if (item && r == row && c == column) // a spanning item at its first cell only
                    collect(item, out);
            }
        }
        return;
    }
    auto* box = qobject_cast<QBoxLayout*>(layout);
    const bool reversed =
        box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop);
    for (int i = 0; i < layout->count(); ++i)
        collect(layout->itemAt(reversed ? layout->count() - 1 - i : i), out);
}

// The control of `order` that Tab reaches next after `w` today.
QWidget* nextOf(QWidget* w, const QSet<QWidget*>& order)
{
    for (QWidget* n = w->nextInFocusChain(); n && n != w; n = n->nextInFocusChain())
        if (order.contains(n))
            return n;
    return nullptr;
}

} // namespace

void tabInLayoutOrder(QWidget* window)
{
    QList<QWidget*> order;
    if (window->layout())
        collect(window->layout(), order);
    const QSet<QWidget*> members(order.cbegin(), order.cend());
    // Only pairs out of order are moved: Qt 6.4's setTabOrder on a pair already in order (a button
    // box's own buttons) can cut the chain into a loop that Tab never leaves.
    for (qsizetype i = 1; i < order.size(); ++i)
        if (nextOf(order[i - 1], members) != order[i])
            QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace kq::ui
