#pragma once

// A running platform with centres A and B, two enrolled workstations at A and one at B.

#include "PlatformClient.h"
#include "PlatformProcess.h"

#include <QTest>

namespace kq::test {

struct PlatformFixture {
    PlatformProcess server;
    std::unique_ptr<PlatformClient> a1, a2, b1;
    QString a1Id, a2Id, b1Id;

    // False (with the server log in `why`) when anything failed.
    bool setUp(const QStringList& serverArgs = {}, QString* why = nullptr)
    {
        const auto failed = [&](const QString& what) {
            if (why)
                *why = what + QStringLiteral("\n") + server.log();
            return false;
        };
        if (!server.addCentre(QStringLiteral("A"), QStringLiteral("天河康桥家园")) ||
            !server.addCentre(QStringLiteral("B"), QStringLiteral("海珠康桥家园")))
            return failed(QStringLiteral("add-centre failed"));
        if (!server.start(serverArgs))
            return failed(QStringLiteral("the server did not start"));
        return enrolAll() || failed(QStringLiteral("enrolment failed"));
    }

    // New clients for the (restarted) server, enrolled afresh.
    bool enrolAll()
    {
        a1 = std::make_unique<PlatformClient>(server.url());
        a2 = std::make_unique<PlatformClient>(server.url());
        b1 = std::make_unique<PlatformClient>(server.url());
        const HttpResult e1 = a1->enrol(QStringLiteral("A"), server.issueCode(QStringLiteral("A")));
        const HttpResult e2 = a2->enrol(QStringLiteral("A"), server.issueCode(QStringLiteral("A")));
        const HttpResult e3 = b1->enrol(QStringLiteral("B"), server.issueCode(QStringLiteral("B")));
        a1Id = a1->deviceId(e1);
        a2Id = a2->deviceId(e2);
        b1Id = b1->deviceId(e3);
        return e1.status == 201 && e2.status == 201 && e3.status == 201;
    }

    // Points the existing clients (and their tokens) at the server's current port.
    void followRestart()
    {
        for (std::unique_ptr<PlatformClient>* c : {&a1, &a2, &b1}) {
            const QString token = (*c)->token();
            *c = std::make_unique<PlatformClient>(server.url());
            (*c)->setToken(token);
        }
    }
};

inline QJsonObject resultAt(const HttpResult& r, qsizetype i)
{
    return r.results().at(i).toObject();
}

inline qint64 revOf(const HttpResult& r, qsizetype i = 0)
{
    return resultAt(r, i).value(QStringLiteral("rev")).toInteger();
}

// The changes of one record in a list of pulled changes.
inline QList<sync::PullChange> changesOf(const QList<sync::PullChange>& all, const QString& id)
{
    QList<sync::PullChange> out;
    for (const sync::PullChange& c : all)
        if (c.entityId == id)
            out.append(c);
    return out;
}

inline QList<sync::PullChange> ofEntity(const QList<sync::PullChange>& all, const QString& entity)
{
    QList<sync::PullChange> out;
    for (const sync::PullChange& c : all)
        if (c.entity == entity)
            out.append(c);
    return out;
}

} // namespace kq::test
