#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kq {

// Where a service happened (seed §10): at the centre, a home visit, in the community, by phone or
// online. Stored by key.
enum class ServicePlace { Centre, Home, Community, Phone, Online };

namespace ServicePlaces {
QList<ServicePlace> all();
QString key(ServicePlace place);
std::optional<ServicePlace> fromKey(const QString& key);
QString name(ServicePlace place); // for people, translated
} // namespace ServicePlaces

} // namespace kq
