#include "PriceListRepository.h"

#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Ids.h"
#include "core/Text.h"
#include "services/ServiceCatalogue.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PriceListRepository)
};

const QString kEntity = QStringLiteral("price_item");

// A typo such as 0226 or 2262 would otherwise make a price silently never or always apply.
bool plausibleDate(const QDate& d)
{
    return d.isValid() && d.year() >= 2000 && d.year() <= 2099;
}

Error invalid(const QList<Error>& errors)
{
    return combinedErrors(errors, PriceListRepository::Invalid);
}

void checkPrice(QList<Error>& errors, qint64 fen)
{
    if (fen < 0 || fen > Money::kMaxFen)
        errors.append(Error{
            Tr::tr("Enter a price from 0 to %1 yuan, with at most two decimals.").arg(Money::kMaxFen / 100),
            QStringLiteral("price")});
}

void checkNotes(QList<Error>& errors, const QString& notes)
{
    if (notes.size() > PriceItem::kMaxNotesLength)
        errors.append(Error{Tr::tr("Notes are at most %1 characters.").arg(PriceItem::kMaxNotesLength),
                            QStringLiteral("notes")});
}
} // namespace

PriceList PriceListRepository::load()
{
    Statement s = m_journal.database().prepare(
        "SELECT id, item_key, name, unit, price_fen, effective_from, effective_to, service_content, notes, "
        "created_by, created_at FROM price_items");
    QList<PriceItem> rows;
    while (s.step()) {
        PriceItem p;
        p.id = s.text(0);
        p.itemKey = s.text(1);
        p.name = s.text(2);
        p.unit = s.text(3);
        p.priceFen = s.int64(4);
        p.effectiveFrom = QDate::fromString(s.text(5), Qt::ISODate);
        p.effectiveTo = QDate::fromString(s.text(6), Qt::ISODate);
        p.serviceContent = s.text(7);
        p.notes = s.text(8);
        p.createdBy = s.text(9);
        p.createdAt = QDateTime::fromString(s.text(10), Qt::ISODateWithMs);
        rows.append(p);
    }
    return PriceList(std::move(rows));
}

Result<QString> PriceListRepository::add(const Actor& actor, PriceItem item)
{
    if (!actor.can(Permission::ManageTemplates))
        return Error{Tr::tr("Your role may not change the price list."), {}, NotPermitted};
    item.name = item.name.trimmed();
    item.unit = item.unit.trimmed();
    item.notes = item.notes.trimmed();
    item.serviceContent = item.serviceContent.trimmed();

    Database& db = m_journal.database();
    Transaction tx(db);
    const PriceList list = load();
    QList<Error> errors;
    if (item.name.isEmpty() || item.name.size() > PriceItem::kMaxNameLength || hasHiddenCharacters(item.name))
        errors.append(
            Error{Tr::tr("Enter the name of the service, 1 to %1 characters.").arg(PriceItem::kMaxNameLength),
                  QStringLiteral("name")});
    else if (plausibleDate(item.effectiveFrom))
        for (const PriceItem& other : list.inForce(item.effectiveFrom))
            if (other.name == item.name) {
                errors.append(Error{
                    Tr::tr("“%1” is already on the price list; change its price instead.").arg(item.name),
                    QStringLiteral("name")});
                break;
            }
    if (item.unit.isEmpty() || item.unit.size() > PriceItem::kMaxUnitLength || hasHiddenCharacters(item.unit))
        errors.append(Error{Tr::tr("Enter the unit charged for, such as 次, 月 or 小时 (1 to %1 characters).")
                                .arg(PriceItem::kMaxUnitLength),
                            QStringLiteral("unit")});
    checkPrice(errors, item.priceFen);
    if (!plausibleDate(item.effectiveFrom))
        errors.append(
            Error{Tr::tr("Enter the date the price takes effect."), QStringLiteral("effective-from")});
    if (!item.serviceContent.isEmpty() && !ServiceCatalogue::load(db).isKnownContent(item.serviceContent))
        errors.append(Error{Tr::tr("“%1” is not in the list of service contents.").arg(item.serviceContent),
                            QStringLiteral("service-content")});
    checkNotes(errors, item.notes);
    if (!errors.isEmpty())
        return invalid(errors);

    item.itemKey = newId();
    item.effectiveTo = QDate();
    insert(actor, item, QStringLiteral("create"));
    tx.commit();
    return item.itemKey;
}

Result<QString> PriceListRepository::changePrice(const Actor& actor, const QString& itemKey,
                                                 qint64 newPriceFen, const QDate& effectiveFrom,
                                                 const QString& notes)
{
    if (!actor.can(Permission::ManageTemplates))
        return Error{Tr::tr("Your role may not change the price list."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const PriceList list = load();
    const std::optional<PriceItem> latest = list.latest(itemKey);
    if (!latest)
        return Error{Tr::tr("The price list item was not found."), QStringLiteral("item"), NotFound};

    QList<Error> errors;
    const QString field = QStringLiteral("effective-from");
    const std::optional<PriceItem> current =
        plausibleDate(effectiveFrom) ? list.rowOn(itemKey, effectiveFrom) : std::nullopt;
    if (!plausibleDate(effectiveFrom))
        errors.append(Error{Tr::tr("Enter the date the new price takes effect."), field});
    else if (!current)
        errors.append(Error{
            Tr::tr("“%1” is not on the price list on %2.").arg(latest->name, isoDate(effectiveFrom)), field});
    else if (effectiveFrom <= current->effectiveFrom)
        errors.append(Error{Tr::tr("The new price must start after the current one (in force from %1).")
                                .arg(isoDate(current->effectiveFrom)),
                            field});
    else if (latest->id != current->id)
        // Periods of one item never overlap: a change between two recorded ones would.
        errors.append(Error{Tr::tr("A later price of “%1” is already recorded, from %2.")
                                .arg(latest->name, isoDate(latest->effectiveFrom)),
                            field});
    checkPrice(errors, newPriceFen);
    if (current && newPriceFen == current->priceFen)
        errors.append(
            Error{Tr::tr("The new price is the same as the current one."), QStringLiteral("price")});
    checkNotes(errors, notes.trimmed());
    if (!errors.isEmpty())
        return invalid(errors);

    endRow(actor, current->id, effectiveFrom, QStringLiteral("close"));
    PriceItem next = *current;
    next.priceFen = newPriceFen;
    next.effectiveFrom = effectiveFrom;
    next.effectiveTo = current->effectiveTo; // a withdrawal already recorded still applies
    next.notes = notes.trimmed();
    insert(actor, next, QStringLiteral("change-price"));
    tx.commit();
    return next.id;
}

Result<void> PriceListRepository::withdraw(const Actor& actor, const QString& itemKey, const QDate& from)
{
    if (!actor.can(Permission::ManageTemplates))
        return Error{Tr::tr("Your role may not change the price list."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    const PriceList list = load();
    const std::optional<PriceItem> latest = list.latest(itemKey);
    if (!latest)
        return Error{Tr::tr("The price list item was not found."), QStringLiteral("item"), NotFound};
    const QString field = QStringLiteral("effective-to");
    if (!plausibleDate(from))
        return Error{Tr::tr("Enter the first day the item is no longer offered."), field, Invalid};
    const std::optional<PriceItem> current = list.rowOn(itemKey, from);
    if (!current)
        return Error{Tr::tr("“%1” is not on the price list on %2.").arg(latest->name, isoDate(from)), field,
                     Invalid};
    if (from <= current->effectiveFrom)
        return Error{Tr::tr("The item can end at the earliest the day after its current price starts (%1).")
                         .arg(isoDate(current->effectiveFrom)),
                     field, Invalid};
    if (latest->id != current->id)
        return Error{Tr::tr("A later price of “%1” is already recorded, from %2.")
                         .arg(latest->name, isoDate(latest->effectiveFrom)),
                     field, Invalid};

    endRow(actor, current->id, from, QStringLiteral("withdraw"));
    tx.commit();
    return {};
}

void PriceListRepository::endRow(const Actor& actor, const QString& rowId, const QDate& end,
                                 const QString& action)
{
    m_journal.database()
        .cached("UPDATE price_items SET effective_to = ? WHERE id = ?")
        ->bindAll(isoDate(end), rowId)
        .exec();
    m_journal.record(actor, {kEntity,
                             rowId,
                             Change::Op::Update,
                             action,
                             {{QStringLiteral("effective_to"), isoDate(end)}},
                             std::nullopt,
                             true});
}

void PriceListRepository::insert(const Actor& actor, PriceItem& row, const QString& action)
{
    row.id = newId();
    row.createdBy = actor.username;
    row.createdAt = m_journal.clock().now();
    const QString now = m_journal.clock().nowIso();
    // Empty optional texts are stored as NULL, as the migration intends.
    const QString content = row.serviceContent.isEmpty() ? QString() : row.serviceContent;
    const QString notes = row.notes.isEmpty() ? QString() : row.notes;
    m_journal.database()
        .cached("INSERT INTO price_items(id, item_key, name, unit, price_fen, effective_from, effective_to, "
                "service_content, notes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(row.id, row.itemKey, row.name, row.unit, row.priceFen, isoDate(row.effectiveFrom),
                  isoDate(row.effectiveTo), content, notes, row.createdBy, now)
        .exec();
    m_journal.record(actor, {kEntity,
                             row.id,
                             Change::Op::Create,
                             action,
                             {{QStringLiteral("item_key"), row.itemKey},
                              {QStringLiteral("name"), row.name},
                              {QStringLiteral("unit"), row.unit},
                              {QStringLiteral("price_fen"), row.priceFen},
                              {QStringLiteral("effective_from"), isoDate(row.effectiveFrom)},
                              {QStringLiteral("effective_to"), isoDate(row.effectiveTo)},
                              {QStringLiteral("service_content"), content},
                              {QStringLiteral("notes"), notes},
                              {QStringLiteral("created_by"), row.createdBy},
                              {QStringLiteral("created_at"), now}},
                             std::nullopt,
                             true});
}

} // namespace kq
