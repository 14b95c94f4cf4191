#pragma once

#include <QByteArray>
#include <QString>

namespace kq::platform {

class PlatformStore;

// A centre's feed for GET /v1/pull: records changed after a revision, each once with all its
// current fields (or as a tombstone), in revision order.
class FeedReader {
public:
    explicit FeedReader(PlatformStore& store) : m_store(store) {}

    // The page as the JSON text of a PullPage (docs/sync-protocol.md, "Pull"). Written directly:
    // each record's fields are stored as compact JSON text and are copied in as they are, rather
    // than parsed into objects only to be serialised again (most of a page's cost otherwise).
    QByteArray page(const QString& centre, qint64 afterRev, int limit);

private:
    PlatformStore& m_store;
};

} // namespace kq::platform
