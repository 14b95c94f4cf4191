#pragma once

#include "DeviceRegistry.h"
#include "HttpReply.h"

#include <QUrlQuery>

#include <variant>

namespace kq::platform {

class PlatformStore;

// One request as the API needs it: copied out of Qt's request object, so that a delayed or
// repeated (fault-injected) handling does not depend on the connection.
struct ApiRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    std::optional<QByteArray> protocol; // the Kangqiao-Protocol header, when sent
};

// The routes of protocol v1 (docs/sync-protocol.md) as status + JSON; no sockets here.
class PlatformApi {
public:
    enum class Route { Enrol, Token, Push, Pull, Unknown };

    PlatformApi(PlatformStore& store, qint64 tokenLifetimeSeconds);

    static Route route(const QByteArray& method, const QString& path);
    static HttpAnswer error(sync::ErrorCode code, const QString& message, const QString& field = {});

    // Never throws: a store failure is answered 503 server_error (and logged).
    HttpAnswer handle(const ApiRequest& request);

private:
    static HttpAnswer storeFailed(const QString& why);
    HttpAnswer dispatch(const ApiRequest& request);
    std::variant<Device, HttpAnswer> authenticate(const ApiRequest& request);
    HttpAnswer enrol(const ApiRequest& request);
    HttpAnswer token(const Device& device);
    HttpAnswer push(const Device& device, const ApiRequest& request);
    HttpAnswer pull(const Device& device, const ApiRequest& request);

    PlatformStore& m_store;
    DeviceRegistry m_devices;
};

} // namespace kq::platform
