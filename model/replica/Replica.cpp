#include "Replica.h"

#include "EntitySpec.h"
#include "PlatformRecords.h"
#include "WireValue.h"
#include "clients/ClientRecord.h"
#include "clients/ClientSearchKeys.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "sessions/LastContact.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QSet>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replica)
};

using namespace Replication;

const Field* fieldOf(const Spec& spec, const QString& name)
{
    const auto it = spec.fieldIndex.constFind(name);
    return it == spec.fieldIndex.cend() ? nullptr : &spec.fields[*it];
}

bool isVirtual(const Spec& spec, const QString& name)
{
    if (spec.virtualFields.contains(name))
        return true;
    for (const QString& prefix : spec.virtualPrefixes)
        if (name.startsWith(prefix) && name.size() > prefix.size())
            return true;
    return false;
}

bool rowExists(Database& db, const QString& table, const QString& column, const QString& key)
{
    auto s = db.cached(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column).toStdString());
    s->bind(1, key);
    return s->step();
}

// The natural key of the row whose derived id is `id`: tables keyed so are small (calendar days,
// staff profiles), and case files are always sent with their client_id.
QString naturalKeyOf(Database& db, const Spec& spec, const QString& id)
{
    Statement s =
        db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(spec.keyColumn, spec.table).toStdString());
    while (s.step())
        if (derivedId(spec.entity, s.text(0)) == id)
            return s.text(0);
    return {};
}

// The stored values of `columns` in the row, in the form WireValue::toColumn gives.
QVariantMap storedValues(Database& db, const Spec& spec, const QString& key, const QStringList& columns)
{
    QVariantMap out;
    if (columns.isEmpty())
        return out;
    // Cached: a record arrives with every field it ever had, so the column list repeats.
    auto s = db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                           .arg(columns.join(QStringLiteral(", ")), spec.table, spec.keyColumn)
                           .toStdString());
    s->bind(1, key);
    if (s->step())
        for (int i = 0; i < columns.size(); ++i)
            out.insert(columns[i], WireValue::read(*s, i, fieldOf(spec, columns[i])->type));
    return out;
}

// What ClientSearchKeys::forClient reads of a client (name, ID number, phone, the guardians'
// phones in order), or nothing when the client is not here. Read with cached statements:
// ClientRepository::load prepares its two queries on every call, which was a sixth of a pull.
std::optional<ClientRecord> searchedFields(Database& db, const QString& id)
{
    ClientRecord r;
    {
        auto s = db.cached("SELECT name, id_number, phone FROM clients WHERE id = ?");
        s->bind(1, id);
        if (!s->step())
            return std::nullopt;
        r.id = id;
        r.name = s->text(0);
        r.idNumber = s->text(1);
        r.phone = s->text(2);
    }
    auto g = db.cached("SELECT phone FROM guardians WHERE client_id = ? ORDER BY position");
    g->bind(1, id);
    while (g->step()) {
        Guardian guardian;
        guardian.phone = g->text(0);
        r.guardians.append(guardian);
    }
    return r;
}

// No statement journals: why the replica's INSERT and UPDATE say OR FAIL. A statement that may
// write several rows (an UPDATE, or any write that fires a trigger, such as the statistics
// triggers of migration 14) and may abort on a constraint gets a statement journal from SQLite
// 3.15, and SQLCipher encrypts every page copied into it (decision 0005): at the client insert of
// a pull that was a third of the time. FAIL checks the same constraints and fails the same way,
// but does not undo the statement's earlier writes, so it needs no journal. Nothing is lost by
// that here: every refusal is found before the first write, and a store failure rolls back the
// caller's whole transaction.

Error named(const QString& entity, const QString& id, const Error& e)
{
    return Error{Tr::tr("%1 %2: %3").arg(entity, id, e.message), e.field, e.code};
}
} // namespace

QStringList Replica::entities()
{
    return Replication::entities();
}

Result<Replica::Applied> Replica::apply(const QString& entity, const QString& id, const QJsonObject& fields,
                                        bool deleted)
{
    if (id.trimmed().isEmpty())
        return Error{Tr::tr("The record has no id."), QStringLiteral("id"), InvalidValue};
    if (entity == u"referral")
        return PlatformRecords::apply(*this, m_journal, id, fields, deleted);
    if (entity == u"conflict")
        return PlatformRecords::decodeConflict(id, fields, deleted);
    const Spec* spec = Replication::find(entity);
    if (!spec)
        return Error{Tr::tr("Kangqiao does not know records of kind “%1”.").arg(entity),
                     QStringLiteral("entity"), UnknownEntity};
    Database& db = m_journal.database();

    // 1. Every field is a known column or child field, of the column's type.
    Incoming in;
    in.recordId = id;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (const Field* f = fieldOf(*spec, it.key())) {
            Result<QVariant> v = WireValue::toColumn(*f, it.value());
            if (!v)
                return v.error();
            in.columns.insert(it.key(), v.value());
        } else if (isVirtual(*spec, it.key())) {
            in.extra.insert(it.key(), it.value());
        } else {
            return Error{Tr::tr("Records of kind “%1” have no field “%2”.").arg(entity, it.key()), it.key(),
                         UnknownField};
        }
    }

    // 2. The row: by the record id, or by the natural key the id is derived from.
    in.key = id;
    if (!spec->naturalKey.isEmpty()) {
        in.key = in.columns.value(spec->naturalKey).toString();
        if (in.key.isEmpty())
            in.key = naturalKeyOf(db, *spec, id);
        else if (derivedId(spec->entity, in.key) != id)
            return Error{Tr::tr("The value does not belong to this record's id."), spec->naturalKey,
                         InvalidValue};
    }
    in.exists = !in.key.isEmpty() && rowExists(db, spec->table, spec->keyColumn, in.key);
    if (deleted)
        return remove(*spec, in.key, in.exists);
    if (in.key.isEmpty())
        return Error{Tr::tr("A value is required."), spec->naturalKey, MissingField};

    // 3. A new row needs every required column; a stored one may change only where it may.
    QString twin;
    if (!in.exists) {
        for (const Field& f : spec->fields)
            if (f.required && !in.columns.contains(f.name))
                return Error{Tr::tr("A new record needs this field."), f.name, MissingField};
        if (spec->twin) {
            const Result<QString> found = spec->twin(db, in);
            if (!found)
                return found.error();
            twin = found.value();
        }
    }
    QVariantMap changed = in.columns;
    if (in.exists || !twin.isEmpty()) {
        const QVariantMap stored = storedValues(db, *spec, in.exists ? in.key : twin, in.columns.keys());
        for (auto it = changed.begin(); it != changed.end();) {
            if (WireValue::same(stored.value(it.key()), it.value())) {
                it = changed.erase(it);
                continue;
            }
            if (spec->appendOnly ||
                (!spec->mutableColumns.isEmpty() && !spec->mutableColumns.contains(it.key())))
                return Error{Tr::tr("This record was recorded once and does not change."), it.key(),
                             InvalidValue};
            ++it;
        }
    }

    // 4. Referenced rows first (the caller retries MissingParent once they have come).
    for (const auto& [field, table] : spec->parents) {
        const QString ref = in.columns.value(field).toString();
        if (!ref.isEmpty() && !rowExists(db, table, QStringLiteral("id"), ref))
            return Error{Tr::tr("The record it belongs to is not in this store yet."), field, MissingParent};
    }
    if (spec->check)
        if (Result<void> checked = spec->check(db, in); !checked)
            return checked.error();

    // 5. Write: nothing above wrote anything.
    if (!twin.isEmpty()) {
        db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?")
                       .arg(spec->table, spec->keyColumn)
                       .toStdString())
            .bindAll(in.key, twin)
            .exec();
        in.exists = true;
    }
    QStringList clients = in.exists && spec->clientsOf ? spec->clientsOf(db, in.key) : QStringList();
    const bool created = !in.exists;
    if (created)
        insert(*spec, in.key, in.columns);
    else if (!changed.isEmpty())
        update(*spec, in.key, changed, true);
    const bool children = spec->writeChildren && spec->writeChildren(db, in);
    if (!created && changed.isEmpty() && children)
        update(*spec, in.key, {}, true); // a new roster alone still makes other open copies stale
    if (!created && changed.isEmpty() && !children)
        return Applied{};
    if (spec->clientsOf)
        clients << spec->clientsOf(db, in.key);
    refresh(*spec, clients);
    return Applied{Outcome::Written, {}, {}, {}};
}

Result<Replica::Applied> Replica::remove(const Replication::Spec& spec, const QString& key, bool exists)
{
    if (!exists)
        return Applied{}; // gone already, or never here
    Database& db = m_journal.database();
    const QStringList clients = spec.clientsOf ? spec.clientsOf(db, key) : QStringList();
    // Child rows go with the row (ON DELETE CASCADE).
    db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(spec.table, spec.keyColumn).toStdString())
        .bind(1, key)
        .exec();
    refresh(spec, clients);
    return Applied{Outcome::Deleted, {}, {}, {}};
}

void Replica::insert(const Replication::Spec& spec, const QString& key, QVariantMap columns)
{
    if (spec.computed)
        spec.computed(columns);
    columns.insert(spec.keyColumn, key);
    if (spec.hasUpdatedAt)
        columns.insert(QStringLiteral("updated_at"), m_journal.clock().nowIso());
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    // Cached: the records of a kind arrive with the same fields, so this SQL repeats; preparing it
    // for every record was a tenth of a pull. OR FAIL: see "No statement journals" above.
    auto s = m_journal.database().cached(
        QStringLiteral("INSERT OR FAIL INTO %1(%2) VALUES (%3)")
            .arg(spec.table, columns.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
            .toStdString());
    int i = 0;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        WireValue::bind(*s, ++i, it.value());
    s->exec();
}

void Replica::update(const Replication::Spec& spec, const QString& key, QVariantMap columns, bool touch)
{
    if (spec.computed)
        spec.computed(columns);
    QStringList sets;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    if (touch && spec.hasRev)
        sets << QStringLiteral("rev = rev + 1");
    if (touch && spec.hasUpdatedAt)
        sets << QStringLiteral("updated_at = ?");
    if (sets.isEmpty())
        return;
    // OR FAIL: see "No statement journals" above. Prepared each time: which columns changed varies.
    Statement s =
        m_journal.database().prepare(QStringLiteral("UPDATE OR FAIL %1 SET %2 WHERE %3 = ?")
                                         .arg(spec.table, sets.join(QStringLiteral(", ")), spec.keyColumn)
                                         .toStdString());
    int i = 0;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        WireValue::bind(s, ++i, it.value());
    if (touch && spec.hasUpdatedAt)
        s.bind(++i, m_journal.clock().nowIso());
    s.bind(++i, key);
    s.exec();
}

void Replica::refresh(const Replication::Spec& spec, const QStringList& clients)
{
    Database& db = m_journal.database();
    for (const QString& id : QSet<QString>(clients.cbegin(), clients.cend())) {
        if (spec.lastContact)
            LastContact::refresh(db, id);
        if (!spec.searchKeys)
            continue;
        // The same keys ClientRepository writes, from the record as it now is here.
        const std::optional<ClientRecord> record = searchedFields(db, id);
        if (!record)
            continue;
        const QStringList want = ClientSearchKeys::forClient(*record);
        // Only the keys that change are written: a new client has none yet, and an edit seldom
        // touches more than one (a multi-row DELETE would also open a statement journal, 0005).
        QSet<QString> have;
        {
            auto s = db.cached("SELECT key FROM client_search WHERE client_id = ?");
            s->bind(1, id);
            while (s->step())
                have.insert(s->text(0));
        }
        if (!have.isEmpty()) {
            const QSet<QString> wanted(want.cbegin(), want.cend());
            for (const QString& k : std::as_const(have))
                if (!wanted.contains(k))
                    db.cached("DELETE FROM client_search WHERE key = ? AND client_id = ?")
                        ->bindAll(k, id)
                        .exec();
        }
        auto add = db.cached("INSERT OR IGNORE INTO client_search(key, client_id) VALUES (?, ?)");
        for (const QString& k : want) {
            if (have.contains(k))
                continue;
            add->bindAll(k, id);
            add->exec();
            add->reset();
        }
    }
}

Result<Replica::Page> Replica::applyPage(const QList<ReplicaRecord>& records)
{
    Page page;
    QList<ReplicaRecord> pending = records;
    while (!pending.isEmpty()) {
        QList<ReplicaRecord> waiting;
        for (const ReplicaRecord& r : std::as_const(pending)) {
            Result<Applied> applied = apply(r);
            if (!applied) {
                if (applied.error().code != MissingParent)
                    return named(r.entity, r.id, applied.error());
                waiting << r;
                continue;
            }
            if (applied.value().outcome != Outcome::Unchanged)
                ++page.written;
            if (applied.value().conflict)
                page.conflicts << *applied.value().conflict;
            page.notices << applied.value().notices;
        }
        if (waiting.size() == pending.size()) {
            page.waiting = waiting; // no progress: their parents are not on this page
            break;
        }
        pending = waiting;
    }
    return page;
}

} // namespace kq
