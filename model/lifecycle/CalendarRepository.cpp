#include "CalendarRepository.h"

#include "auth/Actor.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
};
} // namespace

WorkingCalendar CalendarRepository::load()
{
    WorkingCalendar calendar;
    Statement s = m_journal.database().prepare("SELECT day, kind, name FROM calendar_days");
    while (s.step()) {
        const QDate day = QDate::fromString(s.text(0), Qt::ISODate);
        if (day.isValid())
            calendar.set(day,
                         s.text(1) == u"workday" ? WorkingCalendar::DayKind::Workday
                                                 : WorkingCalendar::DayKind::Holiday,
                         s.text(2));
    }
    return calendar;
}

Result<void> CalendarRepository::set(const Actor& actor, const QDate& day, WorkingCalendar::DayKind kind,
                                     const QString& name)
{
    if (!actor.can(Permission::ManageCentre))
        return Error{Tr::tr("Your role may not change the holiday calendar."), {}, NotPermitted};
    if (!day.isValid())
        return Error{Tr::tr("Enter a valid date."), QStringLiteral("day"), Invalid};
    if (name.size() > 60)
        return Error{Tr::tr("The name is too long (60 characters at most)."), QStringLiteral("name"),
                     Invalid};
    const QString kindKey =
        kind == WorkingCalendar::DayKind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
    Database& db = m_journal.database();
    Transaction tx(db);
    db.prepare("DELETE FROM calendar_days WHERE day = ?").bind(1, day.toString(Qt::ISODate)).exec();
    const bool existed = db.changes() > 0; // the platform hears of a new day as a create
    db.prepare("INSERT INTO calendar_days(day, kind, name) VALUES (?, ?, ?)")
        .bindAll(day.toString(Qt::ISODate), kindKey, nullIfEmpty(name.trimmed()))
        .exec();
    // Holidays are the centre's, on every workstation. The day is the key, so the record's id is
    // derived from it and two workstations marking the same day meet on one record.
    m_journal.record(actor, {QStringLiteral("calendar_day"),
                             derivedId(QStringLiteral("calendar_day"), day.toString(Qt::ISODate)),
                             existed ? Change::Op::Update : Change::Op::Create,
                             {},
                             {{QStringLiteral("day"), day.toString(Qt::ISODate)},
                              {QStringLiteral("kind"), kindKey},
                              {QStringLiteral("name"), name.trimmed()}},
                             std::nullopt,
                             true});
    tx.commit();
    return {};
}

Result<void> CalendarRepository::remove(const Actor& actor, const QDate& day)
{
    if (!actor.can(Permission::ManageCentre))
        return Error{Tr::tr("Your role may not change the holiday calendar."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);
    db.prepare("DELETE FROM calendar_days WHERE day = ?").bind(1, day.toString(Qt::ISODate)).exec();
    if (db.changes() > 0)
        m_journal.record(actor, {QStringLiteral("calendar_day"),
                                 derivedId(QStringLiteral("calendar_day"), day.toString(Qt::ISODate)),
                                 Change::Op::Delete,
                                 {},
                                 {{QStringLiteral("day"), day.toString(Qt::ISODate)}},
                                 std::nullopt,
                                 true});
    tx.commit();
    return {};
}

} // namespace kq
