#pragma once

#include <QString>

class QComboBox;

namespace kq::ui {

// Loads Kangqiao's and Qt's own translations for a language setting ("system", "zh_CN", "en"),
// replacing any loaded before, so the language can change while the program runs.
namespace Language {
void apply(const QString& setting);
// The language code actually in use after apply(), e.g. "zh_CN" or "en".
QString current();
// Adds the languages Kangqiao ships to a picker, each named in itself (data: "zh_CN", "en").
void addChoices(QComboBox* box);
} // namespace Language

} // namespace kq::ui
