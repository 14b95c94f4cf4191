#include "WireValue.h"

#include "Replica.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace kq::WireValue {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replica)
};

using Replication::Field;
using Replication::FieldType;

Error invalid(const Field& f, const QString& message)
{
    return Error{message, f.name, Replica::InvalidValue};
}

bool nullable(const Field& f)
{
    return !f.required && !f.notNull;
}
} // namespace

Result<QVariant> toColumn(const Field& f, const QJsonValue& v)
{
    const bool empty = v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
    // Empty text is NULL in a nullable column, as the repositories store it (StoredValues.h).
    if (empty && nullable(f))
        return QVariant();
    if (v.isNull() || v.isUndefined())
        return invalid(f, Tr::tr("A value is required."));
    switch (f.type) {
    case FieldType::Text:
        if (!v.isString())
            return invalid(f, Tr::tr("Expected text."));
        if (!f.allowed.isEmpty() && !f.allowed.contains(v.toString()))
            return invalid(f, Tr::tr("“%1” is not one of the allowed values.").arg(v.toString()));
        return QVariant(v.toString());
    case FieldType::Date:
        if (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid() ||
            v.toString().size() != 10)
            return invalid(f, Tr::tr("Expected a date (yyyy-mm-dd)."));
        return QVariant(v.toString());
    case FieldType::Time:
        if (!v.isString() || !QTime::fromString(v.toString(), QStringLiteral("HH:mm")).isValid())
            return invalid(f, Tr::tr("Expected a time (hh:mm)."));
        return QVariant(v.toString());
    case FieldType::Timestamp:
        if (!v.isString() || !QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
            return invalid(f, Tr::tr("Expected a date and time (ISO 8601)."));
        return QVariant(v.toString());
    case FieldType::Integer: {
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740991.0)
            return invalid(f, Tr::tr("Expected a whole number."));
        const qint64 n = qint64(d);
        if (n < f.min || n > f.max)
            return invalid(f, Tr::tr("%1 is out of range (%2 to %3).").arg(n).arg(f.min).arg(f.max));
        return QVariant(n);
    }
    case FieldType::Boolean:
        if (v.isBool())
            return QVariant(qint64(v.toBool() ? 1 : 0));
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return QVariant(qint64(v.toDouble()));
        return invalid(f, Tr::tr("Expected true or false."));
    case FieldType::Json: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
        if (!v.isString() || error.error != QJsonParseError::NoError || doc.isNull())
            return invalid(f, Tr::tr("Expected a JSON list or object as text."));
        return QVariant(v.toString());
    }
    case FieldType::Base64: {
        const QByteArray::FromBase64Result bytes =
            QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!v.isString() || !bytes)
            return invalid(f, Tr::tr("Expected base64 text."));
        return QVariant(*bytes);
    }
    }
    return invalid(f, Tr::tr("Unknown field type."));
}

void bind(Statement& s, int index, const QVariant& v)
{
    if (v.isNull())
        s.bind(index, nullptr);
    else if (v.typeId() == QMetaType::LongLong)
        s.bind(index, v.toLongLong());
    else if (v.typeId() == QMetaType::QByteArray)
        s.bind(index, v.toByteArray());
    else
        s.bind(index, v.toString());
}

QVariant read(const Statement& s, int column, FieldType type)
{
    if (s.isNull(column))
        return QVariant();
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return QVariant(s.int64(column));
    case FieldType::Base64:
        return QVariant(s.blob(column));
    default:
        return QVariant(s.text(column));
    }
}

bool same(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace kq::WireValue
