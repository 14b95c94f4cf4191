#include "FuzzCheck.h"
#include "scales/ScaleDefinition.h"
#include "scales/ScaleScore.h"

// A centre may drop its own scale files next to the database (ScaleLibrary); any of them may be
// malformed or hostile. A definition that loads scores every complete answer set: the lowest
// options give the declared minimum, the highest the declared maximum, with a band inside its range.
namespace {

kq::ScaleAnswers extremes(const kq::ScaleDefinition& scale, bool highest)
{
    kq::ScaleAnswers answers;
    for (const kq::ScaleItem& item : scale.items)
        answers.insert(item.id, highest ? item.maxScore() : item.minScore());
    return answers;
}

void checkScored(const kq::ScaleDefinition& scale, const kq::ScaleAnswers& answers, int expectedTotal)
{
    const kq::Result<kq::ScaleResult> scored = kq::score(scale, answers);
    KQ_FUZZ_CHECK(scored.ok());
    const kq::ScaleResult& r = scored.value();
    KQ_FUZZ_CHECK(r.complete() && r.excluded.isEmpty() && r.answered == scale.items.size());
    KQ_FUZZ_CHECK(r.total == expectedTotal);
    if (r.bandIndex) {
        const kq::ScaleBand& band = scale.bands.at(*r.bandIndex);
        KQ_FUZZ_CHECK(band.min <= r.total && r.total <= band.max);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const kq::Result<kq::ScaleDefinition> parsed = kq::ScaleDefinition::parse(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)),
        QStringLiteral("fuzz.json"));
    if (!parsed)
        return 0;
    const kq::ScaleDefinition& scale = parsed.value();
    KQ_FUZZ_CHECK(!scale.items.isEmpty() && scale.items.size() <= kq::ScaleDefinition::kMaxItems);
    KQ_FUZZ_CHECK(scale.totalMin <= scale.totalMax);
    for (const kq::ScaleItem& item : scale.items) {
        KQ_FUZZ_CHECK(scale.item(item.id) == &item);
        KQ_FUZZ_CHECK(item.option(item.minScore()) && item.option(item.maxScore()));
    }
    checkScored(scale, extremes(scale, false), scale.totalMin);
    checkScored(scale, extremes(scale, true), scale.totalMax);
    const kq::Result<kq::ScaleResult> none = kq::score(scale, {});
    KQ_FUZZ_CHECK(none.ok() && none.value().missing.size() == scale.items.size() && !none.value().bandIndex);
    return 0;
}
