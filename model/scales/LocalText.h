#pragma once

#include <QLocale>
#include <QString>

namespace kq {

// Text that a scale definition carries in both languages, so a definition file serves a Chinese and
// an English user alike without going through the translation catalogue.
struct LocalText {
    QString zh;
    QString en;

    // The text for the default QLocale(): Chinese for a Chinese locale, else English; the other
    // language when the preferred one is empty.
    QString text() const;
    QString text(const QLocale& locale) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }

    friend bool operator==(const LocalText&, const LocalText&) = default;
};

} // namespace kq
