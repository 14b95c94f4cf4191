#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace kq::sync::wire {

// Shared pieces of the strict decoders (protocol v1). Messages go back to a machine or a log, so
// they are plain English and untranslated; `field` names the JSON member at fault, with a path
// for nested members ("operations[3].fields.phone").

// The largest integer a JSON number carries exactly (2^53 - 1).
inline constexpr qint64 MaxExactInteger = 9007199254740991;

Error invalid(const QString& field, const char* what);
Error invalid(const char* field, const char* what);
// `inner` found inside the member `prefix`: its field becomes "prefix.inner" (or "prefix").
Error nested(const Error& inner, const QString& prefix);
QString indexed(const char* array, qsizetype index);

bool isUuid(const QString& s);
bool isEntityName(const QString& s);

// An integer member >= min; absent or null gives nullopt when `optional`.
Result<std::optional<qint64>> integer(const QJsonObject& json, const char* key, qint64 min, bool optional);
Result<qint64> requiredInteger(const QJsonObject& json, const char* key, qint64 min);
// A string member, 1..maxLength characters (maxLength 0: no limit).
Result<QString> requiredString(const QJsonObject& json, const char* key, qsizetype maxLength = 0);
Result<bool> requiredBool(const QJsonObject& json, const char* key);
Result<QJsonObject> requiredObject(const QJsonObject& json, const char* key);
Result<QJsonArray> requiredArray(const QJsonObject& json, const char* key);

// A field value on the wire: string, number, boolean or null (structured values travel as JSON text).
bool isScalar(const QJsonValue& v);
// Every value of a `fields` object is a scalar and every name non-empty; the error names
// "<where>.<name>".
Result<void> checkFields(const QJsonObject& fields, const QString& where);

// RFC 3339 date-time with an explicit offset ("2026-12-23T10:00:00Z").
QString toTimestamp(const QDateTime& t);
Result<QDateTime> requiredTimestamp(const QJsonObject& json, const char* key);

} // namespace kq::sync::wire
