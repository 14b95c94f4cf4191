#include "ResidentId.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ResidentId)
};

const QString kField = QStringLiteral("id-number");

Error idError(const QString& message)
{
    return Error{message, kField};
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

// Everything but the kept characters replaced by '*'; short strings are starred out entirely.
QString maskKeeping(const QString& s, qsizetype head, qsizetype tail)
{
    if (s.size() <= head + tail)
        return QString(s.size(), u'*');
    return s.left(head) + QString(s.size() - head - tail, u'*') + s.right(tail);
}
} // namespace

QString ResidentId::compose(const QString& areaCode, const QDate& birthDate, int sequence)
{
    const QString first17 = areaCode + birthDate.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + checkCharacter(first17);
}

QChar ResidentId::checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QChar(checks[sum % 11]);
}

Result<ResidentId> ResidentId::parse(const QString& input, const QDate& today)
{
    QString s;
    s.reserve(input.size());
    for (QChar c : input)
        if (!c.isSpace())
            s.append(c);
    if (s.isEmpty())
        return idError(Tr::tr("Enter the resident ID number."));

    // Digits only, except that an 18-character number may end in X.
    const bool endsInX = s.endsWith(u'X', Qt::CaseInsensitive);
    if (!allDigits(endsInX ? QStringView(s).chopped(1) : QStringView(s)) || (endsInX && s.size() == 1))
        return idError(Tr::tr("The ID number may contain only digits and, as its last character, X."));
    if (s.size() != 18 && s.size() != 15)
        return idError(
            Tr::tr("The ID number must have 18 characters (or 15 for an old number); this one has %1.")
                .arg(s.size()));
    if (endsInX && s.size() == 15)
        return idError(Tr::tr("A 15-digit ID number has no check character: it contains only digits."));
    if (s[0] < u'1' || s[0] > u'8')
        return idError(Tr::tr("The area code (the first six digits) must start with a digit from 1 to 8."));

    const bool legacy = s.size() == 15;
    const QString dateDigits = legacy ? QStringLiteral("19") + s.mid(6, 6) : s.mid(6, 8);
    const QDate birth = QDate::fromString(dateDigits, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return idError(Tr::tr("The birth date %1 in the ID number is not a valid date.").arg(dateDigits));
    if (birth < QDate(1900, 1, 1))
        return idError(Tr::tr("The birth date %1 in the ID number is before 1900.").arg(dateDigits));
    if (today.isValid() && birth > today)
        return idError(Tr::tr("The birth date %1 in the ID number is in the future.").arg(dateDigits));

    ResidentId id;
    if (legacy) {
        const QString first17 = s.left(6) + QStringLiteral("19") + s.mid(6);
        id.number = first17 + checkCharacter(first17);
        id.upgradedFromLegacy = true;
    } else {
        id.number = s.toUpper();
        const QChar expected = checkCharacter(QStringView(id.number).left(17));
        if (id.number[17] != expected)
            return idError(
                Tr::tr("The check character should be %1: the number was mistyped.").arg(expected));
    }
    id.areaCode = id.number.left(6);
    id.birthDate = birth;
    id.gender = (id.number[16].unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
    return id;
}

QString ResidentId::mask(const QString& number)
{
    if (number.size() == 18)
        return maskKeeping(number, 6, 4);
    return maskKeeping(number, 3, 2);
}

} // namespace kq
