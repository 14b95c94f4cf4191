#include "PlatformOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

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
    if (parser.value(QStringLiteral("ca")).isEmpty())
        return Error(Tr::tr("give the name of the certificate file"), QStringLiteral("ca"));
    QFile f(parser.value(QStringLiteral("ca")));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read %1").arg(f.fileName()), QStringLiteral("ca"));
    // Read with a bound, not by the size the file reports: /dev/zero or a pipe reports none and
    // never ends.
    const QByteArray pem = f.read(kMaxCaFile + 1);
    if (pem.size() > kMaxCaFile)
        return Error(Tr::tr("%1 is too large for a certificate file").arg(f.fileName()),
                     QStringLiteral("ca"));
    // A file given but holding no certificate would otherwise read as "no --ca given" (sync would
    // fall back to the enrolled CA without a word).
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        return Error(Tr::tr("%1 holds no PEM certificate").arg(f.fileName()), QStringLiteral("ca"));
    return pem;
}

} // namespace kq::cli
