#pragma once

#include "core/Result.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

// Shared by the protocol codec tests: decode what travelled as bytes, and edit a sample's JSON.
namespace kq::sync::test {

template <typename T> Result<T> overTheWire(const QJsonObject& json)
{
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return T::fromJson(QJsonDocument::fromJson(bytes).object());
}

inline QJsonObject edited(QJsonObject json, const std::function<void(QJsonObject&)>& edit)
{
    edit(json);
    return json;
}

// Sets a value at a dotted path ("centre.code"), creating nothing: the path's objects must exist.
inline QJsonObject withValue(const QJsonObject& json, const QString& path, const QJsonValue& v)
{
    const qsizetype dot = path.indexOf(u'.');
    QJsonObject out = json;
    if (dot < 0) {
        if (v.isUndefined())
            out.remove(path);
        else
            out.insert(path, v);
        return out;
    }
    const QString head = path.left(dot);
    out.insert(head, withValue(json.value(head).toObject(), path.mid(dot + 1), v));
    return out;
}

} // namespace kq::sync::test
