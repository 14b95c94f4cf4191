#pragma once

#include "core/Result.h"

#include <QString>

namespace kq {

// A mainland China phone number: a mobile (11 digits starting 1[3-9]) or a landline with area code
// (0 + 2–3 digit area code + 7–8 digit number, optional extension). Spaces, dashes, parentheses
// and a +86 / 0086 prefix are accepted on input.
struct PhoneNumber {
    enum class Kind { Mobile, Landline };
    QString digits; // normalised: mobile "13812345678", landline "01012345678" (+ "-ext" if any)
    Kind kind = Kind::Mobile;

    // Errors name the field given (e.g. "phone", "guardian-phone").
    static Result<PhoneNumber> parse(const QString& input, const QString& field = QStringLiteral("phone"));
    // For display: "138 1234 5678" / "010-12345678".
    QString formatted() const;
    // 138****5678 (mobile) / 010-****5678 (landline): for lists and exports.
    static QString mask(const QString& digits);
};

} // namespace kq
