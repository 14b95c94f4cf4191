#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace kq {

QString newId()
{
    std::array<quint8, 16> b{};
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = quint8(ms >> (8 * (5 - i)));
    QRandomGenerator* random = QRandomGenerator::global();
    for (std::size_t i = 6; i < b.size(); ++i)
        b[i] = quint8(random->generate());
    b[6] = quint8(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = quint8(0x80 | (b[8] & 0x3F)); // RFC variant
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size()))).toString(QUuid::WithoutBraces);
}

QString derivedId(const QString& entity, const QString& key)
{
    // Fixed for ever: changing it would give every derived record a new id.
    static const QUuid kNamespace(QStringLiteral("{5b0f3a52-6a37-4c1e-9d0b-6b616e677169}"));
    return QUuid::createUuidV5(kNamespace, entity + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

} // namespace kq
