#pragma once

#include "FuzzCheck.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace kq::fuzz {

// Feeds network bytes to a protocol decoder as the receiving side does (JSON text to an object to
// T::fromJson), and for every message it accepts checks the codec's promise: what it decoded
// encodes to a message that travels as text and decodes again, to the same encoding. Encoding is a
// fixed point after one round: the first decode may drop what the encoder never writes (a
// duplicate's rev, an empty audit warning).
template <typename T> void fuzzWireMessage(const uint8_t* data, size_t size)
{
    const QJsonDocument received = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!received.isObject())
        return;
    Result<T> decoded = T::fromJson(received.object());
    if (!decoded)
        return;
    const QJsonObject encoded = decoded.value().toJson();
    const QByteArray text = QJsonDocument(encoded).toJson(QJsonDocument::Compact);
    Result<T> again = T::fromJson(QJsonDocument::fromJson(text).object());
    if (!again)
        std::fprintf(stderr, "re-encoded message refused: %s (%s)\n%s\n", qPrintable(again.error().message),
                     qPrintable(again.error().field), text.constData());
    KQ_FUZZ_CHECK(again.ok());
    KQ_FUZZ_CHECK(again.value().toJson() == encoded);
}

} // namespace kq::fuzz
