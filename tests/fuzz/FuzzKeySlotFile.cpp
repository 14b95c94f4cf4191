#include "FuzzCheck.h"
#include "keys/KeySlotFile.h"

// The key-slot sidecar is read before anyone signs in, from a file anyone with the laptop can edit.
// A file that parses is written back (serialize) to a file that parses to the same content.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using kq::KeySlotFile;
    const kq::Result<KeySlotFile> parsed =
        KeySlotFile::parse(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!parsed)
        return 0;
    const KeySlotFile& file = parsed.value();
    KQ_FUZZ_CHECK(!file.databaseId.isEmpty() && file.generation >= 1);
    const QByteArray written = file.serialize();
    const kq::Result<KeySlotFile> reread = KeySlotFile::parse(written);
    KQ_FUZZ_CHECK(reread.ok());
    KQ_FUZZ_CHECK(reread.value().serialize() == written);
    KQ_FUZZ_CHECK(reread.value().slots.size() == file.slots.size());
    for (const kq::KeySlot& slot : file.slots)
        if (slot.kind == kq::KeySlot::Kind::User)
            KQ_FUZZ_CHECK(reread.value().findUser(slot.username) != nullptr);
    return 0;
}
