#include "ServiceIndicators.h"

#include "services/ServiceCatalogue.h"
#include "sessions/ServicePlace.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServiceIndicators)
};

// One number being counted, with the ids behind it when they are kept (each id once).
struct Tally {
    qint64 value = 0;
    QStringList records;
    QSet<QString> seen;

    void add(qint64 n, const QString& id, bool keep)
    {
        value += n;
        if (keep && !seen.contains(id)) {
            seen.insert(id);
            records.append(id);
        }
    }
};

Indicator indicator(const QString& key, const QString& label, Tally&& t)
{
    return Indicator{key, label, t.value, -1, std::move(t.records)};
}

// A breakdown: every entry of `listed` in its order (zero or not, so that exports keep the same
// columns month after month), then any other key that has a count (an inactive or unknown entry).
void appendBreakdown(IndicatorGroup& g, const QString& prefix, const QStringList& listed,
                     QMap<QString, Tally>& tallies, const std::function<QString(const QString&)>& label)
{
    for (const QString& key : listed)
        g.indicators.append(indicator(prefix + key, label(key), std::move(tallies[key])));
    for (auto it = tallies.begin(); it != tallies.end(); ++it)
        if (!listed.contains(it.key()) && it->value > 0)
            g.indicators.append(indicator(prefix + it.key(), label(it.key()), std::move(*it)));
}
} // namespace

IndicatorGroup ServiceIndicators::compute(Database& db, const ReportPeriod& period, bool keepRecords)
{
    const QString from = isoDate(period.from);
    const QString to = isoDate(period.to);
    Tally sessions, meetings, attendances, total, minutes, clients;
    QMap<QString, Tally> byContent, byForm, byPlace, byStaff;

    // One pass over the period's sessions, read from sessions_by_day_all alone (it holds every
    // column counted here): a month of a large centre is a hundred thousand entries, cheaper to
    // count here than in one query per breakdown.
    // Forms, places, staff and lists of contents repeat: each text is looked up once per pass, and
    // a session's id is made a string only when it is kept.
    QHash<QByteArray, Tally*> formOf, placeOf, staffOf;
    QHash<QByteArray, QList<Tally*>> contentsOf;
    const auto raw = [](std::string_view v) {
        return QByteArray::fromRawData(v.data(), qsizetype(v.size()));
    };
    const auto tallyOf = [&](QHash<QByteArray, Tally*>& cache, QMap<QString, Tally>& map,
                             std::string_view key) -> Tally& {
        auto it = cache.constFind(raw(key));
        if (it == cache.cend())
            it = cache.insert(QByteArray(key.data(), qsizetype(key.size())),
                              &map[QString::fromUtf8(key.data(), qsizetype(key.size()))]);
        return **it;
    };
    QSet<QByteArray> served;
    Statement s = db.prepare("SELECT id, client_id, staff, minutes, contents, form, place FROM sessions "
                             "WHERE held_on BETWEEN ? AND ?");
    s.bindAll(from, to);
    while (s.step()) {
        const QString id = keepRecords ? s.text(0) : QString();
        sessions.add(1, id, keepRecords);
        total.add(1, id, keepRecords);
        minutes.add(s.int64(3), id, keepRecords);
        // Distinct clients are counted with or without records.
        if (const std::string_view client = s.utf8(1); !served.contains(raw(client))) {
            served.insert(QByteArray(client.data(), qsizetype(client.size())));
            clients.add(0, QString::fromUtf8(client.data(), qsizetype(client.size())), true);
        }
        const std::string_view text = s.utf8(4);
        auto contents = contentsOf.constFind(raw(text));
        if (contents == contentsOf.cend()) {
            QList<Tally*> each;
            for (const QString& content : QString::fromUtf8(text.data(), qsizetype(text.size()))
                                              .split(QLatin1Char(' '), Qt::SkipEmptyParts))
                each << &byContent[content];
            contents = contentsOf.insert(QByteArray(text.data(), qsizetype(text.size())), each);
        }
        for (Tally* t : *contents)
            t->add(1, id, keepRecords);
        tallyOf(formOf, byForm, s.utf8(5)).add(1, id, keepRecords);
        tallyOf(placeOf, byPlace, s.utf8(6)).add(1, id, keepRecords);
        tallyOf(staffOf, byStaff, s.utf8(2)).add(1, id, keepRecords);
    }

    // Meetings held: those whose attendance was taken (a meeting later in the month is only
    // planned). One row per client present, or one row with no client when nobody came.
    Statement m = db.prepare(
        "SELECT g.id, g.minutes, g.content, g.form, g.place, g.facilitators, a.client_id "
        "FROM group_activities g LEFT JOIN group_attendance a ON a.activity_id = g.id AND a.present = 1 "
        "WHERE g.held_on BETWEEN ? AND ? AND g.attendance_on IS NOT NULL");
    m.bindAll(from, to);
    QSet<QString> meetingsSeen;
    while (m.step()) {
        const QString id = m.text(0);
        if (!meetingsSeen.contains(id)) {
            meetingsSeen.insert(id);
            meetings.add(1, id, keepRecords);
            for (const QString& who : m.text(5).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                byStaff[who].add(1, id, keepRecords);
        }
        if (m.isNull(6))
            continue;
        attendances.add(1, id, keepRecords);
        total.add(1, id, keepRecords);
        minutes.add(m.int64(1), id, keepRecords);
        clients.add(0, m.text(6), true);
        byContent[m.text(2)].add(1, id, keepRecords);
        byForm[m.text(3)].add(1, id, keepRecords);
        byPlace[m.text(4)].add(1, id, keepRecords);
    }
    clients.value = clients.seen.size();
    if (!keepRecords)
        clients.records.clear();

    IndicatorGroup g{QStringLiteral("services"), Tr::tr("Services"), {}};
    g.indicators.append(
        indicator(QStringLiteral("services.sessions"), Tr::tr("Individual sessions"), std::move(sessions)));
    g.indicators.append(indicator(QStringLiteral("services.group_meetings"), Tr::tr("Group meetings held"),
                                  std::move(meetings)));
    g.indicators.append(indicator(QStringLiteral("services.attendances"),
                                  Tr::tr("Group attendances (clients present)"), std::move(attendances)));
    g.indicators.append(indicator(QStringLiteral("services.total"),
                                  Tr::tr("Services (sessions and attendances)"), std::move(total)));
    g.indicators.append(
        indicator(QStringLiteral("services.minutes"), Tr::tr("Service time (minutes)"), std::move(minutes)));
    g.indicators.append(indicator(QStringLiteral("services.clients_served"),
                                  Tr::tr("Clients served at least once"), std::move(clients)));

    const ServiceCatalogue catalogue = ServiceCatalogue::load(db);
    QStringList contents, forms, places;
    for (const ServiceEntry& e : catalogue.contents())
        contents << e.key;
    for (const ServiceEntry& e : catalogue.forms())
        forms << e.key;
    for (ServicePlace p : ServicePlaces::all())
        places << ServicePlaces::key(p);
    appendBreakdown(g, QStringLiteral("services.by_content."), contents, byContent, [&](const QString& k) {
        return Tr::tr("Services by content: %1").arg(catalogue.contentName(k));
    });
    appendBreakdown(g, QStringLiteral("services.by_form."), forms, byForm, [&](const QString& k) {
        return Tr::tr("Services by form: %1").arg(catalogue.formName(k));
    });
    appendBreakdown(g, QStringLiteral("services.by_place."), places, byPlace, [](const QString& k) {
        const std::optional<ServicePlace> p = ServicePlaces::fromKey(k);
        return Tr::tr("Services by place: %1").arg(p ? ServicePlaces::name(*p) : k);
    });

    // Staff are named by their display name; a username no longer on the accounts list stays as is.
    QHash<QString, QString> names;
    Statement a = db.prepare("SELECT username, display_name FROM accounts");
    while (a.step())
        names.insert(a.text(0), a.text(1));
    appendBreakdown(g, QStringLiteral("services.by_staff."), {}, byStaff, [&](const QString& k) {
        return Tr::tr("Sessions and meetings by staff: %1").arg(names.value(k, k));
    });
    return g;
}

} // namespace kq
