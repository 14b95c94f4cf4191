#pragma once

#include <QByteArray>
#include <QString>

namespace kq {

// Replaces `path` so that a crash at any moment leaves either the old or the new content:
// write a temp file, fsync it, rename it over, fsync the directory. False on any failure.
bool writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace kq
