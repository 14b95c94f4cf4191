#include "RecoveryKey.h"

#include <sodium.h>

#include <cstring>

namespace kq::RecoveryKey {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kLength = 52; // ceil(256 / 5)
} // namespace

SecureBytes generate()
{
    const SecureBytes random = SecureBytes::random(32);
    SecureBytes out(kLength);
    int bitCount = 0;
    unsigned buffer = 0;
    int o = 0;
    for (std::size_t i = 0; i < random.size(); ++i) {
        buffer = (buffer << 8) | random.data()[i];
        bitCount += 8;
        while (bitCount >= 5) {
            out.data()[o++] = static_cast<unsigned char>(kAlphabet[(buffer >> (bitCount - 5)) & 31]);
            bitCount -= 5;
        }
    }
    if (bitCount > 0)
        out.data()[o++] = static_cast<unsigned char>(kAlphabet[(buffer << (5 - bitCount)) & 31]);
    buffer = 0;
    return out;
}

SecureBytes normalise(const QString& typed)
{
    SecureBytes out(kLength);
    int o = 0;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        char ch = char(c.toUpper().toLatin1());
        if (ch == 'O')
            ch = '0';
        else if (ch == 'I' || ch == 'L')
            ch = '1';
        if (!std::strchr(kAlphabet, ch) || ch == '\0' || o >= kLength)
            return {};
        out.data()[o++] = static_cast<unsigned char>(ch);
    }
    if (o != kLength)
        return {};
    return out;
}

QString format(const SecureBytes& key)
{
    QString text;
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            text += u'-';
        text += QLatin1Char(char(key.data()[i]));
    }
    return text;
}

} // namespace kq::RecoveryKey
