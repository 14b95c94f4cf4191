#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Compact JSON text written directly, for the hot paths: every record's fields and per-field
// revisions when it is stored, and pull pages, whose records are already JSON text in the store.
// QJsonDocument::toJson costs several times as much (it goes through Qt's CBOR containers).
namespace kq::platform::JsonText {

// Appends `s` as a JSON string (quoted, escaped) in UTF-8.
void appendString(QByteArray& out, QStringView s);
void appendObject(QByteArray& out, const QJsonObject& o);

// A JSON object as compact UTF-8 text (the store's form of `fields`): what QJsonDocument's Compact
// form gives, and the same values when parsed.
QByteArray compact(const QJsonObject& o);

} // namespace kq::platform::JsonText
