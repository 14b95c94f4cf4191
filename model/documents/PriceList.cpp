#include "PriceList.h"

#include <QHash>

#include <algorithm>

namespace kq {

namespace {
// Code-point order for names: the same on every workstation, whatever its locale.
bool byNameThenStart(const PriceItem& a, const PriceItem& b)
{
    if (const int c = QString::compare(a.name, b.name); c != 0)
        return c < 0;
    if (a.itemKey != b.itemKey)
        return a.itemKey < b.itemKey;
    return a.effectiveFrom < b.effectiveFrom;
}
} // namespace

PriceList::PriceList(QList<PriceItem> rows) : m_rows(std::move(rows))
{
    std::stable_sort(m_rows.begin(), m_rows.end(), byNameThenStart);
}

QList<PriceItem> PriceList::inForce(const QDate& day) const
{
    QHash<QString, qsizetype> chosen; // item key -> index in `out`
    QList<PriceItem> out;
    for (const PriceItem& row : m_rows) {
        if (!row.inForceOn(day))
            continue;
        if (const auto it = chosen.constFind(row.itemKey); it != chosen.constEnd()) {
            if (out[*it].effectiveFrom < row.effectiveFrom)
                out[*it] = row;
            continue;
        }
        chosen.insert(row.itemKey, out.size());
        out.append(row);
    }
    // A renamed item's rows may sort apart; the chosen rows are sorted again by their own names.
    std::stable_sort(out.begin(), out.end(), byNameThenStart);
    return out;
}

QList<PriceItem> PriceList::history(const QString& itemKey) const
{
    QList<PriceItem> out;
    for (const PriceItem& row : m_rows)
        if (row.itemKey == itemKey)
            out.append(row);
    std::stable_sort(out.begin(), out.end(), [](const PriceItem& a, const PriceItem& b) {
        return a.effectiveFrom < b.effectiveFrom;
    });
    return out;
}

std::optional<PriceItem> PriceList::rowOn(const QString& itemKey, const QDate& day) const
{
    std::optional<PriceItem> found;
    for (const PriceItem& row : m_rows)
        if (row.itemKey == itemKey && row.inForceOn(day) &&
            (!found || found->effectiveFrom < row.effectiveFrom))
            found = row;
    return found;
}

std::optional<PriceItem> PriceList::latest(const QString& itemKey) const
{
    const QList<PriceItem> rows = history(itemKey);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.last();
}

} // namespace kq
