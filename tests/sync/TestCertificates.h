#pragma once

// Throw-away certificate authorities and server certificates made with the openssl CLI at test
// time, so no key material is checked in.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>

namespace kq::test {

inline bool runOpenssl(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// <dir>/<name>.crt and <name>.key: a self-signed CA.
inline bool makeCa(const QString& dir, const QString& name)
{
    return runOpenssl(dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                            name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=Kangqiao test CA ") + name});
}

// <dir>/<name>.crt and <name>.key: a server certificate for 127.0.0.1 and localhost, signed by `ca`.
inline bool makeServerCertificate(const QString& dir, const QString& ca, const QString& name)
{
    QFile ext(QDir(dir).filePath(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage="
              "serverAuth\n");
    ext.close();
    return runOpenssl(dir,
                      {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                       QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")}) &&
           runOpenssl(dir, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".crt"),
                            QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                            name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
}

inline QSslCertificate certificate(const QString& path)
{
    const QList<QSslCertificate> list = QSslCertificate::fromPath(path, QSsl::Pem);
    return list.isEmpty() ? QSslCertificate() : list.first();
}

} // namespace kq::test
