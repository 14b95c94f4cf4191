#pragma once

#include "PriceList.h"
#include "core/Result.h"

namespace kq {

class Journal;
struct Actor;

// The centre's price list (明码标价) in `price_items`. Rows are never deleted or re-priced in
// place: a change closes the row in force and adds a new one, so what was charged on any day stays
// answerable and a signed agreement (which copies its lines) is never touched. Reading needs no
// permission: the list is public by law. Writing needs ManageTemplates, goes through the Journal
// (entity "price_item", synced) and runs in one transaction.
class PriceListRepository {
public:
    enum ErrorCode { NotPermitted = 500, NotFound, Invalid };

    explicit PriceListRepository(Journal& journal) : m_journal(journal) {}

    PriceList load();
    QList<PriceItem> inForce(const QDate& day) { return load().inForce(day); }
    QList<PriceItem> history(const QString& itemKey) { return load().history(itemKey); }
    QList<PriceItem> all() { return load().all(); }

    // A new item from item.effectiveFrom, open-ended; returns its new item key. Errors name the
    // field: "name" (1–60 characters, not the name of another item in force then), "unit" (1–20),
    // "price" (0 to Money::kMaxFen), "effective-from", "service-content" (a known content key or
    // empty), "notes" (at most 200).
    Result<QString> add(const Actor& actor, PriceItem item);

    // A new price from `effectiveFrom`: the row in force that day ends then and a new row, with the
    // same name, unit and content, starts. Returns the new row's id. Errors: NotFound (no such
    // item); Invalid with "effective-from" (not in force that day, on or before the current row's
    // start, or a later change is already recorded), "price" (out of range or unchanged), "notes".
    Result<QString> changePrice(const Actor& actor, const QString& itemKey, qint64 newPriceFen,
                                const QDate& effectiveFrom, const QString& notes = {});

    // Ends the item: the row in force on `from` stops then. Errors: NotFound; Invalid with
    // "effective-to" (not in force that day, on its first day, or a later change is recorded).
    Result<void> withdraw(const Actor& actor, const QString& itemKey, const QDate& from);

private:
    // Ends one price row on `end` (exclusive): a price change ("close") or a withdrawal.
    void endRow(const Actor& actor, const QString& rowId, const QDate& end, const QString& action);
    void insert(const Actor& actor, PriceItem& row, const QString& action);

    Journal& m_journal;
};

} // namespace kq
