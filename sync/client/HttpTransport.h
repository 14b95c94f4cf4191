#pragma once

#include "Transport.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;

namespace kq::sync {

// The protocol over HTTPS with Qt Network. The platform's certificate must chain to the configured
// CA and nothing else (the system store is not consulted, TLS errors are never ignored); plain HTTP
// only to a loopback address.
class HttpTransport : public Transport {
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)
public:
    struct Options {
        QUrl server;
        QByteArray caPem;
        int timeoutMs = 30000;
        int protocolVersion = 1; // tests speak another to see the platform refuse
    };

    explicit HttpTransport(const Options& options);
    ~HttpTransport() override;

    // Whether the options can be used; the error names the field at fault (server, ca).
    static Result<void> check(const Options& options);

    void setToken(const QString& token) override { m_token = token; }
    void post(const QString& path, const QJsonObject& body, Reply done) override;
    void get(const QString& path, const QUrlQuery& query, Reply done) override;

private:
    void send(const QString& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
              Reply done);
    void finished(QNetworkReply* reply, const Reply& done);

    Options m_options;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QSslConfiguration> m_tls;
};

} // namespace kq::sync
