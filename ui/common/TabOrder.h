#pragma once

class QWidget;

namespace kq::ui {

// Makes Tab follow a window's layouts as they show the controls, whatever order the controls were
// created in: rows top to bottom, items left to right (a form's label then its field, a grid row by
// row), a nested layout or group box wholly before the next item, a tab widget's bar before its
// pages. Hidden controls keep their place and Qt skips them. Call it once the layouts are built,
// and again after adding rows.
void tabInLayoutOrder(QWidget* window);

} // namespace kq::ui
