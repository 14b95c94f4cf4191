#include "StaffTrainingRepository.h"

#include "accounts/AccountRepository.h"
#include "auth/Actor.h"
#include "clients/ClientSearchKeys.h"
#include "core/Clock.h"
#include "core/Errors.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StaffTrainingRepository)
};

bool canRead(const Actor& actor)
{
    return actor.can(Permission::ManageTraining) || actor.can(Permission::ViewStatistics);
}

Error notPermitted()
{
    return Error{
        Tr::tr("Your role may not keep staff training records."), {}, StaffTrainingRepository::NotPermitted};
}
} // namespace

Result<QString> StaffTrainingRepository::add(const Actor& actor, TrainingRecord record)
{
    if (!actor.can(Permission::ManageTraining))
        return notPermitted();
    record.username = record.username.trimmed();
    record.topic = record.topic.trimmed();
    record.provider = record.provider.trimmed();
    const QDate today = m_journal.clock().now().toLocalTime().date();

    QList<Error> errors;
    if (record.username.isEmpty() || !AccountRepository(m_journal).findByUsername(record.username))
        errors.append(Error{Tr::tr("Choose the member of staff who attended."), QStringLiteral("username")});
    if (!record.heldOn.isValid())
        errors.append(Error{Tr::tr("Enter the date of the training."), QStringLiteral("held-on")});
    else if (record.heldOn > today)
        errors.append(Error{Tr::tr("The training date cannot be in the future."), QStringLiteral("held-on")});
    if (record.minutes <= 0 || record.minutes > TrainingRecord::kMaxMinutes)
        errors.append(Error{Tr::tr("Enter the hours of training: more than 0, at most 24 per record."),
                            QStringLiteral("hours")});
    if (record.topic.isEmpty())
        errors.append(Error{Tr::tr("Enter the topic of the training."), QStringLiteral("topic")});
    else if (record.topic.size() > TrainingRecord::kMaxTextLength)
        errors.append(
            Error{Tr::tr("The topic is longer than %1 characters.").arg(TrainingRecord::kMaxTextLength),
                  QStringLiteral("topic")});
    if (record.provider.size() > TrainingRecord::kMaxTextLength)
        errors.append(
            Error{Tr::tr("The provider is longer than %1 characters.").arg(TrainingRecord::kMaxTextLength),
                  QStringLiteral("provider")});
    if (!errors.isEmpty()) {
        return combinedErrors(errors, Invalid);
    }

    Database& db = m_journal.database();
    Transaction tx(db);
    record.id = newId();
    record.createdBy = actor.username;
    record.createdAt = m_journal.clock().now();
    const QString createdAt = m_journal.clock().nowIso();
    db.cached("INSERT INTO staff_training(id, username, held_on, minutes, topic, provider, created_by, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(record.id, record.username, isoDate(record.heldOn), record.minutes, record.topic,
                  nullIfEmpty(record.provider), record.createdBy, createdAt)
        .exec();
    m_journal.record(actor, {QStringLiteral("staff_training"),
                             record.id,
                             Change::Op::Create,
                             {},
                             {{QStringLiteral("username"), record.username},
                              {QStringLiteral("held_on"), isoDate(record.heldOn)},
                              {QStringLiteral("minutes"), record.minutes},
                              {QStringLiteral("topic"), record.topic},
                              {QStringLiteral("provider"), record.provider},
                              {QStringLiteral("created_by"), record.createdBy},
                              {QStringLiteral("created_at"), createdAt}},
                             std::nullopt,
                             true}); // the centre's training hours count on every workstation
    tx.commit();
    return record.id;
}

Result<void> StaffTrainingRepository::remove(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ManageTraining))
        return notPermitted();
    Database& db = m_journal.database();
    Transaction tx(db);
    db.cached("DELETE FROM staff_training WHERE id = ?")->bind(1, id).exec();
    if (db.changes() == 0)
        return Error{Tr::tr("The training record was not found."), {}, NotFound};
    m_journal.record(actor,
                     {QStringLiteral("staff_training"), id, Change::Op::Delete, {}, {}, std::nullopt, true});
    tx.commit();
    return {};
}

Result<QList<TrainingRecord>> StaffTrainingRepository::list(const Actor& actor, int year)
{
    if (!canRead(actor))
        return notPermitted();
    // ISO dates compare as text, so a year is a string range.
    Statement s = m_journal.database().prepare(
        "SELECT id, username, held_on, minutes, topic, provider, created_by, created_at FROM staff_training "
        "WHERE held_on BETWEEN ? AND ? ORDER BY held_on, username, created_at");
    s.bindAll(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
              QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')));
    QList<TrainingRecord> out;
    while (s.step()) {
        TrainingRecord r;
        r.id = s.text(0);
        r.username = s.text(1);
        r.heldOn = s.date(2);
        r.minutes = int(s.int64(3));
        r.topic = s.text(4);
        r.provider = s.text(5);
        r.createdBy = s.text(6);
        r.createdAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

Result<void> StaffTrainingRepository::setProfile(const Actor& actor, const StaffProfile& profile)
{
    if (!actor.can(Permission::ManageTraining))
        return notPermitted();
    if (!AccountRepository(m_journal).findByUsername(profile.username))
        return Error{Tr::tr("%1 is not a staff account.").arg(profile.username), QStringLiteral("username"),
                     Invalid};
    if (!StaffQualifications::isKnown(profile.qualification))
        return Error{Tr::tr("Choose a qualification from the list."), QStringLiteral("qualification"),
                     Invalid};
    Database& db = m_journal.database();
    Transaction tx(db);
    bool existed = false;
    {
        auto s = db.cached("SELECT 1 FROM staff_profiles WHERE username = ?");
        s->bind(1, profile.username);
        existed = s->step();
    }
    // INSERT OR REPLACE: SQLite 3.15 has no UPSERT, and the row has nothing else to keep.
    const QString now = m_journal.clock().nowIso();
    db.cached("INSERT OR REPLACE INTO staff_profiles(username, qualification, direct_service, updated_by, "
              "updated_at) VALUES (?, ?, ?, ?, ?)")
        ->bindAll(profile.username, profile.qualification, profile.directService, actor.username, now)
        .exec();
    // Keyed by username, so the record's id is derived from it: every workstation's profile of a
    // person is one record at the platform. The whole row travels; it is small.
    m_journal.record(actor, {QStringLiteral("staff_profile"),
                             derivedId(QStringLiteral("staff_profile"), profile.username),
                             existed ? Change::Op::Update : Change::Op::Create,
                             {},
                             {{QStringLiteral("username"), profile.username},
                              {QStringLiteral("qualification"), profile.qualification},
                              {QStringLiteral("direct_service"), profile.directService},
                              {QStringLiteral("updated_by"), actor.username},
                              {QStringLiteral("updated_at"), now}},
                             std::nullopt,
                             true});
    tx.commit();
    return {};
}

Result<QList<StaffProfile>> StaffTrainingRepository::profiles(const Actor& actor)
{
    if (!canRead(actor))
        return notPermitted();
    return staff(m_journal.database());
}

QList<StaffProfile> StaffTrainingRepository::staff(Database& db)
{
    Statement s = db.prepare("SELECT a.username, a.display_name, p.qualification, p.direct_service "
                             "FROM accounts a LEFT JOIN staff_profiles p ON p.username = a.username "
                             "WHERE a.active = 1 AND a.role <> 'administrator' "
                             "ORDER BY a.username");
    QList<StaffProfile> out;
    while (s.step()) {
        StaffProfile p;
        p.username = s.text(0);
        p.displayName = s.text(1);
        if (!s.isNull(2))
            p.qualification = s.text(2);
        p.directService = s.isNull(3) || s.int64(3) != 0;
        out.append(p);
    }
    // In pinyin order of the names, as people look for a colleague (see AccountRepository::list).
    std::stable_sort(out.begin(), out.end(), [](const StaffProfile& a, const StaffProfile& b) {
        return ClientSearchKeys::sortKey(a.displayName) < ClientSearchKeys::sortKey(b.displayName);
    });
    return out;
}

} // namespace kq
