#pragma once

// Reading a PDF back as a person copying from it would: the text layer, via pdftotext.

#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace kq::test {

// Text of the PDF at `path`, exactly as pdftotext gives it (no normalisation: decision 0008);
// empty with `missing` set when pdftotext (poppler-utils) is not installed.
inline QString pdfText(const QString& path, bool& missing)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    missing = tool.isEmpty();
    if (missing)
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace kq::test
