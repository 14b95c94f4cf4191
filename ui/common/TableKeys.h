#pragma once

#include <QAbstractItemView>

namespace kq::ui {

// Tab leaves a list or table for the next control; the arrow keys move between its cells. By
// default Qt's tables take Tab to move cell by cell and wrap round from the last cell to the first,
// so a keyboard user who tabbed into a table could never tab out of it again.
inline void tabLeavesTable(QAbstractItemView* view)
{
    view->setTabKeyNavigation(false);
}

} // namespace kq::ui
