#pragma once

#include "TransportError.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

namespace kq::sync {

// How the engine reaches a platform: JSON requests with answers delivered later, on the thread
// that asked. One interface, so another platform's adapter can replace the HTTP one.
class Transport {
public:
    using Reply = std::function<void(const QJsonObject& body, const TransportError& error)>;

    virtual ~Transport() = default;
    virtual void setToken(const QString& token) = 0;
    virtual void post(const QString& path, const QJsonObject& body, Reply done) = 0;
    virtual void get(const QString& path, const QUrlQuery& query, Reply done) = 0;
};

} // namespace kq::sync
