#include "Secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace kq::platform::Secrets {

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrolmentCode()
{
    static const char Alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr int AlphabetSize = sizeof(Alphabet) - 1;
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(AlphabetSize)]);
    }
    return code;
}

QString normalisedEnrolmentCode(const QString& code)
{
    QString out;
    for (const QChar c : code)
        if (c != u'-' && !c.isSpace())
            out += c.toUpper();
    return out;
}

QString sha256(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace kq::platform::Secrets
