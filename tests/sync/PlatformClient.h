#pragma once

// A small synchronous client for the platform tests: real HTTP through QNetworkAccessManager, and
// a raw socket for requests a well-behaved client would never send.

#include "protocol/AuditHead.h"
#include "protocol/PullPage.h"
#include "protocol/PushOperation.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace kq::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QJsonObject json;
    QByteArray protocolHeader;
    QString method;
    QString path;

    QString code() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString field() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
    }
    QJsonArray results() const { return json.value(QStringLiteral("results")).toArray(); }
    QString status0() const { return results().at(0).toObject().value(QStringLiteral("status")).toString(); }
};

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline sync::PushOperation op(const QString& entity, const QString& id, const QString& kind,
                              const QJsonObject& fields, std::optional<qint64> baseRev = std::nullopt)
{
    sync::PushOperation p;
    p.opId = uuid();
    p.entity = entity;
    p.entityId = id;
    p.op = kind;
    p.fields = fields;
    p.baseRev = baseRev;
    return p;
}

class PlatformClient {
public:
    explicit PlatformClient(QUrl base) : m_base(std::move(base)) {}

    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    void setSsl(const QSslConfiguration& c) { m_ssl = c; }
    // Every result this client received, for the contract test.
    const QList<HttpResult>& history() const { return m_history; }

    HttpResult send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                    const QList<std::pair<QByteArray, QByteArray>>& headers = {}, bool withProtocol = true)
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (withProtocol)
            request.setRawHeader("Kangqiao-Protocol", "1");
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        for (const auto& [k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.method = QString::fromLatin1(method);
        r.path = url.path();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.protocolHeader = reply->rawHeader("Kangqiao-Protocol");
        reply->deleteLater();
        if (r.status != 0)
            m_history.append(r);
        return r;
    }

    HttpResult post(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Enrols and keeps the token; the 201 answer.
    HttpResult enrol(const QString& centre, const QString& code,
                     const QString& name = QStringLiteral("前台电脑"))
    {
        const QString saved = m_token;
        m_token.clear();
        HttpResult r = post(QStringLiteral("/v1/enrol"), QJsonObject{{QStringLiteral("centre_code"), centre},
                                                                     {QStringLiteral("enrolment_code"), code},
                                                                     {QStringLiteral("device_name"), name}});
        m_token = r.status == 201 ? r.json.value(QStringLiteral("token")).toString() : saved;
        return r;
    }

    QString deviceId(const HttpResult& enrolment) const
    {
        return enrolment.json.value(QStringLiteral("device_id")).toString();
    }

    HttpResult push(const QList<sync::PushOperation>& ops,
                    const sync::AuditHead& head = {1, QStringLiteral("h1")})
    {
        QJsonArray list;
        for (const sync::PushOperation& o : ops)
            list.append(o.toJson());
        return post(QStringLiteral("/v1/push"), QJsonObject{{QStringLiteral("audit_head"), head.toJson()},
                                                            {QStringLiteral("operations"), list}});
    }

    HttpResult pull(const QString& after = {}, int limit = 0)
    {
        QUrlQuery q;
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("after"), after);
        if (limit > 0)
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        const QString query = q.toString(QUrl::FullyEncoded);
        return send("GET", QStringLiteral("/v1/pull") + (query.isEmpty() ? QString() : u'?' + query));
    }

    // Every change after `after`, following pages; empty with `ok` false on any error.
    QList<sync::PullChange> pullAll(QString* cursor = nullptr, int limit = 0, bool* ok = nullptr)
    {
        QList<sync::PullChange> out;
        QString after = cursor ? *cursor : QString();
        for (int pages = 0; pages < 10000; ++pages) {
            const HttpResult r = pull(after, limit);
            const Result<sync::PullPage> page = sync::PullPage::fromJson(r.json);
            if (r.status != 200 || !page) {
                if (ok)
                    *ok = false;
                return {};
            }
            out += page.value().changes;
            after = page.value().cursor;
            if (!page.value().more)
                break;
        }
        if (cursor)
            *cursor = after;
        if (ok)
            *ok = true;
        return out;
    }

private:
    QUrl m_base;
    QString m_token;
    std::optional<QSslConfiguration> m_ssl;
    QNetworkAccessManager m_nam;
    QList<HttpResult> m_history;
};

// Sends raw bytes and reads until the server closes or `ms` pass. `closed` tells whether it closed.
inline QByteArray rawExchange(quint16 port, const QByteArray& bytes, int ms = 5000, bool* closed = nullptr)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(bytes);
    QByteArray in;
    QElapsedTimer t;
    t.start();
    bool gone = false;
    while (t.elapsed() < ms) {
        if (s.state() != QAbstractSocket::ConnectedState) {
            gone = true;
            break;
        }
        if (s.bytesToWrite() > 0)
            s.waitForBytesWritten(100);
        else
            s.waitForReadyRead(100);
        in += s.readAll();
    }
    in += s.readAll();
    if (closed)
        *closed = gone;
    return in;
}

} // namespace kq::test
