#pragma once

#include "FaultPlan.h"
#include "HttpReply.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

namespace kq::platform {

class PlatformApi;
struct ApiRequest;

// The HTTP side of the reference platform: connections, the body limit, faults, and raw
// responses around PlatformApi.
class PlatformServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    struct Options {
        qint64 maxBody = qint64{8} * 1024 * 1024;
        std::optional<QSslConfiguration> tls;
        FaultSettings faults;
    };

    PlatformServer(PlatformApi& api, Options options, QObject* parent = nullptr);

    // Listens; the bound port, or 0 with `error` set.
    quint16 start(const QHostAddress& address, quint16 port, QString* error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void serve(const ApiRequest& request, QTcpSocket* socket, bool close);
    void serveWithFaults(const ApiRequest& request, QTcpSocket* socket, bool close);

    PlatformApi& m_api;
    Options m_options;
    FaultPlan m_faults;
};

} // namespace kq::platform
