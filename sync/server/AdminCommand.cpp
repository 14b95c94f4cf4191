#include "AdminCommand.h"

#include "CommandLine.h"
#include "DeviceRegistry.h"
#include "PlatformStore.h"
#include "ReferralDesk.h"
#include "StoreFailure.h"
#include "protocol/WireJson.h"

#include <cstdio>

namespace kq::platform {

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "kangqiao-platform admin: %s\n", qUtf8Printable(message));
    return 1;
}

void print(const QString& line)
{
    std::printf("%s\n", qUtf8Printable(line));
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out{QStringLiteral("data")};
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

int done(const Result<void>& r)
{
    return r ? 0 : fail(r.error().message);
}

int execute(const CommandLine& cl, PlatformStore& store)
{
    DeviceRegistry devices(store);
    const QString command = cl.command();
    const auto options = [&](std::initializer_list<const char*> allowed,
                             std::initializer_list<const char*> required) -> Result<void> {
        if (Result<void> ok = cl.allowOnly(names(allowed)); !ok)
            return ok;
        QStringList req;
        for (const char* n : required)
            req << QString::fromLatin1(n);
        return cl.require(req);
    };
    const auto v = [&](const char* name) { return cl.value(QString::fromLatin1(name)); };

    if (command == u"add-centre") {
        if (Result<void> ok = options({"code", "name"}, {"code", "name"}); !ok)
            return fail(ok.error().message);
        return done(devices.addCentre(v("code"), v("name")));
    }
    if (command == u"issue-code") {
        if (Result<void> ok = options({"centre"}, {"centre"}); !ok)
            return fail(ok.error().message);
        const Result<QString> code = devices.issueCode(v("centre"));
        if (!code)
            return fail(code.error().message);
        print(code.value());
        return 0;
    }
    if (command == u"assign-referral") {
        if (Result<void> ok = options({"centre", "name", "gender", "birth-date", "county", "id-number",
                                       "phone", "reference", "note"},
                                      {"centre", "name", "gender", "birth-date", "county"});
            !ok)
            return fail(ok.error().message);
        const Result<QString> id =
            ReferralDesk(store, devices)
                .assign({v("centre"), v("name"), v("gender"), v("birth-date"), v("county"), v("id-number"),
                         v("phone"), v("reference"), v("note")});
        if (!id)
            return fail(QStringLiteral("--%1: %2").arg(id.error().field, id.error().message));
        print(id.value());
        return 0;
    }
    if (command == u"revoke-device" || command == u"expire-token") {
        if (Result<void> ok = options({"device"}, {"device"}); !ok)
            return fail(ok.error().message);
        return done(command == u"revoke-device" ? devices.revoke(v("device"))
                                                : devices.expireToken(v("device")));
    }
    if (command == u"devices") {
        if (Result<void> ok = options({"centre"}, {"centre"}); !ok)
            return fail(ok.error().message);
        if (!devices.centre(v("centre")))
            return fail(QStringLiteral("no centre %1").arg(v("centre")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // id, state, enrolled, token expiry, last seen, audit seq, name (last: it may hold spaces)
        for (const Device& d : devices.devices(v("centre")))
            print(QStringList{
                d.id,
                d.revoked ? QStringLiteral("revoked")
                          : (d.tokenExpiresAt <= now ? QStringLiteral("expired") : QStringLiteral("active")),
                sync::wire::toTimestamp(d.enrolledAt), sync::wire::toTimestamp(d.tokenExpiresAt),
                d.lastSeenAt.isValid() ? sync::wire::toTimestamp(d.lastSeenAt) : QStringLiteral("-"),
                d.auditSeq ? QString::number(*d.auditSeq) : QStringLiteral("-"), d.name}
                      .join(u'\t'));
        return 0;
    }
    return fail(command.isEmpty()
                    ? QStringLiteral("a command is required: add-centre, issue-code, assign-referral, "
                                     "revoke-device, expire-token, devices")
                    : QStringLiteral("unknown command %1").arg(command));
}

} // namespace

int AdminCommand::run(const QStringList& args)
{
    const Result<CommandLine> parsed = CommandLine::parse(args);
    if (!parsed)
        return fail(parsed.error().message);
    if (!parsed.value().has(QStringLiteral("data")) || parsed.value().value(QStringLiteral("data")).isEmpty())
        return fail(QStringLiteral("--data is required"));
    try {
        std::unique_ptr<PlatformStore> store =
            PlatformStore::open(parsed.value().value(QStringLiteral("data")));
        return execute(parsed.value(), *store);
    } catch (const StoreFailure& e) {
        return fail(QString::fromStdString(e.what()));
    }
}

} // namespace kq::platform
