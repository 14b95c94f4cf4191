#include "HttpReply.h"

#include "protocol/ProtocolVersion.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace kq::platform::HttpReply {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 426:
        return "Upgrade Required";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Internal Server Error";
}
} // namespace

QByteArray encode(const HttpAnswer& answer, bool close)
{
    const QByteArray body = answer.bodyText.isEmpty()
                                ? QJsonDocument(answer.body).toJson(QJsonDocument::Compact)
                                : answer.bodyText;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += sync::ProtocolVersion::headerName() + ": " + sync::ProtocolVersion::headerValue() + "\r\n";
    if (answer.status == 401)
        out += "WWW-Authenticate: Bearer\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out + body;
}

void send(QTcpSocket* socket, const HttpAnswer& answer, bool close)
{
    socket->write(encode(answer, close));
    if (close)
        socket->disconnectFromHost();
}

} // namespace kq::platform::HttpReply
