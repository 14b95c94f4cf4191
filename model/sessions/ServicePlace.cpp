#include "ServicePlace.h"

#include <QCoreApplication>

namespace kq::ServicePlaces {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServicePlace)
};
} // namespace

QList<ServicePlace> all()
{
    return {ServicePlace::Centre, ServicePlace::Home, ServicePlace::Community, ServicePlace::Phone,
            ServicePlace::Online};
}

QString key(ServicePlace place)
{
    switch (place) {
    case ServicePlace::Centre:
        return QStringLiteral("centre");
    case ServicePlace::Home:
        return QStringLiteral("home");
    case ServicePlace::Community:
        return QStringLiteral("community");
    case ServicePlace::Phone:
        return QStringLiteral("phone");
    case ServicePlace::Online:
        return QStringLiteral("online");
    }
    return {};
}

std::optional<ServicePlace> fromKey(const QString& key)
{
    for (ServicePlace p : all())
        if (ServicePlaces::key(p) == key)
            return p;
    return std::nullopt;
}

QString name(ServicePlace place)
{
    switch (place) {
    case ServicePlace::Centre:
        return Tr::tr("At the centre");
    case ServicePlace::Home:
        return Tr::tr("Home visit");
    case ServicePlace::Community:
        return Tr::tr("In the community");
    case ServicePlace::Phone:
        return Tr::tr("By phone");
    case ServicePlace::Online:
        return Tr::tr("Online");
    }
    return {};
}

} // namespace kq::ServicePlaces
