#pragma once

#include <QString>
#include <QStringList>

namespace kq {

// Mandarin readings of Chinese characters (from Unihan kMandarin/kHanyuPinyin, tone marks removed,
// ü written v), and the search keys that let a person find 张三 by typing zs, zhangs or zhang san.
namespace Pinyin {

// All readings of one character, most common first; empty for non-Han characters.
QStringList readings(char32_t c);
// Readings of a character used as a surname (单 -> shan, 曾 -> zeng, 解 -> xie, 区 -> ou, 朴 -> piao,
// 查 -> zha, 盖 -> ge, 仇 -> qiu, …), falling back to readings().
QStringList surnameReadings(char32_t c);

// Lower-case search keys for a person's name, for prefix matching: for every start position in the
// name (so the given name alone also finds), the full pinyin ("zhangsan", "san") and the initials
// ("zs", "s"), for every combination of readings of polyphonic characters (the first character of
// the whole name read as a surname), capped at `maxCombinations` per start position. Non-Han
// letters and digits are kept lower-cased; spaces and punctuation dropped. No duplicates.
QStringList searchKeys(const QString& name, int maxCombinations = 16);

// A typed query in the same form as the keys: lower-case, spaces, apostrophes and punctuation
// removed ("Zhang San" -> "zhangsan").
QString normaliseQuery(const QString& query);

} // namespace Pinyin
} // namespace kq
