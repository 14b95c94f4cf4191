#pragma once

#include "core/Result.h"

#include <QCommandLineParser>
#include <QUrl>

namespace kq::cli {

// --server and --ca, shared by `enrol` and `sync`.
namespace PlatformOptions {
void add(QCommandLineParser& parser);
// The CA file's bytes (empty when --ca is not given); an error names the option.
Result<QByteArray> readCa(const QCommandLineParser& parser);
} // namespace PlatformOptions

} // namespace kq::cli
