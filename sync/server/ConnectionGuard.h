#pragma once

#include <QObject>

class QTcpSocket;

namespace kq::platform {

// Watches one connection's incoming bytes ahead of Qt's HTTP parser (which buffers a whole request
// before the server sees it): a request whose Content-Length exceeds the limit is answered 413
// at once, and a connection that sends more body bytes than the limit (no or a lying
// Content-Length, chunked) is aborted. Connected to readyRead before Qt's handler, so it runs first.
class ConnectionGuard : public QObject {
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket* socket, qint64 maxBody, QObject* httpServer);

    // The parser finished a request: the next bytes start a new one.
    void requestHandled();

private:
    void onReadyRead();
    void inspectHead(qint64 fresh);
    void refuse();

    QTcpSocket* m_socket;
    qint64 m_maxBody;
    QObject* m_httpServer;
    QByteArray m_head;
    qint64 m_received = 0;
    qint64 m_headerBytes = -1; // until the blank line ending the headers arrived
    bool m_refused = false;
};

} // namespace kq::platform
