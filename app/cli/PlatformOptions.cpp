#include "PlatformOptions.h"

#include <QCoreApplication>
#include <QFile>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlatformOptions)
};
constexpr qint64 kMaxCaFile = qint64{1024} * 1024;
} // namespace

void PlatformOptions::add(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("server"), Tr::tr("The platform's address, https://host:port."), Tr::tr("URL")});
    parser.addOption(
        {QStringLiteral("ca"),
         Tr::tr("PEM file of the CA that signed the platform's certificate (the only one trusted)."),
         Tr::tr("FILE")});
}

Result<QByteArray> PlatformOptions::readCa(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("ca")))
        return QByteArray();
    QFile f(parser.value(QStringLiteral("ca")));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read %1").arg(f.fileName()), QStringLiteral("ca"));
    if (f.size() > kMaxCaFile)
        return Error(Tr::tr("%1 is too large for a certificate file").arg(f.fileName()),
                     QStringLiteral("ca"));
    return f.readAll();
}

} // namespace kq::cli
