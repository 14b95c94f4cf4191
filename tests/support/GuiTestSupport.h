#pragma once

// Helpers for GUI tests: they drive real widgets with QTest key and mouse events, offscreen.

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace kq::test {

// Keeps QSettings of a test run away from the user's real settings.
inline void isolateSettings(const QTemporaryDir& dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KangqiaoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KangqiaoTest"));
}

// Reloads a page whose data arrive from a worker thread, and waits until it says they are shown.
template <typename Page, typename Signal> void reloadAndWait(Page& page, Signal shown)
{
    QSignalSpy spy(&page, shown);
    page.reload();
    QVERIFY2(spy.wait(60'000), "the page did not show its data within a minute");
}

template <typename T = QWidget> T* child(QWidget* parent, const char* objectName)
{
    T* w = parent->findChild<T*>(QLatin1String(objectName));
    if (!w)
        qFatal("no child named %s", objectName);
    return w;
}

// Types text into a focused widget as a person would: ASCII as key presses, Chinese as an input
// method commits it (QTest cannot synthesise key presses for characters outside ASCII).
inline void typeText(QWidget* target, const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(target, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(target, &commit);
        }
    }
}

// Clicks into a line edit, selects what is there and types over it.
inline void typeInto(QWidget* parent, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, objectName);
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

inline void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// Runs `fill` on the modal dialog that `trigger` opens: a modal dialog blocks `trigger` until it closes.
inline void withDialog(const std::function<void()>& trigger, const std::function<void(QDialog*)>& fill)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->activateWindow(); // offscreen does not activate new windows by itself
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // Offscreen reports the window active a moment before QApplication routes keys to it.
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(dialog));
        fill(dialog);
        ran = true;
        if (dialog->isVisible() && QTest::currentTestFailed())
            dialog->reject(); // a failed check inside fill() must not leave the dialog open
    });
    trigger();
    QVERIFY(ran);
}

} // namespace kq::test
