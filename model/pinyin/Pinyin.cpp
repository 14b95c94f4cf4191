#include "pinyin/Pinyin.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QVarLengthArray>
#include <QtDebug>

namespace kq {
namespace Pinyin {
namespace {

// Readings of characters used as surnames, put before the dictionary readings (which stay, so 单 also
// finds "dan"). Compound surnames (尉迟, 万俟, 长孙) are not handled.
struct SurnameReading {
    char16_t han;
    const char* reading;
};
constexpr SurnameReading kSurnameReadings[] = {
    {u'单', "shan"}, {u'曾', "zeng"}, {u'仇', "qiu"}, {u'解', "xie"},  {u'区', "ou"},    {u'朴', "piao"},
    {u'查', "zha"},  {u'盖', "ge"},   {u'乐', "yue"}, {u'缪', "miao"}, {u'覃', "qin"},   {u'翟', "zhai"},
    {u'沈', "shen"}, {u'柏', "bai"},  {u'秘', "bi"},  {u'祭', "zhai"}, {u'种', "chong"}, {u'繁', "po"},
    {u'隗', "wei"},  {u'员', "yun"},  {u'那', "na"},  {u'都', "du"},   {u'阚', "kan"},   {u'莘', "shen"},
    {u'华', "hua"},  {u'任', "ren"},  {u'薄', "bo"},  {u'纪', "ji"},   {u'燕', "yan"},   {u'宁', "ning"},
    {u'舍', "she"},  {u'折', "she"},  {u'句', "gou"}, {u'召', "shao"}, {u'郇', "huan"},  {u'红', "hong"},
    {u'贲', "ben"},  {u'过', "guo"},  {u'卜', "bu"},
};

struct Table {
    QHash<char32_t, QStringList> readings;
    QHash<char32_t, QStringList> surnames;
};

uint parseHex(QByteArrayView hex, bool* ok)
{
    uint value = 0;
    *ok = !hex.isEmpty() && hex.size() <= 6;
    for (char ch : hex) {
        value <<= 4;
        if (ch >= '0' && ch <= '9')
            value |= uint(ch - '0');
        else if (ch >= 'A' && ch <= 'F')
            value |= uint(ch - 'A' + 10);
        else if (ch >= 'a' && ch <= 'f')
            value |= uint(ch - 'a' + 10);
        else
            *ok = false;
    }
    return value;
}

Table load()
{
    Table table;
    QFile file(QStringLiteral(":/kangqiao/pinyin/readings.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Pinyin: cannot open the readings table %s", qPrintable(file.fileName()));
        return table;
    }
    const QByteArray data = file.readAll();
    table.readings.reserve(27000);
    // Some 400 distinct syllables: share one QString per syllable instead of one per occurrence.
    QHash<QByteArray, QString> syllables;
    syllables.reserve(512);

    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = QByteArrayView(data).sliced(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty() || line.front() == '#')
            continue;
        const qsizetype tab = line.indexOf('\t');
        bool ok = false;
        const uint code = tab > 2 && line.startsWith("U+") ? parseHex(line.sliced(2, tab - 2), &ok) : 0;
        if (!ok || code > 0x10FFFF) {
            qWarning("Pinyin: malformed line in the readings table: %s", line.toByteArray().constData());
            continue;
        }
        QStringList list;
        qsizetype from = tab + 1;
        while (from < line.size()) {
            qsizetype comma = line.indexOf(',', from);
            if (comma < 0)
                comma = line.size();
            const QByteArray syllable = line.sliced(from, comma - from).trimmed().toByteArray();
            from = comma + 1;
            if (syllable.isEmpty())
                continue;
            auto it = syllables.find(syllable);
            if (it == syllables.end())
                it = syllables.insert(syllable, QString::fromLatin1(syllable));
            if (!list.contains(*it))
                list.append(*it);
        }
        if (!list.isEmpty())
            table.readings.insert(char32_t(code), list);
    }

    // CJK Compatibility Ideographs read as their canonical equivalents (U+F900 豈 -> U+8C48 豈).
    for (char32_t c = 0xF900; c <= 0xFAFF; ++c) {
        if (table.readings.contains(c) || QChar::decompositionTag(c) != QChar::Canonical)
            continue;
        const QString d = QChar::decomposition(c);
        const QList<uint> base = d.toUcs4();
        if (base.size() != 1)
            continue;
        const auto it = table.readings.constFind(char32_t(base.front()));
        if (it != table.readings.cend())
            table.readings.insert(c, *it);
    }

    for (const SurnameReading& s : kSurnameReadings) {
        const QString reading = QString::fromLatin1(s.reading);
        QStringList list{syllables.value(QByteArray(s.reading), reading)};
        for (const QString& r : table.readings.value(s.han))
            if (r != reading)
                list.append(r);
        table.surnames.insert(s.han, list);
    }
    return table;
}

const Table& table()
{
    static const Table t = load(); // thread-safe initialisation
    return t;
}

const QStringList* find(const QHash<char32_t, QStringList>& hash, char32_t c)
{
    const auto it = hash.constFind(c);
    return it == hash.cend() ? nullptr : &*it;
}

// A code point as it appears in keys and queries: letters lower-cased (full-width Latin as ASCII,
// ü as v, other accented Latin letters without accents), digits and other letters (Han included)
// kept; 0 for anything to drop (spaces, punctuation, symbols).
char32_t fold(char32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return c + ('a' - 'A');
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : 0;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII, as typed with a Chinese input method
        return fold(c - 0xFEE0);
    if (c == 0xDC || c == 0xFC || (c >= 0x1D5 && c <= 0x1DC)) // Ü ü Ǖ ǖ Ǘ ǘ Ǚ ǚ Ǜ ǜ
        return 'v';
    if (c >= 0xC0 && c <= 0x24F && QChar::decompositionTag(c) == QChar::Canonical) {
        const QString d = QChar::decomposition(c); // ā -> a + macron
        if (!d.isEmpty())
            return fold(d.at(0).unicode());
    }
    return QChar::isLetterOrNumber(c) ? QChar::toLower(c) : 0;
}

void appendUtf16(QVarLengthArray<char16_t, 64>& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    } else {
        out.append(char16_t(c));
    }
}

// One searchable part of a name: a Han character with its readings, or a run of other letters and
// digits (stored folded in the shared `other` buffer).
struct Unit {
    const QString* readings = nullptr;
    qsizetype count = 1;
    qsizetype otherFrom = 0;
    qsizetype otherLength = 0;
};

class KeyBuilder {
public:
    KeyBuilder(const QVarLengthArray<Unit, 16>& units, const QVarLengthArray<char16_t, 64>& other,
               QStringList& keys)
        : m_units(units), m_other(other), m_keys(keys)
    {
    }

    // Keys for units[start..], for at most `cap` combinations of readings, in order of preference:
    // first the preferred reading of every character, then every combination with one less
    // preferred reading (ranked by how far down the list it is), and so on.
    void addKeys(qsizetype start, int cap)
    {
        m_start = start;
        m_left = cap;
        const qsizetype n = m_units.size() - start;
        m_choice.resize(n);
        m_capacity.resize(n + 1);
        m_capacity[n] = 0;
        for (qsizetype i = n - 1; i >= 0; --i)
            m_capacity[i] = m_capacity[i + 1] + (m_units[start + i].count - 1);
        for (qsizetype rank = 0; rank <= m_capacity[0] && m_left > 0; ++rank)
            choose(0, rank);
    }

private:
    QStringView option(qsizetype unit, qsizetype choice) const
    {
        const Unit& u = m_units[unit];
        if (u.readings)
            return u.readings[choice];
        return QStringView(m_other.constData() + u.otherFrom, u.otherLength);
    }

    void choose(qsizetype i, qsizetype rank)
    {
        if (i == m_choice.size()) {
            output();
            return;
        }
        const qsizetype last = qMin(m_units[m_start + i].count - 1, rank);
        for (qsizetype c = qMax<qsizetype>(0, rank - m_capacity[i + 1]); c <= last && m_left > 0; ++c) {
            m_choice[i] = c;
            choose(i + 1, rank - c);
        }
    }

    void output()
    {
        --m_left;
        m_full.clear();
        m_initials.clear();
        for (qsizetype i = 0; i < m_choice.size(); ++i) {
            const QStringView o = option(m_start + i, m_choice[i]);
            m_full.append(o.utf16(), o.size());
            m_initials.append(o.front().unicode());
            if (o.front().isHighSurrogate() && o.size() > 1)
                m_initials.append(o.at(1).unicode());
        }
        addUnique(QStringView(m_full.constData(), m_full.size()));
        addUnique(QStringView(m_initials.constData(), m_initials.size()));
    }

    void addUnique(QStringView key)
    {
        for (const QString& k : std::as_const(m_keys))
            if (k.size() == key.size() && QStringView(k) == key)
                return;
        m_keys.append(key.toString());
    }

    const QVarLengthArray<Unit, 16>& m_units;
    const QVarLengthArray<char16_t, 64>& m_other;
    QStringList& m_keys;
    qsizetype m_start = 0;
    int m_left = 0;
    QVarLengthArray<qsizetype, 16> m_choice;
    QVarLengthArray<qsizetype, 17> m_capacity;
    QVarLengthArray<char16_t, 64> m_full;
    QVarLengthArray<char16_t, 16> m_initials;
};

// Keys grow with the square of a name's length: index at most this many parts (characters or runs
// of letters), far more than any real name has, so that pasted text cannot stall a save.
constexpr qsizetype kMaxUnits = 64;

bool isHan(char32_t c)
{
    return c >= 0x2E80 && QChar::script(c) == QChar::Script_Han;
}

} // namespace

QStringList readings(char32_t c)
{
    const QStringList* r = find(table().readings, c);
    return r ? *r : QStringList();
}

QStringList surnameReadings(char32_t c)
{
    const Table& t = table();
    if (const QStringList* r = find(t.surnames, c))
        return *r;
    const QStringList* r = find(t.readings, c);
    return r ? *r : QStringList();
}

QStringList searchKeys(const QString& name, int maxCombinations)
{
    const Table& t = table();
    QVarLengthArray<Unit, 16> units;
    QVarLengthArray<char16_t, 64> other;
    bool inRun = false;
    const QChar* p = name.constData();
    const QChar* const end = p + name.size();
    while (p < end && units.size() <= kMaxUnits) {
        char32_t c = p->unicode();
        ++p;
        if (QChar::isHighSurrogate(c) && p < end && p->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), p->unicode());
            ++p;
        }
        if (c >= 0x3400) {
            const QStringList* r = units.isEmpty() ? find(t.surnames, c) : nullptr;
            if (!r)
                r = find(t.readings, c);
            if (r) {
                units.append(Unit{r->constData(), r->size(), 0, 0});
                inRun = false;
                continue;
            }
        }
        const char32_t f = fold(c);
        if (f == 0 || isHan(f)) { // punctuation, or a Han character without a reading
            inRun = false;
            continue;
        }
        if (!inRun)
            units.append(Unit{nullptr, 1, other.size(), 0});
        const qsizetype before = other.size();
        appendUtf16(other, f);
        units.back().otherLength += other.size() - before;
        inRun = true;
    }

    if (units.size() > kMaxUnits)
        units.resize(kMaxUnits);
    QStringList keys;
    if (units.isEmpty())
        return keys;
    keys.reserve(units.size() * 4);
    KeyBuilder builder(units, other, keys);
    for (qsizetype start = 0; start < units.size(); ++start)
        builder.addKeys(start, qMax(1, maxCombinations));
    return keys;
}

QString normaliseQuery(const QString& query)
{
    QVarLengthArray<char16_t, 64> out;
    const QChar* p = query.constData();
    const QChar* const end = p + query.size();
    while (p < end) {
        char32_t c = p->unicode();
        ++p;
        if (QChar::isHighSurrogate(c) && p < end && p->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), p->unicode());
            ++p;
        }
        if (const char32_t f = fold(c))
            appendUtf16(out, f);
    }
    return QString(reinterpret_cast<const QChar*>(out.constData()), out.size());
}

} // namespace Pinyin
} // namespace kq
