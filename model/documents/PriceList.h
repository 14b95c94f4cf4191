#pragma once

#include "PriceItem.h"

#include <QList>

namespace kq {

// The price list's rows, every item with its whole history, and the questions asked of them.
// A plain value: the repository loads it, agreements and the printed list read it.
class PriceList {
public:
    PriceList() = default;
    explicit PriceList(QList<PriceItem> rows);

    // The rows in force on `day`, one per item (the latest start should periods ever overlap),
    // sorted by name.
    QList<PriceItem> inForce(const QDate& day) const;
    // One item's rows, oldest first.
    QList<PriceItem> history(const QString& itemKey) const;
    // Every row: by name, then each item's rows oldest first.
    const QList<PriceItem>& all() const { return m_rows; }
    // The row of `itemKey` in force on `day`, if any.
    std::optional<PriceItem> rowOn(const QString& itemKey, const QDate& day) const;
    // The item's latest row (in force or not), if the item exists.
    std::optional<PriceItem> latest(const QString& itemKey) const;

private:
    QList<PriceItem> m_rows;
};

} // namespace kq
