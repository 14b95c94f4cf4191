#include "PullCursor.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace kq::platform::PullCursor {

namespace {

constexpr char Format = 1;
constexpr qsizetype MacBytes = 12;

QByteArray mac(const QByteArray& key, const QString& centre, const QByteArray& rev)
{
    return QMessageAuthenticationCode::hash(centre.toUtf8() + '\0' + rev, key, QCryptographicHash::Sha256)
        .left(MacBytes);
}

constexpr auto Base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString encode(const QByteArray& key, const QString& centre, qint64 rev)
{
    QByteArray revBytes(8, Qt::Uninitialized);
    qToBigEndian<qint64>(rev, revBytes.data());
    const QByteArray raw = QByteArray(1, Format) + revBytes + mac(key, centre, revBytes);
    return QString::fromLatin1(raw.toBase64(Base64));
}

std::optional<qint64> decode(const QByteArray& key, const QString& centre, const QString& cursor)
{
    if (cursor.size() > 64)
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(cursor.toLatin1(), Base64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 1 + 8 + MacBytes || decoded.decoded.at(0) != Format)
        return std::nullopt;
    const QByteArray revBytes = decoded.decoded.mid(1, 8);
    if (decoded.decoded.mid(9) != mac(key, centre, revBytes))
        return std::nullopt;
    const qint64 rev = qFromBigEndian<qint64>(revBytes.constData());
    // Re-encoding must give the same text: no second spelling of one cursor.
    if (rev < 0 || encode(key, centre, rev) != cursor)
        return std::nullopt;
    return rev;
}

} // namespace kq::platform::PullCursor
