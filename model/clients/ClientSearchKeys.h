#pragma once

#include "ClientRecord.h"

#include <QStringList>

namespace kq {

// What goes into table client_search for one client, and how a typed query becomes key ranges.
// Keys carry a one-letter kind: 'p' pinyin (full and initials, see Pinyin::searchKeys), 'h' Han
// text (every suffix of the name, so the given name alone finds), 'i' the ID number reversed and
// 't' phone numbers reversed (client and guardians), so "the last digits" is a prefix match.
namespace ClientSearchKeys {

QStringList forClient(const ClientRecord& record);
// The name's pinyin in reading order (surname reading first), for sorting lists by name.
QString sortKey(const QString& name);

// A half-open range [from, to) of keys; a query matches a client with any key in any range.
struct Range {
    QString from;
    QString to;
};
QList<Range> rangesFor(const QString& query);

} // namespace ClientSearchKeys
} // namespace kq
