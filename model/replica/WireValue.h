#pragma once

#include "EntitySpec.h"

#include <QJsonValue>

namespace kq {

class Statement;

// Wire values (JSON scalars) to column values and back, by field type. Internal to model/replica.
namespace WireValue {

// The column value of `value` for `field`: a null QVariant for SQL NULL, else a qint64, QString or
// QByteArray. The error names the field.
Result<QVariant> toColumn(const Replication::Field& field, const QJsonValue& value);
void bind(Statement& s, int index, const QVariant& value);
// The stored value of `column` in the same form, for comparing with what comes in.
QVariant read(const Statement& s, int column, Replication::FieldType type);
bool same(const QVariant& a, const QVariant& b);

} // namespace WireValue
} // namespace kq
