#include "DemoSessions.h"

#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionLogRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <array>

namespace kq {

namespace {

constexpr int kBatch = 20000; // logs per transaction

// A stretch of service: from the start (or resumption) to a green channel, transfer or closure.
struct Span {
    QDate from;
    QDate to;
};

struct Served {
    QString id;
    QString manager;
    QList<Span> spans;
    int days = 0;
    QStringList goals;    // goal ids of the latest plan
    QStringList contents; // content keys of its services
    QStringList forms;
};

// How services are delivered, weighted (per hundred): the form, the place it implies, its length.
struct Delivery {
    const char* form;
    ServicePlace place;
    int weight;
    std::array<int, 3> minutes;
};
constexpr std::array kDeliveries{
    Delivery{"day_training", ServicePlace::Centre, 34, {60, 90, 120}},
    Delivery{"case_management", ServicePlace::Centre, 18, {30, 45, 60}},
    Delivery{"case_management", ServicePlace::Phone, 12, {10, 15, 20}},
    Delivery{"home_support", ServicePlace::Home, 12, {45, 60, 90}},
    Delivery{"vocational_rehab", ServicePlace::Community, 8, {120, 180, 240}},
    Delivery{"family_assistance", ServicePlace::Centre, 7, {45, 60, 90}},
    Delivery{"peer_support", ServicePlace::Community, 5, {60, 90, 120}},
    Delivery{"case_management", ServicePlace::Online, 4, {20, 30, 45}},
};

constexpr std::array kDone{u"参加服药训练，能说出药名和剂量",
                           u"练习购物与乘车",
                           u"在厨房完成简单烹饪",
                           u"参与社交技能角色扮演",
                           u"讨论近期作息与睡眠",
                           u"家访，查看居家环境与服药情况",
                           u"电话了解近况",
                           u"与家属沟通照护方法",
                           u"职业康复：在合作超市上岗实习",
                           u"健康教育：合理饮食与运动"};
constexpr std::array kResponse{u"情绪平稳，配合度好。",
                               u"主动发言，较上次积极。",
                               u"注意力不集中，需多次提醒。",
                               u"自述睡眠改善。",
                               u"表示服药后困倦，已建议复诊时告知医生。",
                               u"与同伴交流增多。",
                               u"家属反映在家能完成家务。",
                               u"有轻度焦虑，经疏导后缓解。"};
constexpr std::array kNext{u"下周继续训练", u"两周后家访", u"提醒按时复诊", u"联系就业辅导员", u""};

struct Topic {
    const char16_t* name;
    const char* content;
};
constexpr std::array kTopics{
    Topic{u"社交技能小组", "social_skills"},
    Topic{u"服药管理小组", "medication_training"},
    Topic{u"烹饪与生活技能", "life_skills"},
    Topic{u"健康教育讲座", "health_education"},
    Topic{u"预防复发分享会", "relapse_prevention"},
    Topic{u"家属交流会", "family_support"},
    Topic{u"手工与园艺", "life_skills"},
    Topic{u"求职准备小组", "vocational_training"},
};
constexpr std::array kAbsence{u"请假", u"身体不适", u"未说明原因", u"家中有事"};

// Ascending ids in the UUIDv7 layout: the demo's day, then the seed and a counter. The primary key
// grows at its end as logs are written (random ids would touch a page anywhere in a large index),
// and the same seed on the same day gives the same ids.
QString demoId(const QDate& today, quint32 seed, quint64 counter)
{
    std::array<uchar, 16> b{};
    const quint64 ms = quint64(today.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = uchar(ms >> (8 * (5 - i)));
    b[6] = uchar(0x70 | ((seed >> 8) & 0x0f)); // version 7
    b[7] = uchar(seed);
    b[8] = 0x80; // RFC variant
    for (int i = 0; i < 7; ++i)
        b[std::size_t(15 - i)] = uchar(counter >> (8 * i));
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b.data()), 16))
        .toString(QUuid::WithoutBraces);
}

} // namespace

DemoSessions::DemoSessions(quint32 seed, QDate today, Journal& journal, QStringList staff)
    : m_random(seed ^ 0x5e55u), m_seed(seed), m_today(today), m_journal(journal), m_staff(std::move(staff))
{
}

Result<DemoSessions::Counts> DemoSessions::add(const Actor& actor, int sessions)
{
    Database& db = m_journal.database();
    // Who was in service when: the case events, in order, per client.
    QList<Served> served;
    QHash<QString, qsizetype> index;
    {
        // In the order the clients were added, so the same seed gives the same history.
        Statement s = db.prepare("SELECT e.client_id, e.action, substr(e.occurred_at, 1, 10), c.case_manager "
                                 "FROM case_events e JOIN clients c ON c.id = e.client_id "
                                 "WHERE e.action IN ('start-service', 'resume-service', 'green-channel', "
                                 "'transfer-out', 'close') ORDER BY c.rowid, e.occurred_at, e.rowid");
        QDate open;
        const auto close = [&](const QDate& to) {
            if (open.isValid() && open <= to)
                served.last().spans.append({open, to});
            open = QDate();
        };
        while (s.step()) {
            const QString id = s.text(0);
            if (served.isEmpty() || served.last().id != id) {
                if (!served.isEmpty())
                    close(m_today);
                index.insert(id, served.size());
                served.append(Served{id, s.text(3), {}, 0, {}, {}, {}});
            }
            const QString action = s.text(1);
            const QDate on = QDate::fromString(s.text(2), Qt::ISODate);
            if (action == u"start-service" || action == u"resume-service")
                open = on;
            else
                close(on.addDays(-1));
        }
        if (!served.isEmpty())
            close(m_today);
        served.removeIf([](const Served& c) { return c.spans.isEmpty(); });
        index.clear();
        for (qsizetype i = 0; i < served.size(); ++i)
            index.insert(served[i].id, i);
        // The plan in force gives the goals and contents a session works on.
        Statement plans =
            db.prepare("SELECT p.client_id, p.goals, p.services, c.case_manager FROM plans p "
                       "JOIN clients c ON c.id = p.client_id ORDER BY p.client_id, p.starts_on");
        while (plans.step()) {
            const qsizetype i = index.value(plans.text(0), -1);
            if (i < 0)
                continue;
            Served& c = served[i];
            c.manager = plans.text(3);
            c.goals.clear();
            c.contents.clear();
            c.forms.clear();
            for (const QJsonValue g : QJsonDocument::fromJson(plans.text(1).toUtf8()).array())
                c.goals << g[QStringLiteral("id")].toString();
            for (const QJsonValue v : QJsonDocument::fromJson(plans.text(2).toUtf8()).array()) {
                c.contents << v[QStringLiteral("content")].toString();
                c.forms << v[QStringLiteral("form")].toString();
            }
        }
    }
    qint64 totalDays = 0;
    for (Served& c : served) {
        for (const Span& s : std::as_const(c.spans))
            c.days += int(s.from.daysTo(s.to)) + 1;
        totalDays += c.days;
    }
    Counts counts;
    if (served.isEmpty() || totalDays == 0 || sessions <= 0)
        return counts;
    // The same seed on the same day was run on this database already: its history is there.
    {
        Statement first = db.prepare("SELECT 1 FROM sessions WHERE id = ?");
        first.bind(1, demoId(m_today, m_seed, 0));
        if (first.step()) {
            counts.alreadyPresent = true;
            return counts;
        }
    }

    const auto pick = [this](auto& list) -> const auto&
    {
        return list[m_random.bounded(int(std::size(list)))];
    };
    // A working day inside the client's time in service, drawn again when it falls on a weekend
    // (moving weekends to Friday would crowd Fridays); a span of weekend days only keeps its day.
    const auto dayIn = [this](const Served& c) {
        QDate day;
        for (int attempt = 0; attempt < 8; ++attempt) {
            int n = int(m_random.bounded(c.days));
            for (const Span& s : c.spans) {
                const int length = int(s.from.daysTo(s.to)) + 1;
                if (n < length) {
                    day = s.from.addDays(n);
                    break;
                }
                n -= length;
            }
            if (day.dayOfWeek() <= 5)
                break;
        }
        return day;
    };
    const auto staffOf = [this](const Served& c) {
        return !c.manager.isEmpty() && m_random.bounded(100) < 80
                   ? c.manager
                   : m_staff[m_random.bounded(int(m_staff.size()))];
    };

    SessionLogRepository logs(m_journal);
    QList<SessionLog> batch;
    const auto flush = [&]() -> Result<void> {
        Transaction tx(db);
        const Result<int> r = logs.importHistory(actor, batch);
        if (!r)
            return r.error();
        tx.commit();
        counts.sessions += r.value();
        batch.clear();
        return {};
    };
    const double perDay = double(sessions) / double(totalDays);
    for (const Served& c : std::as_const(served)) {
        // Proportional to the time in service; the fraction decided by the dice.
        const double expected = perDay * c.days;
        int n = int(expected);
        if (m_random.generateDouble() < expected - n)
            ++n;
        for (int k = 0; k < n; ++k) {
            const Delivery& d = [&]() -> const Delivery& {
                int w = int(m_random.bounded(100));
                for (const Delivery& x : kDeliveries)
                    if ((w -= x.weight) < 0)
                        return x;
                return kDeliveries.front();
            }();
            SessionLog l;
            l.id = demoId(m_today, m_seed, quint64(counts.sessions + batch.size()));
            l.clientId = c.id;
            l.staff = staffOf(c);
            l.heldOn = dayIn(c);
            l.startsAt = QTime(8 + int(m_random.bounded(8)), int(m_random.bounded(4)) * 15);
            l.minutes = d.minutes[m_random.bounded(3)];
            l.form = QString::fromLatin1(d.form);
            l.place = d.place;
            if (!c.contents.isEmpty()) {
                l.contents << c.contents[m_random.bounded(int(c.contents.size()))];
                if (m_random.bounded(100) < 25)
                    l.contents << c.contents[m_random.bounded(int(c.contents.size()))];
                l.contents.removeDuplicates();
            } else {
                l.contents << QStringLiteral("life_skills");
            }
            if (!c.goals.isEmpty() && m_random.bounded(100) < 70)
                l.goalId = c.goals[m_random.bounded(int(c.goals.size()))];
            l.observations =
                QString::fromUtf16(pick(kDone)) + QStringLiteral("；") + QString::fromUtf16(pick(kResponse));
            l.riskFlag = m_random.bounded(1000) < 15;
            l.nextStep = QString::fromUtf16(pick(kNext));
            if (m_random.bounded(100) < 30 && l.heldOn.addDays(7) <= c.spans.last().to)
                l.nextOn = l.heldOn.addDays(7);
            l.createdBy = l.staff;
            l.createdAt = QDateTime(l.heldOn, l.startsAt.addSecs(60 * l.minutes)).toUTC();
            batch.append(l);
            if (batch.size() >= kBatch)
                if (Result<void> r = flush(); !r)
                    return r.error();
        }
    }
    if (!batch.isEmpty())
        if (Result<void> r = flush(); !r)
            return r.error();

    // Group meetings: a roster of clients in service on the day, most of them present.
    GroupActivityRepository groups(m_journal);
    QList<GroupActivity> meetings;
    const int meetingCount = std::max(1, sessions / kSessionsPerMeeting);
    QDate firstDay = m_today;
    for (const Served& c : std::as_const(served))
        firstDay = std::min(firstDay, c.spans.first().from);
    const auto flushMeetings = [&]() -> Result<void> {
        Transaction tx(db);
        const Result<int> r = groups.importHistory(actor, meetings);
        if (!r)
            return r.error();
        tx.commit();
        counts.meetings += r.value();
        meetings.clear();
        return {};
    };
    for (int m = 0; m < meetingCount; ++m) {
        // A working day anywhere in the centre's history: early on few clients were in service, so
        // meetings there are smaller or do not happen, as in a centre that grew.
        QDate day = firstDay.addDays(m_random.bounded(int(firstDay.daysTo(m_today)) + 1));
        if (day.dayOfWeek() > 5)
            continue;
        const Served& anchor = served[m_random.bounded(int(served.size()))];
        const Topic& topic = pick(kTopics);
        GroupActivity g;
        g.topic = QString::fromUtf16(topic.name);
        g.content = QString::fromLatin1(topic.content);
        g.facilitators << staffOf(anchor);
        if (m_random.bounded(100) < 40)
            g.facilitators << m_staff[m_random.bounded(int(m_staff.size()))];
        g.facilitators.removeDuplicates();
        g.heldOn = day;
        g.startsAt = QTime(m_random.bounded(2) ? 9 : 14, m_random.bounded(2) ? 0 : 30);
        g.minutes = m_random.bounded(3) == 0 ? 60 : 90;
        g.place = m_random.bounded(10) == 0 ? ServicePlace::Community : ServicePlace::Centre;
        const int wanted = 6 + int(m_random.bounded(10));
        QSet<QString> onRoster;
        for (int tries = 0; tries < wanted * 6 && g.roster.size() < wanted; ++tries) {
            const Served& c = served[m_random.bounded(int(served.size()))];
            if (onRoster.contains(c.id))
                continue;
            bool inService = false;
            for (const Span& s : c.spans)
                inService = inService || (s.from <= day && day <= s.to);
            if (!inService)
                continue;
            onRoster.insert(c.id);
            GroupActivity::Attendee a;
            a.clientId = c.id;
            a.present = m_random.bounded(100) < 85;
            if (!*a.present)
                a.note = QString::fromUtf16(pick(kAbsence));
            counts.attendances += *a.present ? 1 : 0;
            g.roster << a;
        }
        if (g.roster.size() < 3)
            continue;
        g.capacity = std::max(12, int(g.roster.size()));
        g.attendanceTakenAt = QDateTime(day, QTime(17, 0)).toUTC();
        g.createdBy = g.facilitators.first();
        g.createdAt = QDateTime(day.addDays(-7), QTime(9, 0)).toUTC();
        meetings << g;
        if (meetings.size() >= 2000)
            if (Result<void> r = flushMeetings(); !r)
                return r.error();
    }
    if (!meetings.isEmpty())
        if (Result<void> r = flushMeetings(); !r)
            return r.error();
    return counts;
}

} // namespace kq
