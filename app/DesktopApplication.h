#pragma once

#include <QApplication>

namespace kq {

// The desktop application object. Qt cannot carry exceptions through its event loop, so a store
// failure inside a click (disk full, a damaged page) is caught here, shown to the person with its
// reason, and the program goes on instead of terminating with unsaved work on screen.
class DesktopApplication : public QApplication {
    Q_OBJECT
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace kq
