#include "ConnectionGuard.h"

#include "HttpReply.h"
#include "protocol/ProtocolError.h"

#include <QTcpSocket>
#include <QTimer>

namespace kq::platform {

namespace {
constexpr qsizetype MaxHeaderBytes = qsizetype{64} * 1024;
// Chunk-size lines and the trailer around a chunked body.
constexpr qint64 FramingAllowance = qint64{64} * 1024;
// How long a refused client may go on sending before the connection closes: closing with its
// bytes unread would reset the connection and could lose the 413 on the way.
constexpr int DrainMilliseconds = 2000;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, qint64 maxBody, QObject* httpServer)
    : QObject(socket), m_socket(socket), m_maxBody(maxBody), m_httpServer(httpServer)
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
}

void ConnectionGuard::requestHandled()
{
    m_head.clear();
    m_received = 0;
    m_headerBytes = -1;
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        m_socket->readAll(); // draining
        return;
    }
    // Qt's parser has read everything before this signal, so what is available is new.
    const qint64 fresh = m_socket->bytesAvailable();
    m_received += fresh;
    if (m_headerBytes < 0)
        inspectHead(fresh);
    if (m_refused)
        return;
    if (m_headerBytes < 0 ? m_received > MaxHeaderBytes
                          : m_received - m_headerBytes > m_maxBody + FramingAllowance) {
        qInfo("connection aborted: more than the body limit arrived");
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
        m_socket->abort();
    }
}

void ConnectionGuard::inspectHead(qint64 fresh)
{
    m_head += m_socket->peek(fresh);
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    m_headerBytes = end + 4;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (ok && length > m_maxBody)
            refuse();
    }
    m_head.clear();
}

void ConnectionGuard::refuse()
{
    m_refused = true;
    qInfo("request refused: Content-Length over the body limit");
    // Qt's parser must not see this request at all.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    const sync::ProtocolError error(
        sync::ErrorCode::BodyTooLarge,
        QStringLiteral("the request body is larger than %1 bytes").arg(m_maxBody));
    m_socket->write(HttpReply::encode({413, error.toJson()}, true));
    QTimer::singleShot(DrainMilliseconds, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

} // namespace kq::platform
