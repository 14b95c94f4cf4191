#include "ServeCommand.h"

#include "CommandLine.h"
#include "DeviceRegistry.h"
#include "PlatformApi.h"
#include "PlatformServer.h"
#include "PlatformStore.h"
#include "StoreFailure.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

namespace kq::platform {

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "kangqiao-platform: %s\n", qUtf8Printable(message));
    return 1;
}

struct Endpoint {
    QHostAddress address;
    quint16 port = 0;
};

Result<Endpoint> endpoint(const QString& listen)
{
    // "127.0.0.1:8443" or "[::1]:8443"
    const qsizetype colon = listen.lastIndexOf(u':');
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = listen.mid(colon + 1).toUInt(&ok);
    Endpoint e;
    if (colon < 0 || !ok || port > 65535 || !e.address.setAddress(host))
        return Error(QStringLiteral("--listen must be ADDRESS:PORT (for example 127.0.0.1:8443)"),
                     QStringLiteral("listen"));
    e.port = quint16(port);
    return e;
}

Result<QSslConfiguration> tls(const QString& certPath, const QString& keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty())
        return Error(QStringLiteral("no PEM certificate in %1").arg(certPath), QStringLiteral("tls-cert"));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read %1").arg(keyPath), QStringLiteral("tls-key"));
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error(QStringLiteral("no unencrypted PEM private key in %1").arg(keyPath),
                     QStringLiteral("tls-key"));
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with bearer tokens
    return c;
}

} // namespace

int ServeCommand::run(const QStringList& args)
{
    const Result<CommandLine> parsed = CommandLine::parse(args);
    if (!parsed)
        return fail(parsed.error().message);
    const CommandLine& cl = parsed.value();
    if (!cl.command().isEmpty())
        return fail(QStringLiteral("unknown command %1 (try admin)").arg(cl.command()));
    if (Result<void> ok = cl.allowOnly({QStringLiteral("listen"), QStringLiteral("data"),
                                        QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                                        QStringLiteral("max-body"), QStringLiteral("token-ttl-seconds"),
                                        QStringLiteral("fault-drop"), QStringLiteral("fault-reset"),
                                        QStringLiteral("fault-5xx"), QStringLiteral("fault-delay-ms"),
                                        QStringLiteral("fault-duplicate"), QStringLiteral("fault-seed")});
        !ok)
        return fail(ok.error().message);
    if (Result<void> ok = cl.require({QStringLiteral("listen"), QStringLiteral("data")}); !ok)
        return fail(ok.error().message);
    const Result<Endpoint> where = endpoint(cl.value(QStringLiteral("listen")));
    if (!where)
        return fail(where.error().message);

    PlatformServer::Options options;
    const Result<qint64> maxBody = cl.integer(QStringLiteral("max-body"), 1024, 1LL << 30, options.maxBody);
    const Result<qint64> ttl = cl.integer(QStringLiteral("token-ttl-seconds"), 1, 10LL * 365 * 24 * 3600,
                                          DeviceRegistry::DefaultTokenLifetimeSeconds);
    const Result<qint64> delay = cl.integer(QStringLiteral("fault-delay-ms"), 0, 600000, 0);
    const Result<qint64> seed = cl.integer(QStringLiteral("fault-seed"), 0, 4294967295LL, 1);
    const Result<double> drop = cl.probability(QStringLiteral("fault-drop"));
    const Result<double> reset = cl.probability(QStringLiteral("fault-reset"));
    const Result<double> fail5xx = cl.probability(QStringLiteral("fault-5xx"));
    const Result<double> duplicate = cl.probability(QStringLiteral("fault-duplicate"));
    for (const Error* e : {maxBody ? nullptr : &maxBody.error(), ttl ? nullptr : &ttl.error(),
                           delay ? nullptr : &delay.error(), seed ? nullptr : &seed.error(),
                           drop ? nullptr : &drop.error(), reset ? nullptr : &reset.error(),
                           fail5xx ? nullptr : &fail5xx.error(), duplicate ? nullptr : &duplicate.error()})
        if (e)
            return fail(e->message);
    options.maxBody = maxBody.value();
    options.faults = {drop.value(),      reset.value(),      fail5xx.value(),
                      duplicate.value(), int(delay.value()), quint32(seed.value())};

    const bool hasCert = cl.has(QStringLiteral("tls-cert")), hasKey = cl.has(QStringLiteral("tls-key"));
    if (hasCert != hasKey)
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (hasCert) {
        const Result<QSslConfiguration> c =
            tls(cl.value(QStringLiteral("tls-cert")), cl.value(QStringLiteral("tls-key")));
        if (!c)
            return fail(c.error().message);
        options.tls = c.value();
    } else if (!where.value().address.isLoopback()) {
        return fail(QStringLiteral("plain HTTP only on a loopback address: give --tls-cert and --tls-key"));
    }

    try {
        std::unique_ptr<PlatformStore> store = PlatformStore::open(cl.value(QStringLiteral("data")));
        PlatformApi api(*store, ttl.value());
        PlatformServer server(api, options);
        QString error;
        const quint16 port = server.start(where.value().address, where.value().port, &error);
        if (port == 0)
            return fail(
                QStringLiteral("cannot listen on %1: %2").arg(cl.value(QStringLiteral("listen")), error));
        quitOnTerminationSignals();
        std::printf("%u\n", unsigned(port));
        std::fflush(stdout);
        qInfo("serving %s on port %u%s", options.tls ? "HTTPS" : "HTTP", unsigned(port),
              options.faults.any() ? " with injected faults" : "");
        const int code = QCoreApplication::exec();
        qInfo("stopped");
        return code;
    } catch (const StoreFailure& e) {
        return fail(QString::fromStdString(e.what()));
    }
}

} // namespace kq::platform
