#include "FuzzCheck.h"
#include "server/PullCursor.h"

#include <QtEndian>

#include <cstring>

// The platform decodes the "after" cursor of GET /v1/pull from the query string. A cursor it
// accepts is the one it would hand out for that revision (no second spelling), and every revision it
// hands out comes back.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace kq::platform;
    static const QByteArray key(32, 'k');
    static const QString centre = QStringLiteral("110105001");
    const QString cursor = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const std::optional<qint64> rev = PullCursor::decode(key, centre, cursor)) {
        KQ_FUZZ_CHECK(*rev >= 0);
        KQ_FUZZ_CHECK(PullCursor::encode(key, centre, *rev) == cursor);
    }
    if (size >= 8) {
        qint64 rev = qFromBigEndian<qint64>(data);
        if (rev < 0)
            rev = -(rev + 1);
        const QString issued = PullCursor::encode(key, centre, rev);
        KQ_FUZZ_CHECK(PullCursor::decode(key, centre, issued) == rev);
        KQ_FUZZ_CHECK(!PullCursor::decode(key, QStringLiteral("110105002"), issued));
    }
    return 0;
}
