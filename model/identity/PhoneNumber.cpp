#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
};

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

// Length of the area code (with its leading 0) at the start of a landline number: 010 and 020–029
// are three characters, the others (0311, 0571, …) four. 0 when the number starts with no valid
// area code.
qsizetype areaCodeLength(QStringView digits)
{
    if (digits.size() < 3 || digits[0] != u'0')
        return 0;
    if (digits.startsWith(u"010") || digits[1] == u'2')
        return 3;
    if (digits[1] >= u'3' && digits[1] <= u'9' && digits.size() >= 4)
        return 4;
    return 0;
}

QString maskKeeping(const QString& s, qsizetype head, qsizetype tail)
{
    if (s.size() <= head + tail)
        return QString(s.size(), u'*');
    return s.left(head) + QString(s.size() - head - tail, u'*') + s.right(tail);
}

// Validates a number without extension; returns the error message, empty when valid.
QString checkNumber(const QString& d, PhoneNumber::Kind* kind)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (d.startsWith(u'1')) {
        *kind = PhoneNumber::Kind::Mobile;
        if (d.size() != 11)
            return Tr::tr("A mobile number has 11 digits; this one has %1.").arg(d.size());
        if (!mobile.match(d).hasMatch())
            return Tr::tr("A mobile number starts with 13 to 19.");
        return {};
    }
    *kind = PhoneNumber::Kind::Landline;
    if (!d.startsWith(u'0')) {
        if (d.size() == 7 || d.size() == 8)
            return Tr::tr("Add the area code to the landline number, e.g. 010-12345678 or 0571-8765432.");
        return Tr::tr("This is neither a mobile number (11 digits starting with 1) nor a landline number "
                      "with area code (starting with 0).");
    }
    const qsizetype area = areaCodeLength(d);
    if (area == 0)
        return Tr::tr("The area code is not valid: it is 010, 020 to 029, or four digits such as 0571.");
    const QStringView local = QStringView(d).mid(area);
    if (local.size() < 7 || local.size() > 8)
        return Tr::tr("After the area code %1 a landline number has 7 or 8 digits; this one has %2.")
            .arg(d.left(area))
            .arg(local.size());
    if (local[0] == u'0') // the area code typed twice, or a stray trunk 0
        return Tr::tr("After the area code %1 a landline number cannot start with 0.").arg(d.left(area));
    return {};
}
} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString& input, const QString& field)
{
    // Full-width digits, brackets and dashes become ASCII; then drop the decoration.
    QString s = input.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression dashes(QStringLiteral("[\\x{2010}-\\x{2015}\\x{2212}]"));
    static const QRegularExpression decoration(QStringLiteral("[\\s()]"));
    s.replace(dashes, QStringLiteral("-"));
    s.remove(decoration);
    if (s.isEmpty())
        return Error{Tr::tr("Enter a phone number."), field};

    // An extension after 转, 分机, ext or x (one after a plain dash is recognised below).
    static const QRegularExpression marked(QStringLiteral("^(.*?)-?(?:转|分机|ext\\.?|x)-?([0-9]*)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString extension;
    bool hasExtension = false;
    if (const auto m = marked.match(s); m.hasMatch()) {
        s = m.captured(1);
        extension = m.captured(2);
        hasExtension = true;
    }

    const bool international = s.startsWith(QStringLiteral("+86")) || s.startsWith(QStringLiteral("0086"));
    if (international) {
        s.remove(0, s.startsWith(u'+') ? 3 : 4);
        while (s.startsWith(u'-'))
            s.remove(0, 1);
        // Dialled from abroad a landline drops the 0 of its area code: +86 10 …, +86 571 ….
        if (!s.isEmpty() && ((s[0] >= u'2' && s[0] <= u'9') || s.startsWith(QStringLiteral("10"))))
            s.prepend(u'0');
    }

    static const QRegularExpression allowed(QStringLiteral("^[0-9]+(?:-[0-9]+)*$"));
    if (!allowed.match(s).hasMatch() || (hasExtension && !extension.isEmpty() && !allDigits(extension)))
        return Error{Tr::tr("A phone number may contain only digits, spaces, dashes, brackets, a leading +86 "
                            "and an extension."),
                     field};
    if (hasExtension && extension.isEmpty())
        return Error{Tr::tr("The extension after the number is missing."), field};

    PhoneNumber phone;
    QString digits = QString(s).remove(u'-');
    if (!hasExtension && s.contains(u'-')) {
        // "010-12345678-123": a last group after a complete landline number is its extension.
        const qsizetype lastDash = s.lastIndexOf(u'-');
        const QString head = s.left(lastDash).remove(u'-');
        const QString tail = s.mid(lastDash + 1);
        Kind kind;
        if (tail.size() <= 6 && checkNumber(head, &kind).isEmpty() && kind == Kind::Landline) {
            digits = head;
            extension = tail;
            hasExtension = true;
        }
    }
    const QString problem = checkNumber(digits, &phone.kind);
    if (!problem.isEmpty())
        return Error{problem, field};
    if (hasExtension) {
        if (phone.kind == Kind::Mobile)
            return Error{Tr::tr("A mobile number has no extension."), field};
        if (extension.size() > 6)
            return Error{Tr::tr("The extension must be 1 to 6 digits."), field};
        digits += u'-' + extension;
    }
    phone.digits = digits;
    return phone;
}

QString PhoneNumber::formatted() const
{
    if (kind == Kind::Mobile && digits.size() == 11)
        return digits.left(3) + u' ' + digits.mid(3, 4) + u' ' + digits.mid(7);
    const qsizetype area = areaCodeLength(digits);
    if (kind == Kind::Landline && area > 0)
        return digits.left(area) + u'-' + digits.mid(area);
    return digits;
}

QString PhoneNumber::mask(const QString& digits)
{
    if (digits.isEmpty())
        return {};
    const auto parsed = parse(digits);
    if (!parsed)
        return maskKeeping(digits, 3, 2);
    const QString& d = parsed.value().digits;
    if (parsed.value().kind == Kind::Mobile)
        return maskKeeping(d, 3, 4);
    // Area code and the last four digits of the number; the extension is left out.
    const qsizetype area = areaCodeLength(d);
    const QString number = d.section(u'-', 0, 0);
    return number.left(area) + u'-' + maskKeeping(number.mid(area), 0, 4);
}

} // namespace kq
