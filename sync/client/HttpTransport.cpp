#include "HttpTransport.h"

#include "protocol/ProtocolVersion.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace kq::sync {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

TransportError::Kind kindOfNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::Kind::Tls;
    default:
        return TransportError::Kind::Offline;
    }
}
} // namespace

Result<void> HttpTransport::check(const Options& options)
{
    const QUrl& url = options.server;
    const QString server = QStringLiteral("server");
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Error(tr("give the platform's address as https://host:port"), server);
    if (url.scheme() == u"http" && !isLoopback(url))
        return Error(tr("plain http is allowed only to this computer (127.0.0.1); use https"), server);
    if (url.scheme() == u"https") {
        const QString ca = QStringLiteral("ca");
        if (options.caPem.isEmpty())
            return Error(tr("give the certificate of the CA that signed the platform's certificate"), ca);
        if (QSslCertificate::fromData(options.caPem, QSsl::Pem).isEmpty())
            return Error(tr("the file holds no PEM certificate"), ca);
    }
    return {};
}

HttpTransport::HttpTransport(const Options& options)
    : m_options(options), m_network(std::make_unique<QNetworkAccessManager>()),
      m_tls(std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration()))
{
    // Only the configured CA: a certificate from any other authority, however trusted by the
    // system, is refused.
    m_tls->setCaCertificates(QSslCertificate::fromData(options.caPem, QSsl::Pem));
    m_tls->setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls->setProtocol(QSsl::TlsV1_2OrLater);
    m_network->setStrictTransportSecurityEnabled(false);
    m_network->setAutoDeleteReplies(false);
}

HttpTransport::~HttpTransport() = default;

void HttpTransport::post(const QString& path, const QJsonObject& body, Reply done)
{
    send(QStringLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
         std::move(done));
}

void HttpTransport::get(const QString& path, const QUrlQuery& query, Reply done)
{
    send(QStringLiteral("GET"), path, query, {}, std::move(done));
}

void HttpTransport::send(const QString& method, const QString& path, const QUrlQuery& query,
                         const QByteArray& body, Reply done)
{
    if (Result<void> usable = check(m_options); !usable) {
        done({}, {TransportError::Kind::Request, 0, {}, usable.error().describe()});
        return;
    }
    QUrl url = m_options.server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader(ProtocolVersion::headerName(), QByteArray::number(m_options.protocolVersion));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == u"https")
        request.setSslConfiguration(*m_tls);
    QNetworkReply* reply = method == u"GET" ? m_network->get(request) : m_network->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [this, reply, done = std::move(done)] { finished(reply, done); });
}

void HttpTransport::finished(QNetworkReply* reply, const Reply& done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    if (status == 0) {
        const TransportError::Kind kind = kindOfNetworkError(reply->error());
        const QString message =
            kind == TransportError::Kind::Tls
                ? tr("The platform's certificate is not from the configured CA (%1).")
                      .arg(reply->errorString().simplified())
                : tr("The platform cannot be reached (%1).").arg(reply->errorString().simplified());
        done({}, {kind, 0, {}, message});
        return;
    }
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    const QJsonObject object = document.object();
    if (status >= 200 && status < 300) {
        if (reply->rawHeader(ProtocolVersion::headerName()) !=
            QByteArray::number(m_options.protocolVersion)) {
            done({},
                 {TransportError::Kind::Protocol,
                  status,
                  {},
                  tr("The platform answered without speaking protocol %1.").arg(m_options.protocolVersion)});
            return;
        }
        if (parse.error != QJsonParseError::NoError || !document.isObject()) {
            done({}, {TransportError::Kind::Protocol,
                      status,
                      {},
                      tr("The platform's answer was cut short or is not JSON; it will be asked again.")});
            return;
        }
        done(object, {});
        return;
    }
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    TransportError e{
        TransportError::Kind::Request, status, error.value(QStringLiteral("code")).toString(), {}};
    const QString said = error.value(QStringLiteral("message")).toString().simplified().left(300);
    if (status == 401) {
        e.kind = TransportError::Kind::Auth;
        e.message = e.code == u"token_revoked"
                        ? tr("The platform has revoked this workstation's access; enrol it again.")
                    : e.code == u"token_expired"
                        ? tr("This workstation's access to the platform has expired; enrol it again.")
                        : tr("The platform does not recognise this workstation; enrol it again.");
    } else if (status == 426) {
        e.kind = TransportError::Kind::Version;
        QStringList supported;
        for (const QJsonValue v : object.value(QStringLiteral("supported")).toArray())
            supported << QString::number(v.toInt());
        e.message = tr("The platform speaks sync protocol %1, this Kangqiao speaks %2: update Kangqiao.")
                        .arg(supported.isEmpty() ? tr("another") : supported.join(QStringLiteral(", ")))
                        .arg(m_options.protocolVersion);
    } else if (status >= 500) {
        e.kind = TransportError::Kind::Server;
        e.message = tr("The platform had a problem (HTTP %1); it will be asked again.").arg(status);
    } else {
        e.message = said.isEmpty()
                        ? tr("The platform refused the request (HTTP %1).").arg(status)
                        : tr("The platform refused the request (HTTP %1): %2").arg(status).arg(said);
    }
    done({}, e);
}

} // namespace kq::sync
