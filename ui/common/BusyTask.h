#pragma once

#include "BusyState.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>

namespace kq::ui {

// Runs a slow call (Argon2id key derivation, a re-key) on a worker thread while `owner` is
// disabled and shows a busy cursor; the window keeps painting. Returns the call's result.
template <typename F> auto runBusy(QWidget* owner, F&& call) -> decltype(call())
{
    using R = decltype(call());
    const BusyTaskScope busy; // holds off the idle lock until the worker is done
    std::optional<R> result;
    std::exception_ptr failure;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (owner)
        owner->setEnabled(false);
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            result.emplace(call());
        } catch (...) {
            failure = std::current_exception(); // rethrown below, on the GUI thread, unwrapped
        }
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    if (owner)
        owner->setEnabled(true);
    QApplication::restoreOverrideCursor();
    if (failure)
        std::rethrow_exception(failure);
    return std::move(*result);
}

} // namespace kq::ui
