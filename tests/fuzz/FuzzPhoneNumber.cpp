#include "FuzzCheck.h"
#include "identity/PhoneNumber.h"

// Phone numbers of clients and guardians are typed in many spellings (+86, full-width digits, 转,
// brackets). A number the validator accepts is accepted again in its normalised and its displayed
// form, to the same digits, and its mask hides the middle.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using kq::PhoneNumber;
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const kq::Result<PhoneNumber> parsed = PhoneNumber::parse(input, QStringLiteral("guardian-phone"));
    if (!parsed) {
        KQ_FUZZ_CHECK(parsed.error().field == QStringLiteral("guardian-phone"));
        KQ_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const PhoneNumber& phone = parsed.value();
    for (const QString& form : {phone.digits, phone.formatted()}) {
        const kq::Result<PhoneNumber> again = PhoneNumber::parse(form);
        if (!again)
            std::fprintf(stderr, "'%s' normalised to '%s', refused: %s\n", qPrintable(input),
                         qPrintable(form), qPrintable(again.error().message));
        KQ_FUZZ_CHECK(again.ok());
        KQ_FUZZ_CHECK(again.value().digits == phone.digits);
        KQ_FUZZ_CHECK(again.value().kind == phone.kind);
    }
    const QString masked = PhoneNumber::mask(phone.digits);
    KQ_FUZZ_CHECK(masked.contains(u'*'));
    if (phone.kind == PhoneNumber::Kind::Mobile)
        KQ_FUZZ_CHECK(masked == phone.digits.left(3) + QStringLiteral("****") + phone.digits.right(4));
    return 0;
}
