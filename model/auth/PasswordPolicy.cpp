#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <array>

namespace kq::PasswordPolicy {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

bool isCommon(const QString& lower)
{
    static const std::array kCommon{"password", "123456",  "12345678",  "123456789",  "1234567890",
                                    "qwerty",   "111111",  "abc123",    "iloveyou",   "admin",
                                    "woaini",   "000000",  "password1", "qwertyuiop", "1q2w3e4r",
                                    "a123456",  "88888888"};
    for (const char* c : kCommon)
        if (lower == QLatin1String(c) || lower.startsWith(QLatin1String(c)))
            return true;
    return false;
}
} // namespace

PasswordStrength evaluate(const QString& password, const QString& username)
{
    PasswordStrength s;
    const QString lower = password.toLower();
    if (password.size() < kMinimumLength) {
        s.level = PasswordStrength::TooWeak;
        s.hint = Tr::tr("Use at least %n characters.", nullptr, kMinimumLength);
        return s;
    }
    for (QChar c : password)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::ReplacementCharacter) {
            // Invisible or undecodable: such a password could not be typed at the sign-in.
            s.level = PasswordStrength::TooWeak;
            s.hint = Tr::tr("Use only characters you can type: no control, direction or invalid characters.");
            return s;
        }
    if (isCommon(lower) || (!username.isEmpty() && lower.contains(username.toLower()))) {
        s.level = PasswordStrength::TooWeak;
        s.hint = Tr::tr("Avoid common passwords and your username.");
        return s;
    }
    bool lowerCase = false, upperCase = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : password) {
        distinct.insert(c);
        if (c.isLower())
            lowerCase = true;
        else if (c.isUpper())
            upperCase = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true; // symbols, spaces and Chinese characters all add variety
    }
    if (distinct.size() < 5) {
        s.level = PasswordStrength::TooWeak;
        s.hint = Tr::tr("Avoid repeating the same few characters.");
        return s;
    }
    const int classes = int(lowerCase) + int(upperCase) + int(digit) + int(other);
    int score = classes + (password.size() >= 14 ? 1 : 0) + (password.size() >= 18 ? 1 : 0);
    if (score >= 5) {
        s.level = PasswordStrength::Strong;
        s.hint = Tr::tr("Strong password.");
    } else if (score >= 3) {
        s.level = PasswordStrength::Fair;
        s.hint = Tr::tr("Acceptable. A longer phrase would be stronger.");
    } else {
        s.level = PasswordStrength::Weak;
        s.hint = Tr::tr("Mix letters, digits and symbols, or use a longer phrase.");
    }
    return s;
}

QString levelName(PasswordStrength::Level level)
{
    switch (level) {
    case PasswordStrength::TooWeak:
        return Tr::tr("Too weak");
    case PasswordStrength::Weak:
        return Tr::tr("Weak");
    case PasswordStrength::Fair:
        return Tr::tr("Fair");
    case PasswordStrength::Strong:
        return Tr::tr("Strong");
    }
    return {};
}

} // namespace kq::PasswordPolicy
