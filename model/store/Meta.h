#pragma once

#include <QString>

namespace kq {

class Database;

// Small key/value facts about the store itself (database id, audit head, ...), in table `meta`.
namespace Meta {
QString read(Database& db, const QString& key);
void write(Database& db, const QString& key, const QString& value);
} // namespace Meta

} // namespace kq
