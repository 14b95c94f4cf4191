#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace kq {

enum class Gender { Unknown, Male, Female };

// A PRC resident identity number (GB 11643-1999): 6-digit area code, birth date YYYYMMDD, 3-digit
// sequence (odd = male), check character. The 15-digit legacy form (YYMMDD, no check character) is
// accepted and upgraded to 18 digits (19YY, computed check character).
struct ResidentId {
    QString number;   // 18 characters, upper-case X
    QString areaCode; // first 6 digits
    QDate birthDate;
    Gender gender = Gender::Unknown;
    bool upgradedFromLegacy = false;

    // Errors name the field "id-number" and say what is wrong (length, characters, date, check
    // character). Spaces are ignored; a lower-case x is accepted. Does not consult the division
    // table: abolished counties stay valid in old numbers (see Divisions).
    static Result<ResidentId> parse(const QString& input, const QDate& today);
    // Builds a valid 18-digit number (sequence 0..999; odd for men), for demo data and tests.
    static QString compose(const QString& areaCode, const QDate& birthDate, int sequence);
    // The check character for the first 17 digits (S = sum(a_i * w_i); S mod 11 -> "10X98765432").
    static QChar checkCharacter(QStringView first17);
    // 110105********1234: area code and last four only, for lists and exports.
    static QString mask(const QString& number);
};

} // namespace kq
