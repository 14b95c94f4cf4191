#include "PlatformServer.h"

#include "ConnectionGuard.h"
#include "HttpListener.h"
#include "PlatformApi.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace kq::platform {

namespace {

Q_LOGGING_CATEGORY(lcRequests, "kangqiao.platform.requests", QtInfoMsg)

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        break;
    }
    return "OTHER";
}

ApiRequest copied(const QHttpServerRequest& request, bool* close)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    *close = false;
    for (const auto& [name, value] : request.headers()) {
        const QByteArray key = name.toLower();
        if (key == "authorization")
            r.authorization = value;
        else if (key == "kangqiao-protocol")
            r.protocol = value;
        else if (key == "connection" && value.trimmed().toLower() == "close")
            *close = true;
    }
    return r;
}

} // namespace

PlatformServer::PlatformServer(PlatformApi& api, Options options, QObject* parent)
    : QAbstractHttpServer(parent), m_api(api), m_options(std::move(options)), m_faults(m_options.faults)
{
}

quint16 PlatformServer::start(const QHostAddress& address, quint16 port, QString* error)
{
    auto* listener = new HttpListener(m_options.maxBody, m_options.tls, this);
    if (!listener->listen(address, port)) {
        *error = listener->errorString();
        delete listener;
        return 0;
    }
    bind(listener);
    return listener->serverPort();
}

bool PlatformServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>())
        guard->requestHandled();
    bool close = false;
    const ApiRequest r = copied(request, &close);
    const PlatformApi::Route route = PlatformApi::route(r.method, r.path);
    // Enrolment and token rotation stay clean: faults are for the sync traffic the engine retries.
    if (m_faults.active() && (route == PlatformApi::Route::Push || route == PlatformApi::Route::Pull))
        serveWithFaults(r, socket, close);
    else
        serve(r, socket, close);
    return true;
}

void PlatformServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    HttpReply::send(socket, PlatformApi::error(sync::ErrorCode::NotFound, QStringLiteral("no such route")));
}

void PlatformServer::serve(const ApiRequest& request, QTcpSocket* socket, bool close)
{
    QElapsedTimer timer;
    timer.start();
    const HttpAnswer answer = m_api.handle(request);
    HttpReply::send(socket, answer, close);
    // What the server's side of a request costs (handling, encoding, handing the bytes to the
    // socket), apart from the network and the client:
    // QT_LOGGING_RULES="kangqiao.platform.requests.debug=true".
    qCDebug(lcRequests, "%s %s: %d in %.2f ms", request.method.constData(), qUtf8Printable(request.path),
            answer.status, double(timer.nsecsElapsed()) / 1e6);
}

void PlatformServer::serveWithFaults(const ApiRequest& request, QTcpSocket* socket, bool close)
{
    const FaultPlan::Decision d = m_faults.next();
    QPointer<QTcpSocket> alive(socket);
    auto run = [this, request, alive, close, d] {
        using O = FaultPlan::Outcome;
        if (d.outcome == O::Fail) {
            qInfo("fault: 503 without applying");
            HttpAnswer unavailable =
                PlatformApi::error(sync::ErrorCode::ServerError, QStringLiteral("injected fault: try again"));
            unavailable.status = 503;
            if (alive)
                HttpReply::send(alive, unavailable, close);
            return;
        }
        if (d.outcome == O::DropBefore) {
            qInfo("fault: connection dropped before applying");
            if (alive)
                alive->abort();
            return;
        }
        HttpAnswer answer = m_api.handle(request);
        if (d.duplicate) {
            qInfo("fault: request handled twice");
            answer = m_api.handle(request);
        }
        if (!alive)
            return;
        if (d.outcome == O::DropAfter) {
            qInfo("fault: connection dropped after applying");
            alive->abort();
        } else if (d.outcome == O::Reset) {
            qInfo("fault: response cut and connection reset");
            const QByteArray bytes = HttpReply::encode(answer);
            alive->write(bytes.left(bytes.size() / 2));
            alive->flush();
            alive->abort();
        } else {
            HttpReply::send(alive, answer, close);
        }
    };
    if (d.delayMs > 0)
        QTimer::singleShot(d.delayMs, this, run); // never block the event loop
    else
        run();
}

} // namespace kq::platform
