#pragma once

#include <QWidget>

namespace kq::ui {

// A page of the main window that shows data from the store. The window calls reload() after
// sign-in or unlock and clearData() when it locks, so nothing decrypted stays on screen or in
// models while locked. Unsaved form input is not "data" and survives a lock.
class WorkspacePage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual void reload() = 0;
    virtual void clearData() = 0;
    // Shown by the navigation: put the focus where the person will type first.
    virtual void activate() {}
};

} // namespace kq::ui
