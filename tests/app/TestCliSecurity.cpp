// "No key, password, ID number or diagnosis appears in logs, crash output or temporary files"
// (issue 10). The real `kangqiao` commands run as a scheduled job would run them — check, due,
// case, stats, backup, restore, enrol and a sync round with the platform over HTTPS, plus the
// refusals (wrong password, a case action the rules refuse) — with every Qt logging category
// switched on (qDebug included) and TMPDIR, HOME and the XDG folders pointing into the test's own
// folder. Then stdout, stderr, the platform server's log and every file those runs left behind are
// searched for the secrets: the password and a wrong one tried, the raw database key, the recovery
// key, every client's name, ID number, phone and diagnosis, and a clinical note given on the
// command line. (`recover --print-raw-key` prints the key by design and is not run here.)

#include "CaseFixture.h"
#include "PlatformProcess.h"
#include "SensitiveSample.h"
#include "TestCertificates.h"

#include "store/Database.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

using namespace kq::test::sensitive;
const QString kReason = QStringLiteral("家属诉其近期幻听加重");
const QString kWrongPassword = QStringLiteral("Wrong-Guess-Battery-8");

struct Secret {
    QString what;
    QByteArray bytes; // UTF-8, as text output and files hold it
};

struct Run {
    QString what;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool isOneLine(const QByteArray& s)
{
    return s.endsWith('\n') && s.count('\n') == 1;
}

} // namespace

class TestCliSecurity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<Secret> m_secrets;       // never anywhere
    QList<Secret> m_recordSecrets; // not even in a statistics export: identifying data
    QList<Run> m_runs;
    std::unique_ptr<PlatformProcess> m_platform;

    QString in(const QString& folder, const QString& name = {}) const
    {
        const QString path = m_dir.filePath(folder);
        QDir().mkpath(path);
        return name.isEmpty() ? path : QDir(path).filePath(name);
    }

    // A job's environment: all logging on, and every place a program may write a file in our folder.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("TMPDIR"), in(QStringLiteral("tmp")));
        env.insert(QStringLiteral("HOME"), in(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), in(QStringLiteral("home"), QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), in(QStringLiteral("home"), QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   in(QStringLiteral("home"), QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), in(QStringLiteral("runtime")));
        QFile::setPermissions(in(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.remove(QStringLiteral("KANGQIAO_PASSWORD"));
        return env;
    }

    Run kangqiao(const QString& what, const QStringList& args, const QProcessEnvironment& env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KANGQIAO_BIN), args);
        p.waitForFinished(120000);
        Run r{what, p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
              p.readAllStandardError()};
        m_runs << r;
        return r;
    }
    Run kangqiao(const QString& what, const QStringList& args) { return kangqiao(what, args, environment()); }

    QStringList login(const QString& command, const QString& passwordFile) const
    {
        return {command,
                QStringLiteral("--db"),
                m_db,
                QStringLiteral("--user"),
                sampleSetup().username,
                QStringLiteral("--password-file"),
                passwordFile};
    }

    static QStringList leaksIn(const QByteArray& bytes, const QList<Secret>& secrets)
    {
        QStringList found;
        for (const Secret& s : secrets)
            if (!s.bytes.isEmpty() && bytes.contains(s.bytes))
                found << s.what;
        return found;
    }

    // Every file under `folder` holding a secret, as "path: what".
    QStringList leaksUnder(const QString& folder, const QList<Secret>& secrets) const
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            for (const QString& what : leaksIn(fileBytes(path), secrets))
                found << QDir(m_dir.path()).relativeFilePath(path) + QStringLiteral(": ") + what;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = in(QStringLiteral("store"), QStringLiteral("centre.kqdb"));
        const QString inputs = in(QStringLiteral("inputs")); // what the person wrote: not searched
        QVERIFY(writeBytes(QDir(inputs).filePath(QStringLiteral("password.txt")), kPassword.toUtf8() + '\n'));
        QVERIFY(
            writeBytes(QDir(inputs).filePath(QStringLiteral("wrong.txt")), kWrongPassword.toUtf8() + '\n'));

        // The store (fast key slots: the test signs in many times) and one client the test knows.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const SecureBytes recovery = createStore(StorePaths{m_db}, clock);
        QByteArray rawKey;
        {
            Workspace ws(StorePaths{m_db}, clock);
            KQ_VERIFY_OK(ws.unlock(sampleSetup().username, secret(kPassword)));
            ClientRecord person = samplePerson(kName, kIdNumber);
            person.phone = kPhone;
            person.diagnosisCode = kDiagnosis;
            person.severeDisorder = SevereDisorder::Bipolar;
            person.notes = kNote;
            CaseDriver(ws).apply(person, voluntaryApplication(clock.now().toLocalTime().date()));
            rawKey = QByteArray(ws.databaseKey().chars(), int(ws.databaseKey().size()));
        }
        const QByteArray recoveryText(recovery.chars(), int(recovery.size()));
        m_secrets = {{QStringLiteral("password"), kPassword.toUtf8()},
                     {QStringLiteral("wrong password"), kWrongPassword.toUtf8()},
                     {QStringLiteral("database key (hex)"), rawKey.toHex()},
                     {QStringLiteral("database key (HEX)"), rawKey.toHex().toUpper()},
                     {QStringLiteral("database key (base64)"), rawKey.toBase64()},
                     {QStringLiteral("database key"), rawKey},
                     {QStringLiteral("recovery key"), recoveryText},
                     {QStringLiteral("note"), kNote.toUtf8()},
                     {QStringLiteral("reason"), kReason.toUtf8()},
                     {QStringLiteral("diagnosis"), kDiagnosis.toUtf8()}};
        m_recordSecrets = {{QStringLiteral("name"), kName.toUtf8()},
                           {QStringLiteral("ID number"), kIdNumber.toUtf8()},
                           {QStringLiteral("phone"), kPhone.toUtf8()}};

        // The platform, over HTTPS with a CA made for the test.
        const QString certs = in(QStringLiteral("inputs"));
        QVERIFY(makeCa(certs, QStringLiteral("ca")));
        QVERIFY(makeServerCertificate(certs, QStringLiteral("ca"), QStringLiteral("server")));
        m_platform = std::make_unique<PlatformProcess>();
        // The server inherits this process's environment: its debug output (every request) on too.
        const QByteArray rules = qgetenv("QT_LOGGING_RULES");
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QVERIFY2(m_platform->start(
                     {QStringLiteral("--tls-cert"), QDir(certs).filePath(QStringLiteral("server.crt")),
                      QStringLiteral("--tls-key"), QDir(certs).filePath(QStringLiteral("server.key"))}),
                 qPrintable(m_platform->log()));
        qputenv("QT_LOGGING_RULES", rules);
        QVERIFY(m_platform->addCentre(sampleSetup().centre.code, sampleSetup().centre.name));
    }

    void cleanupTestCase() { m_platform.reset(); }

    void commandsAndASyncRoundKeepEverySecretToThemselves()
    {
        const QString password = in(QStringLiteral("inputs"), QStringLiteral("password.txt"));
        const QString wrong = in(QStringLiteral("inputs"), QStringLiteral("wrong.txt"));

        // Some synthetic clients too, through the command line: their identifiers are secrets as well.
        Run r = kangqiao(QStringLiteral("demo"), login(QStringLiteral("demo"), password)
                                                     << QStringLiteral("--clients") << QStringLiteral("12")
                                                     << QStringLiteral("--sessions") << QStringLiteral("20"));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = kangqiao(QStringLiteral("check"), login(QStringLiteral("check"), password));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kangqiao(QStringLiteral("check, wrong password"), login(QStringLiteral("check"), wrong));
        QCOMPARE(r.exitCode, 5);
        QVERIFY(isOneLine(r.err));

        // The password from the environment, as a cron job may give it.
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("KANGQIAO_PASSWORD"), kPassword);
        QStringList due = login(QStringLiteral("due"), password).mid(0, 5);
        r = kangqiao(QStringLiteral("due"), due << QStringLiteral("--days") << QStringLiteral("30"), env);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A clinical reason on the command line: recorded, never echoed; a refused action neither.
        QString clientId;
        {
            Workspace ws(StorePaths{m_db}, Clock::system());
            KQ_VERIFY_OK(ws.unlock(sampleSetup().username, secret(kPassword)));
            clientId = *ClientRepository(ws.journal()).findByIdNumber(kIdNumber);
        }
        r = kangqiao(QStringLiteral("case, refused"),
                     login(QStringLiteral("case"), password)
                         << QStringLiteral("--client") << clientId << QStringLiteral("--action")
                         << QStringLiteral("close") << QStringLiteral("--reason") << kReason);
        QCOMPARE(r.exitCode, 10);
        QVERIFY(isOneLine(r.err));
        r = kangqiao(QStringLiteral("case"),
                     login(QStringLiteral("case"), password)
                         << QStringLiteral("--client") << clientId << QStringLiteral("--action")
                         << QStringLiteral("review-needs") << QStringLiteral("--reason") << kReason);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Exports and backups land in folders of their own (searched below with what applies to them).
        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        for (const char* format : {"csv", "json"}) {
            r = kangqiao(
                QStringLiteral("stats"),
                login(QStringLiteral("stats"), password)
                    << QStringLiteral("--month") << month << QStringLiteral("--format")
                    << QString::fromLatin1(format) << QStringLiteral("--out")
                    << in(QStringLiteral("exports"), QStringLiteral("stats.") + QString::fromLatin1(format)));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QString backup = in(QStringLiteral("backups"), QStringLiteral("centre-backup.kqdb"));
        r = kangqiao(QStringLiteral("backup"), login(QStringLiteral("backup"), password)
                                                   << QStringLiteral("--out") << backup);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kangqiao(QStringLiteral("restore"),
                     {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--db"),
                      in(QStringLiteral("restored"), QStringLiteral("centre.kqdb")), QStringLiteral("--user"),
                      sampleSetup().username, QStringLiteral("--password-file"), password});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A sync round: enrol, send everything, receive.
        const QString code = m_platform->issueCode(sampleSetup().centre.code);
        QVERIFY(!code.isEmpty());
        r = kangqiao(QStringLiteral("enrol"),
                     login(QStringLiteral("enrol"), password)
                         << QStringLiteral("--server") << m_platform->url().toString()
                         << QStringLiteral("--ca") << in(QStringLiteral("inputs"), QStringLiteral("ca.crt"))
                         << QStringLiteral("--centre-code") << sampleSetup().centre.code
                         << QStringLiteral("--code") << code);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = kangqiao(QStringLiteral("sync"), login(QStringLiteral("sync"), password)
                                                 << QStringLiteral("--once"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("0 pending"), r.out.constData());
        r = kangqiao(QStringLiteral("sync, wrong password"), login(QStringLiteral("sync"), wrong)
                                                                 << QStringLiteral("--once"));
        QCOMPARE(r.exitCode, 5);

        // Every client's identifiers and diagnosis, the demo's included, now that they exist.
        {
            Workspace ws(StorePaths{m_db}, Clock::system());
            KQ_VERIFY_OK(ws.unlock(sampleSetup().username, secret(kPassword)));
            Statement s = ws.database().prepare("SELECT name, id_number, phone, diagnosis_code FROM clients");
            int clients = 0;
            while (s.step()) {
                ++clients;
                m_recordSecrets << Secret{QStringLiteral("client name ") + s.text(0), s.text(0).toUtf8()};
                for (int c = 1; c <= 2; ++c)
                    if (!s.isNull(c) && s.text(c).size() >= 11)
                        m_recordSecrets
                            << Secret{QStringLiteral("client identifier ") + s.text(c), s.text(c).toUtf8()};
                if (!s.isNull(3) && !s.text(3).isEmpty())
                    m_secrets << Secret{QStringLiteral("diagnosis ") + s.text(3), s.text(3).toUtf8()};
            }
            QVERIFY(clients >= 13);
        }

        // Nothing on any command's stdout or stderr (Qt's debug output included) ...
        const QList<Secret> all = m_secrets + m_recordSecrets;
        for (const Run& run : std::as_const(m_runs)) {
            const QStringList out = leaksIn(run.out, all);
            QVERIFY2(out.isEmpty(), qPrintable(run.what + QStringLiteral(" stdout: ") + out.join(u',')));
            const QStringList err = leaksIn(run.err, all);
            QVERIFY2(err.isEmpty(), qPrintable(run.what + QStringLiteral(" stderr: ") + err.join(u',')));
        }
        // ... nor in the platform's log ...
        const QStringList platform = leaksIn(m_platform->log().toUtf8(), all);
        QVERIFY2(platform.isEmpty(), qPrintable(platform.join(u',')));
        // ... nor in any file the runs left: temporary files, settings, caches, the store's folder
        // (every file encrypted or free of records), the backup and the restored copy.
        for (const char* folder : {"tmp", "home", "runtime", "store", "backups", "restored"}) {
            const QStringList files = leaksUnder(in(QString::fromLatin1(folder)), all);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
        }
        // The statistics exports are aggregates: a diagnosis group may be named, never a person.
        const QStringList exports =
            leaksUnder(in(QStringLiteral("exports")), m_recordSecrets + m_secrets.mid(0, 7));
        QVERIFY2(exports.isEmpty(), qPrintable(exports.join(u'\n')));
        // The logging really was on: the runs said something on stderr besides the refusals.
        qint64 errBytes = 0;
        for (const Run& run : std::as_const(m_runs)) {
            errBytes += run.err.size();
            qInfo("%s: exit %d, %lld bytes out, %lld bytes err", qPrintable(run.what), run.exitCode,
                  qint64(run.out.size()), qint64(run.err.size()));
        }
        QVERIFY(errBytes > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "TestCliSecurity.moc"
