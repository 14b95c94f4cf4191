// `kangqiao enrol` and `kangqiao sync --once` as a scheduled job runs them: real processes, the
// platform over HTTPS with a CA made for the test, every refusal one line and a distinct exit code.

#include "PlatformProcess.h"
#include "TestCertificates.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run kangqiao(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(KANGQIAO_BIN), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

bool isOneLine(const QString& s)
{
    return s.endsWith(u'\n') && s.count(u'\n') == 1;
}

constexpr int kUsage = 2;
constexpr int kSyncFailed = 11;

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_passwordFile;
    std::unique_ptr<kq::test::PlatformProcess> m_platform;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList signedIn(const QString& command) const
    {
        return {command,
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--user"),
                QStringLiteral("wang.li"),
                QStringLiteral("--password-file"),
                m_passwordFile};
    }
    QString server() const { return m_platform->url().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = path("centre.kqdb");
        m_passwordFile = path("password.txt");
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Sunny-Garden-2026!\n");
        f.close();
        const Run init = kangqiao(
            {QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--centre-code"),
             QStringLiteral("BJ-CY-0001"), QStringLiteral("--centre-name"),
             QStringLiteral("朝阳区阳光康复中心"), QStringLiteral("--county"), QStringLiteral("110105"),
             QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--display-name"),
             QStringLiteral("王丽"), QStringLiteral("--password-file"), m_passwordFile});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        const QString certs = m_dir.path();
        QVERIFY(kq::test::makeCa(certs, QStringLiteral("ca")));
        QVERIFY(kq::test::makeCa(certs, QStringLiteral("other-ca")));
        QVERIFY(kq::test::makeServerCertificate(certs, QStringLiteral("ca"), QStringLiteral("server")));
        m_platform = std::make_unique<kq::test::PlatformProcess>();
        QVERIFY2(m_platform->start({QStringLiteral("--tls-cert"), path("server.crt"),
                                    QStringLiteral("--tls-key"), path("server.key")}),
                 qPrintable(m_platform->log()));
        QVERIFY(m_platform->addCentre(QStringLiteral("BJ-CY-0001"), QStringLiteral("朝阳区阳光康复中心")));
    }

    void cleanupTestCase() { m_platform.reset(); }

    void syncBeforeEnrolmentSaysSo()
    {
        const Run r = kangqiao(signedIn(QStringLiteral("sync")) << QStringLiteral("--once"));
        QCOMPARE(r.exitCode, kSyncFailed);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("enrol")), qPrintable(r.err));
    }

    void enrolmentRefusalsNameTheOption()
    {
        // No CA for https.
        Run r = kangqiao(signedIn(QStringLiteral("enrol"))
                         << QStringLiteral("--server") << server() << QStringLiteral("--centre-code")
                         << QStringLiteral("BJ-CY-0001") << QStringLiteral("--code") << QStringLiteral("X"));
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("--ca")), qPrintable(r.err));
        // A CA that did not sign the platform's certificate.
        r = kangqiao(signedIn(QStringLiteral("enrol"))
                     << QStringLiteral("--server") << server() << QStringLiteral("--ca")
                     << path("other-ca.crt") << QStringLiteral("--centre-code")
                     << QStringLiteral("BJ-CY-0001") << QStringLiteral("--code")
                     << m_platform->issueCode(QStringLiteral("BJ-CY-0001")));
        QCOMPARE(r.exitCode, kSyncFailed);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("certificate")), qPrintable(r.err));
        // A code that is not one.
        r = kangqiao(signedIn(QStringLiteral("enrol"))
                     << QStringLiteral("--server") << server() << QStringLiteral("--ca") << path("ca.crt")
                     << QStringLiteral("--centre-code") << QStringLiteral("BJ-CY-0001")
                     << QStringLiteral("--code") << QStringLiteral("NOT-A-CODE"));
        QCOMPARE(r.exitCode, kSyncFailed);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("--code")), qPrintable(r.err));
        // Plain http to another computer.
        r = kangqiao(signedIn(QStringLiteral("enrol"))
                     << QStringLiteral("--server") << QStringLiteral("http://192.0.2.1:8443")
                     << QStringLiteral("--centre-code") << QStringLiteral("BJ-CY-0001")
                     << QStringLiteral("--code") << QStringLiteral("X"));
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("--server")), qPrintable(r.err));
    }

    void enrolThenSyncOnce()
    {
        Run r = kangqiao(signedIn(QStringLiteral("enrol"))
                         << QStringLiteral("--server") << server() << QStringLiteral("--ca") << path("ca.crt")
                         << QStringLiteral("--centre-code") << QStringLiteral("BJ-CY-0001")
                         << QStringLiteral("--code") << m_platform->issueCode(QStringLiteral("BJ-CY-0001"))
                         << QStringLiteral("--device-name") << QStringLiteral("前台 1"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kangqiao(signedIn(QStringLiteral("sync")));
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("--once")), qPrintable(r.err));
        r = kangqiao(signedIn(QStringLiteral("sync")) << QStringLiteral("--once"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 pending")), qPrintable(r.out));
        // The token goes to no other server.
        r = kangqiao(signedIn(QStringLiteral("sync"))
                     << QStringLiteral("--once") << QStringLiteral("--server")
                     << QStringLiteral("https://127.0.0.1:1"));
        QCOMPARE(r.exitCode, kUsage);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("--server")), qPrintable(r.err));
        // A pinned CA that is not the platform's: refused, nothing sent.
        r = kangqiao(signedIn(QStringLiteral("sync"))
                     << QStringLiteral("--once") << QStringLiteral("--ca") << path("other-ca.crt"));
        QCOMPARE(r.exitCode, kSyncFailed);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("certificate")), qPrintable(r.err));
        // The platform down: a reason, non-zero.
        m_platform->stop();
        r = kangqiao(signedIn(QStringLiteral("sync")) << QStringLiteral("--once"));
        QCOMPARE(r.exitCode, kSyncFailed);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("reached")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
