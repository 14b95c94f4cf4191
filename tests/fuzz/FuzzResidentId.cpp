#include "FuzzCheck.h"
#include "identity/ResidentId.h"

// Resident ID numbers are typed at the front desk, pasted from other systems and pulled from the
// platform. A number the validator accepts is an 18-character number that it accepts again as it
// stands, with the same facts, and that compose() would build from those facts.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using kq::ResidentId;
    static const QDate today(2026, 12, 7);
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const kq::Result<ResidentId> parsed = ResidentId::parse(input, today);
    if (!parsed) {
        KQ_FUZZ_CHECK(parsed.error().field == QStringLiteral("id-number"));
        KQ_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const ResidentId& id = parsed.value();
    KQ_FUZZ_CHECK(id.number.size() == 18);
    KQ_FUZZ_CHECK(id.areaCode == id.number.left(6));
    KQ_FUZZ_CHECK(id.birthDate.isValid() && id.birthDate <= today);
    KQ_FUZZ_CHECK(ResidentId::checkCharacter(QStringView(id.number).left(17)) == id.number.at(17));
    KQ_FUZZ_CHECK(ResidentId::compose(id.areaCode, id.birthDate, id.number.mid(14, 3).toInt()) == id.number);

    const kq::Result<ResidentId> again = ResidentId::parse(id.number, today);
    KQ_FUZZ_CHECK(again.ok());
    KQ_FUZZ_CHECK(again.value().number == id.number);
    KQ_FUZZ_CHECK(again.value().birthDate == id.birthDate);
    KQ_FUZZ_CHECK(again.value().gender == id.gender);
    KQ_FUZZ_CHECK(!again.value().upgradedFromLegacy);

    const QString masked = ResidentId::mask(id.number);
    KQ_FUZZ_CHECK(masked.size() == 18 && masked.left(6) == id.areaCode &&
                  masked.right(4) == id.number.right(4));
    KQ_FUZZ_CHECK(masked.mid(6, 8) == QString(8, u'*'));
    return 0;
}
