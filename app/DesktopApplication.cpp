#include "DesktopApplication.h"

#include "store/StoreError.h"

#include <QMessageBox>

#include <exception>

namespace kq {

bool DesktopApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError& e) {
        QMessageBox::critical(activeWindow(), tr("Kangqiao"),
                              tr("The database could not complete this action: %1\nWhat was being saved in "
                                 "this step was rolled back.")
                                  .arg(e.message()));
    } catch (const std::exception& e) {
        QMessageBox::critical(activeWindow(), tr("Kangqiao"),
                              tr("Something went wrong: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

} // namespace kq
