#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace kq::platform {

// The listening socket handed to QAbstractHttpServer::bind(). It makes each connection itself so
// that a ConnectionGuard sees the bytes before Qt's parser does, and it does TLS itself (a
// QSslSocket per connection): in Qt 6.4 sslSetup() only applies to servers made by listen(), which
// leaves no place for the guard.
class HttpListener : public QTcpServer {
    Q_OBJECT

public:
    HttpListener(qint64 maxBody, std::optional<QSslConfiguration> tls, QObject* httpServer);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxBody;
    std::optional<QSslConfiguration> m_tls;
    QObject* m_httpServer;
};

} // namespace kq::platform
