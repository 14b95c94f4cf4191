#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kq {

// One price of one service for one period (明码标价). A price change is a new row of the same
// item_key from its effective date; the previous row ends that day (effective_to is exclusive).
struct PriceItem {
    static constexpr int kMaxNameLength = 60;
    static constexpr int kMaxUnitLength = 20;
    static constexpr int kMaxNotesLength = 200;

    QString id;      // this row (UUID)
    QString itemKey; // the item across its price changes (ASCII UUID)
    QString name;    // e.g. 日间康复训练
    QString unit;    // e.g. 次, 月, 小时
    qint64 priceFen = 0;
    QDate effectiveFrom;
    QDate effectiveTo;      // first day no longer in force; invalid while open-ended
    QString serviceContent; // optional ServiceCatalogue content key
    QString notes;
    QString createdBy;
    QDateTime createdAt;

    // True when the row's period covers `day`: from <= day < to (to open-ended when invalid).
    bool inForceOn(const QDate& day) const
    {
        return effectiveFrom.isValid() && day.isValid() && effectiveFrom <= day &&
               (!effectiveTo.isValid() || day < effectiveTo);
    }
};

// Money is integer fen everywhere: floating point cannot hold 0.10 yuan exactly.
namespace Money {
// 1,000,000 yuan: far above any service price, low enough that a slip of the keyboard shows.
inline constexpr qint64 kMaxFen = qint64(1'000'000) * 100;

// "¥12.50"; negative amounts (never stored) as "-¥12.50".
QString format(qint64 fen);
// "12.50" without the currency sign, for editing and for printed tables.
QString plain(qint64 fen);
// Strictly "12", "12.5" or "12.50" (an optional leading ¥ or ￥ and surrounding spaces allowed):
// nothing negative, at most 2 decimals, no thousands separators, at most kMaxFen.
std::optional<qint64> parseYuan(const QString& text);
} // namespace Money

} // namespace kq
