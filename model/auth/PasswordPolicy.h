#pragma once

#include <QString>

namespace kq {

// How strong a new password is, with a hint a person can act on. Strength is estimated from
// length and variety, with known-weak patterns (common passwords, the username, repeats) penalised.
struct PasswordStrength {
    enum Level { TooWeak, Weak, Fair, Strong };
    Level level = TooWeak;
    QString hint;
    bool acceptable() const { return level >= Fair; }
};

namespace PasswordPolicy {
constexpr int kMinimumLength = 10;
PasswordStrength evaluate(const QString& password, const QString& username = {});
QString levelName(PasswordStrength::Level level);
} // namespace PasswordPolicy

} // namespace kq
