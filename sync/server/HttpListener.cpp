#include "HttpListener.h"

#include "ConnectionGuard.h"

#include <QSslSocket>

namespace kq::platform {

HttpListener::HttpListener(qint64 maxBody, std::optional<QSslConfiguration> tls, QObject* httpServer)
    : m_maxBody(maxBody), m_tls(std::move(tls)), m_httpServer(httpServer)
{
}

void HttpListener::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_maxBody, m_httpServer);
        addPendingConnection(socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    new ConnectionGuard(socket, m_maxBody, m_httpServer);
    // A failed handshake (a client that does not trust us, or speaks plain HTTP) ends the connection.
    connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError)
            socket->abort();
    });
    connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
    // Qt's HTTP handler only sees decrypted bytes (readyRead of a QSslSocket).
    addPendingConnection(socket);
}

} // namespace kq::platform
