#pragma once

// What a keyboard or screen-reader user meets in a window, checked on the real widgets: where Tab
// goes, whether every input has a name, whether the Alt+letter mnemonics are unambiguous.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

namespace kq::test {

// Widgets Tab should stop at: enabled, shown, taking focus by Tab, and not a part that hands its
// focus to another widget (a combo box's line edit, a spin box's editor).
inline QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy())
            continue;
        // Parts of composite inputs: the composite is the stop.
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        stops << w;
    }
    return stops;
}

// Where focus lands after each Tab from `start` until it is back at `start` (or `maxPresses` pass).
// `trappedIn` is set to a widget that keeps the focus when Tab is pressed in it (a text edit that
// types a tab character): a keyboard user cannot get out of it with Tab.
struct TabWalk {
    QList<QWidget*> order; // each widget once, in the order first reached; starts with `start`
    bool cameBack = false;
    QWidget* trappedIn = nullptr;
    int presses = 0;
};

inline TabWalk walkTabs(QWidget* start, int maxPresses)
{
    TabWalk walk;
    walk.order << start;
    QWidget* at = start;
    int stayed = 0;
    while (walk.presses < maxPresses) {
        QTest::keyClick(at, Qt::Key_Tab);
        ++walk.presses;
        QWidget* now = QApplication::focusWidget();
        if (!now)
            break;
        if (now == at) {
            // A date or time edit moves section by section, then leaves; an item view with Tab key
            // navigation moves cell by cell (a table wraps round to its first cell: a trap). Anything
            // else that keeps the focus took the Tab as text.
            int mayStay = 0;
            if (auto* date = qobject_cast<QDateTimeEdit*>(now))
                mayStay = date->sectionCount();
            else if (auto* view = qobject_cast<QAbstractItemView*>(now);
                     view && view->tabKeyNavigation() && view->model())
                mayStay = view->model()->rowCount(view->rootIndex()) *
                          view->model()->columnCount(view->rootIndex());
            if (++stayed > mayStay) {
                walk.trappedIn = now;
                break;
            }
            continue;
        }
        stayed = 0;
        at = now;
        if (now == start) {
            walk.cameBack = true;
            break;
        }
        if (!walk.order.contains(now))
            walk.order << now;
    }
    return walk;
}

// A label whose buddy is `w` (or `w`'s focus proxy owner), within `window`.
inline QLabel* buddyLabel(QWidget* window, QWidget* w)
{
    for (QLabel* l : window->findChildren<QLabel*>())
        if (l->buddy() && (l->buddy() == w || l->buddy()->focusProxy() == w))
            return l;
    return nullptr;
}

// The name a screen reader says for an input: its accessible name, a buddy label's text, or (for
// buttons, check boxes and tabs) its own text. Empty means unnamed.
inline QString spokenName(QWidget* window, QWidget* w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (QLabel* l = buddyLabel(window, w))
        return l->text();
    if (auto* b = qobject_cast<QAbstractButton*>(w))
        return b->text().isEmpty() ? b->toolTip() : b->text();
    if (auto* bar = qobject_cast<QTabBar*>(w))
        return bar->tabText(bar->currentIndex());
    // An input in a titled group box whose only input it is takes the group's title.
    if (auto* box = qobject_cast<QGroupBox*>(w->parentWidget()); box && !box->title().isEmpty())
        return box->title();
    return {};
}

// The Alt+letter of a text with one '&' mnemonic ("&Name:" → "n"); empty if none ("&&" is a literal).
inline QString mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonics shown in `window` at once, each with the texts that carry it: labels with a buddy,
// buttons, group box titles and tab titles. Alt+letter with two owners only cycles between them.
inline QMap<QString, QStringList> shownMnemonics(QWidget* window)
{
    QMap<QString, QStringList> owners;
    const auto add = [&](const QString& text) {
        if (const QString m = mnemonicOf(text); !m.isEmpty())
            owners[m] << text;
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy() && l->buddy()->isEnabled())
            add(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isEnabled())
            add(b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* bar = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
    }
    for (auto it = owners.begin(); it != owners.end();)
        it = it.value().size() > 1 ? std::next(it) : owners.erase(it);
    return owners;
}

// The tab stops inside one layout item, in the item's own layout order (depth first).
inline void stopsInLayoutOrder(QLayoutItem* item, const QSet<QWidget*>& stops, QList<QWidget*>& out);

inline void stopsInLayoutOrder(QLayout* layout, const QSet<QWidget*>& stops, QList<QWidget*>& out)
{
    if (auto* stacked = qobject_cast<QStackedLayout*>(layout)) {
        if (QLayoutItem* item = stacked->itemAt(stacked->currentIndex()))
            stopsInLayoutOrder(item, stops, out);
        return;
    }
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                if (QLayoutItem* item = form->itemAt(row, role))
                    stopsInLayoutOrder(item, stops, out);
        return;
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        for (int row = 0; row < grid->rowCount(); ++row)
            for (int column = 0; column < grid->columnCount(); ++column)
                if (QLayoutItem* item = grid->itemAtPosition(row, column))
                    // A spanning item answers for every cell it covers: take it at its first one.
                    if (int r, c, rs, cs; (grid->getItemPosition(grid->indexOf(item), &r, &c, &rs, &cs),
                                           r == row && c == column))
                        stopsInLayoutOrder(item, stops, out);
        return;
    }
    auto* box = qobject_cast<QBoxLayout*>(layout);
    const bool reversed =
        box && (box->direction() == QBoxLayout::RightToLeft || box->direction() == QBoxLayout::BottomToTop);
    for (int i = 0; i < layout->count(); ++i)
        stopsInLayoutOrder(layout->itemAt(reversed ? layout->count() - 1 - i : i), stops, out);
}

inline void stopsInLayoutOrder(QLayoutItem* item, const QSet<QWidget*>& stops, QList<QWidget*>& out)
{
    if (QLayout* inner = item->layout()) {
        stopsInLayoutOrder(inner, stops, out);
        return;
    }
    QWidget* w = item->widget();
    if (!w)
        return;
    if (stops.contains(w) && !out.contains(w))
        out << w;
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        for (QTabBar* bar : tabs->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
            if (stops.contains(bar) && !out.contains(bar))
                out << bar;
        if (QWidget* page = tabs->currentWidget(); page && page->layout())
            stopsInLayoutOrder(page->layout(), stops, out);
        return;
    }
    if (auto* splitter = qobject_cast<QSplitter*>(w)) {
        for (int i = 0; i < splitter->count(); ++i) {
            QWidget* part = splitter->widget(i);
            if (stops.contains(part) && !out.contains(part))
                out << part;
            if (part->layout())
                stopsInLayoutOrder(part->layout(), stops, out);
        }
        return;
    }
    QLayout* own = w->layout();
    // A scroll area's contents live in its viewport, laid out by the contents' own layout.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(w); area && !own)
        for (QWidget* inner : area->viewport()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (inner->layout())
                stopsInLayoutOrder(inner->layout(), stops, out);
    if (own)
        stopsInLayoutOrder(own, stops, out);
}

// Every tab stop of `window`, in the order its layouts show them: rows top to bottom, items left
// to right, a nested layout or widget wholly before the next item.
inline QList<QWidget*> stopsInVisualOrder(QWidget* window)
{
    const QList<QWidget*> all = tabStops(window);
    const QSet<QWidget*> stops(all.cbegin(), all.cend());
    QList<QWidget*> out;
    if (window->layout())
        stopsInLayoutOrder(window->layout(), stops, out);
    return out;
}

// "objectName (Class)" for messages.
inline QString describe(const QWidget* w)
{
    if (!w)
        return QStringLiteral("(none)");
    const QString name = w->objectName().isEmpty() ? QStringLiteral("?") : w->objectName();
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = QStringLiteral(" \"%1\"").arg(b->text());
    return QStringLiteral("%1 (%2)%3").arg(name, QString::fromLatin1(w->metaObject()->className()), text);
}

} // namespace kq::test
