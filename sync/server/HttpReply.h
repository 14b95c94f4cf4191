#pragma once

#include <QByteArray>
#include <QJsonObject>

class QTcpSocket;

namespace kq::platform {

// A status and a JSON body, before it is written.
struct HttpAnswer {
    HttpAnswer() = default;
    HttpAnswer(int s, QJsonObject b) : status(s), body(std::move(b)) {}

    int status = 200;
    QJsonObject body;
    // The body as JSON text already (a pull page); used instead of `body` when set.
    QByteArray bodyText;
};

// Raw HTTP/1.1 responses. The server writes its own bytes (not QHttpServerResponder) because the
// fault injector must be able to cut a response in the middle, and the body-size guard answers
// before Qt's parser has a request.
namespace HttpReply {

// Status line, Content-Type, Content-Length, Kangqiao-Protocol, optionally Connection: close.
QByteArray encode(const HttpAnswer& answer, bool close = false);
void send(QTcpSocket* socket, const HttpAnswer& answer, bool close = false);

} // namespace HttpReply

} // namespace kq::platform
