// Drives the real `kangqiao` executable: exit codes, one-line errors, and that the file is
// unreadable without the key but readable with the raw key by the stock sqlcipher shell.

#include "PdfText.h"
#include "TestStore.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/DateText.h"
#include "crypto/SecureBytes.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run kangqiao(const QStringList& args,
             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KANGQIAO_BIN), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run shell(const QString& program, const QString& input, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.write(input.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool isOneLine(const QString& s)
{
    return s.endsWith(u'\n') && s.count(u'\n') == 1;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_passwordFile;
    QString m_recoveryKey;
    QString m_storePassword; // for the stores of the backup tests: fast key slots

    // A store whose key slots use Argon2id at its minimum: the backup tests sign in many times.
    QString fastStore(const char* name)
    {
        const QString db = file(name);
        kq::test::createStore(kq::StorePaths{db}, kq::Clock::system());
        return db;
    }

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QStringList checkArgs(const QString& db, const QString& passwordFile) const
    {
        return {QStringLiteral("check"),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--user"),
                QStringLiteral("wang.li"),
                QStringLiteral("--password-file"),
                passwordFile};
    }

    // The audit log of `db`, newest first, without sign-ins (each look at it adds one).
    QList<kq::AuditEntry> audit(const QString& db, const QString& passwordFile = {})
    {
        QFile f(passwordFile.isEmpty() ? m_passwordFile : passwordFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        kq::Workspace ws(kq::StorePaths{db}, kq::Clock::system());
        const QString password = QString::fromUtf8(f.readLine().trimmed());
        if (!ws.unlock(QStringLiteral("wang.li"), kq::SecureBytes::fromUtf8(password)))
            return {};
        QList<kq::AuditEntry> out;
        for (const kq::AuditEntry& e : kq::AuditLog(ws.database()).recent(100000))
            if (e.action != u"sign-in")
                out << e;
        return out;
    }

    QStringList login(const QString& db) const
    {
        return {QStringLiteral("--db"),
                db,
                QStringLiteral("--user"),
                QStringLiteral("wang.li"),
                QStringLiteral("--password-file"),
                m_storePassword};
    }
    Run backup(const QString& db, const QString& out, const QStringList& more = {})
    {
        return kangqiao(QStringList{QStringLiteral("backup"), QStringLiteral("--out"), out} + login(db) +
                        more);
    }
    Run restore(const QString& from, const QString& db, const QStringList& more = {})
    {
        return kangqiao(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), from} + login(db) +
                        more);
    }
    static mode_t modeOf(const QString& path)
    {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : mode_t(0);
    }
    // Every file of the folder with its bytes: what a refused restore must leave exactly as it was.
    QMap<QString, QByteArray> folderState(const QString& folder) const
    {
        QMap<QString, QByteArray> state;
        for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
            QFile f(QDir(folder).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                state.insert(name, f.readAll());
        }
        return state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = file("centre.kqdb");
        m_passwordFile = file("password.txt");
        write(m_passwordFile, "Sunny-Garden-2026!\n");
        const Run r = kangqiao(
            {QStringLiteral("init"), QStringLiteral("--db"), m_db, QStringLiteral("--centre-code"),
             QStringLiteral("BJ-CY-0001"), QStringLiteral("--centre-name"),
             QStringLiteral("朝阳区阳光康复中心"), QStringLiteral("--county"), QStringLiteral("110105"),
             QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--display-name"),
             QStringLiteral("王丽"), QStringLiteral("--password-file"), m_passwordFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_recoveryKey = r.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$"))
                    .match(m_recoveryKey)
                    .hasMatch());
    }

    void checkPassesOnAHealthyStore()
    {
        const Run r = kangqiao(checkArgs(m_db, m_passwordFile));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("ok:")));
    }

    void passwordMayComeFromTheEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KANGQIAO_PASSWORD"), QStringLiteral("Sunny-Garden-2026!"));
        const Run r = kangqiao({QStringLiteral("check"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--user"), QStringLiteral("wang.li")},
                               env);
        QCOMPARE(r.exitCode, 0);
    }

    void eachFailureHasItsOwnExitCodeAndOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString wrong = file("wrong.txt");
        write(wrong, "not-the-password\n");
        write(file("plain.db"), QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'));
        write(file("garbage.kqdb"), QByteArray(8192, 'x'));
        QTest::newRow("wrong password") << checkArgs(m_db, wrong) << 5 << QStringLiteral("--password-file");
        QTest::newRow("missing database")
            << checkArgs(file("absent.kqdb"), m_passwordFile) << 3 << QStringLiteral("--db");
        QTest::newRow("plain sqlite")
            << checkArgs(file("plain.db"), m_passwordFile) << 4 << QStringLiteral("--db");
        QTest::newRow("not kangqiao")
            << checkArgs(file("garbage.kqdb"), m_passwordFile) << 4 << QStringLiteral("--db");
        QTest::newRow("missing password file")
            << checkArgs(m_db, file("nope.txt")) << 2 << QStringLiteral("--password-file");
        QTest::newRow("missing option") << QStringList{QStringLiteral("check"), QStringLiteral("--db"), m_db}
                                        << 2 << QStringLiteral("--user");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate")} << 2
            << QStringLiteral("frobnicate");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("explode")} << 2 << QStringLiteral("explode");
        QTest::newRow("bad county") << QStringList{QStringLiteral("init"),
                                                   QStringLiteral("--db"),
                                                   file("new.kqdb"),
                                                   QStringLiteral("--centre-code"),
                                                   QStringLiteral("BJ-CY-0002"),
                                                   QStringLiteral("--centre-name"),
                                                   QStringLiteral("x"),
                                                   QStringLiteral("--county"),
                                                   QStringLiteral("11'; DROP"),
                                                   QStringLiteral("--user"),
                                                   QStringLiteral("a.b"),
                                                   QStringLiteral("--password-file"),
                                                   m_passwordFile}
                                    << 2 << QStringLiteral("--county");
        QTest::newRow("bad sessions") << QStringList{QStringLiteral("demo"),
                                                     QStringLiteral("--db"),
                                                     m_db,
                                                     QStringLiteral("--user"),
                                                     QStringLiteral("wang.li"),
                                                     QStringLiteral("--password-file"),
                                                     m_passwordFile,
                                                     QStringLiteral("--sessions"),
                                                     QStringLiteral("lots")}
                                      << 2 << QStringLiteral("--sessions");
        QTest::newRow("existing database") << QStringList{QStringLiteral("init"),
                                                          QStringLiteral("--db"),
                                                          m_db,
                                                          QStringLiteral("--centre-code"),
                                                          QStringLiteral("BJ-CY-0002"),
                                                          QStringLiteral("--centre-name"),
                                                          QStringLiteral("x"),
                                                          QStringLiteral("--county"),
                                                          QStringLiteral("110105"),
                                                          QStringLiteral("--user"),
                                                          QStringLiteral("a.b"),
                                                          QStringLiteral("--password-file"),
                                                          m_passwordFile}
                                           << 2 << QStringLiteral("--db");
    }

    void eachFailureHasItsOwnExitCodeAndOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = kangqiao(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(isOneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void tamperedFileIsReportedAsTampered()
    {
        const QString copy = file("tampered.kqdb");
        QVERIFY(QFile::copy(m_db, copy));
        QVERIFY(QFile::copy(m_db + QStringLiteral(".keys"), copy + QStringLiteral(".keys")));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 + 200); // inside page 2
        char c = 0;
        f.getChar(&c);
        f.seek(4096 + 200);
        f.putChar(char(c ^ 0x40));
        f.close();
        const Run r = kangqiao(checkArgs(copy, m_passwordFile));
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    }

    void fileIsUnreadableWithoutTheKeyAndReadableWithTheRawKey()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (sqlite3.isEmpty() || sqlcipher.isEmpty())
            QSKIP("sqlite3 and sqlcipher shells are installed by scripts/install-deps.sh");
        const QString query = QStringLiteral("SELECT name FROM centre;\n");
        QVERIFY(!shell(sqlite3, query, {m_db}).out.contains(QStringLiteral("朝阳区")));
        QVERIFY(!shell(sqlcipher, query, {m_db}).out.contains(QStringLiteral("朝阳区")));

        const QString keyFile = file("recovery.txt");
        write(keyFile, m_recoveryKey.toLower().toUtf8() + '\n'); // as typed back from paper
        const Run raw =
            kangqiao({QStringLiteral("recover"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("--print-raw-key")});
        QCOMPARE(raw.exitCode, 0);
        const QString hex = raw.out.trimmed();
        QCOMPARE(hex.size(), 64);
        const Run shellRun = shell(
            sqlcipher,
            QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n").arg(hex) + query,
            {m_db});
        QVERIFY2(shellRun.out.contains(QStringLiteral("朝阳区阳光康复中心")), qPrintable(shellRun.err));
    }

    void recoveryKeyResetsASupervisorPassword()
    {
        const QString keyFile = file("recovery2.txt");
        write(keyFile, m_recoveryKey.toUtf8());
        const QString newPassword = file("new-password.txt");
        write(newPassword, "Another-Strong-Phrase-9\n");
        const Run r = kangqiao({QStringLiteral("recover"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("--user"),
                                QStringLiteral("wang.li"), QStringLiteral("--password-file"), newPassword});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(kangqiao(checkArgs(m_db, newPassword)).exitCode, 0);
        QCOMPARE(kangqiao(checkArgs(m_db, m_passwordFile)).exitCode, 5);
        write(m_passwordFile, "Another-Strong-Phrase-9\n");
    }

    void wrongRecoveryKeyIsRefused()
    {
        const QString keyFile = file("bad-recovery.txt");
        write(keyFile, QByteArray(52, 'A'));
        const Run r =
            kangqiao({QStringLiteral("recover"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("--print-raw-key")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(isOneLine(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void casesMoveOnlyAsTheRulesAllow()
    {
        const QString db = file("cases.kqdb");
        const QStringList login{QStringLiteral("--db"),
                                db,
                                QStringLiteral("--user"),
                                QStringLiteral("wang.li"),
                                QStringLiteral("--password-file"),
                                m_passwordFile};
        QCOMPARE(kangqiao(QStringList{QStringLiteral("init"), QStringLiteral("--centre-code"),
                                      QStringLiteral("BJ-1"), QStringLiteral("--centre-name"),
                                      QStringLiteral("阳光"), QStringLiteral("--county"),
                                      QStringLiteral("110105")} +
                          login)
                     .exitCode,
                 0);
        const Run demo =
            kangqiao(QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("120"),
                                 QStringLiteral("--sessions"), QStringLiteral("600")} +
                     login);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // About as many logs as asked for, and a group meeting for every 20 (fewer when a day finds
        // too few clients in service for a group).
        const QRegularExpressionMatch counts =
            QRegularExpression(
                QStringLiteral("Added (\\d+) session logs and (\\d+) group meetings with (\\d+) "
                               "attendances"))
                .match(demo.out);
        QVERIFY2(counts.hasMatch(), qPrintable(demo.out));
        QVERIFY(qAbs(counts.captured(1).toInt() - 600) < 60);
        QVERIFY(counts.captured(2).toInt() > 0 && counts.captured(2).toInt() <= 30);
        QVERIFY(counts.captured(3).toInt() >= 2 * counts.captured(2).toInt());
        // `stats`: the month's report as a file for a scheduled job, owner-only.
        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        const QString json = file("stats.json");
        const Run stats = kangqiao(QStringList{QStringLiteral("stats"), QStringLiteral("--month"), month,
                                               QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("--out"), json} +
                                   login);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QCOMPARE(QFile::permissions(json) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(report[QStringLiteral("period")][QStringLiteral("key")].toString(), month);
        QVERIFY(report[QStringLiteral("groups")].toArray().size() >= 4);
        const QString xlsx = file("stats.xlsx");
        const Run book =
            kangqiao(QStringList{QStringLiteral("stats"), QStringLiteral("--month"), month,
                                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
                                 xlsx, QStringLiteral("--suppress-small")} +
                     login);
        QVERIFY2(book.exitCode == 0, qPrintable(book.err));
        QFile xlsxFile(xlsx);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        QVERIFY(xlsxFile.read(2) == "PK"); // a zip container
        // A PDF with the dashboard's charts, as a cron job writes it: no display, no platform set.
        const QString pdf = file("stats.pdf");
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            headless.remove(QString::fromLatin1(name));
        const qsizetype auditBefore = audit(db).size();
        const Run printed = kangqiao(QStringList{QStringLiteral("stats"), QStringLiteral("--month"), month,
                                                 QStringLiteral("--format"), QStringLiteral("pdf"),
                                                 QStringLiteral("--out"), pdf} +
                                         login,
                                     headless);
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QVERIFY2(printed.err.isEmpty(), qPrintable(printed.err));
        QVERIFY(isOneLine(printed.out));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.count("/Subtype /Image") >= 4); // the four charts
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(pdf).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        const QList<kq::AuditEntry> audited = audit(db);
        QCOMPARE(audited.size(), auditBefore + 1);
        QCOMPARE(audited.first().entity + u' ' + audited.first().action, QStringLiteral("statistics export"));
        QVERIFY(audited.first().fields.contains(QStringLiteral("format")));
        bool missing = false;
        const QString text = kq::test::pdfText(pdf, missing);
        if (!missing) {
            QVERIFY2(text.contains(QStringLiteral("Statistics report")), qPrintable(text.left(400)));
            QVERIFY(text.contains(QStringLiteral("阳光")));
            // The period as people read it (the command runs in English here).
            QVERIFY2(
                text.contains(kq::dateText(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate))),
                qPrintable(text.left(400)));
            QVERIFY(text.contains(QStringLiteral("Individual sessions")));
            QVERIFY(!text.contains(QStringLiteral("\uFFFD"))); // every character in the font
        }
        // A folder that is not there: one line and exit 2, before anything is computed or drawn.
        const Run nowhere = kangqiao(QStringList{QStringLiteral("stats"), QStringLiteral("--month"), month,
                                                 QStringLiteral("--format"), QStringLiteral("pdf"),
                                                 QStringLiteral("--out"), file("no/such/stats.pdf")} +
                                         login,
                                     headless);
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY2(isOneLine(nowhere.err) && nowhere.err.contains(QStringLiteral("--out")),
                 qPrintable(nowhere.err));
        for (const QStringList& bad : {QStringList{QStringLiteral("--month"), QStringLiteral("2026-13"),
                                                   QStringLiteral("--format"), QStringLiteral("json")},
                                       QStringList{QStringLiteral("--month"), month,
                                                   QStringLiteral("--format"), QStringLiteral("doc")}}) {
            const Run r =
                kangqiao(QStringList{QStringLiteral("stats"), QStringLiteral("--out"), json} + bad + login);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(isOneLine(r.err) &&
                         r.err.contains(bad[bad[0] == u"--month" && bad[1] == u"2026-13" ? 0 : 2]),
                     qPrintable(r.err));
        }

        // The same seed again adds nothing twice.
        const Run again =
            kangqiao(QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("120"),
                                 QStringLiteral("--sessions"), QStringLiteral("600")} +
                     login);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Added 0 clients (120 already present)")),
                 qPrintable(again.out));
        QVERIFY2(again.out.contains(QStringLiteral("session history of this seed is already present")),
                 qPrintable(again.out));

        // `due`: tab-separated lines, earliest first, ids not names.
        const Run due = kangqiao(QStringList{QStringLiteral("due")} + login);
        QCOMPARE(due.exitCode, 0);
        const QStringList lines = due.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QString applied;
        QString registered;
        QString previous;
        for (const QString& line : lines) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 5);
            QVERIFY(f[0] >= previous);
            previous = f[0];
            QVERIFY(f[1] == u"overdue" || f[1] == u"due");
            if (f[4] == u"applied")
                applied = f[3];
            if (f[2] == u"referral")
                registered = f[3];
        }
        QVERIFY(!applied.isEmpty());
        QVERIFY(!registered.isEmpty());
        QVERIFY(!due.out.contains(QRegularExpression(QStringLiteral("\\p{Han}"))));

        const auto act = [&](const QString& client, const QStringList& more) {
            return kangqiao(QStringList{QStringLiteral("case"), QStringLiteral("--client"), client} + login +
                            more);
        };
        // Closing an application is refused by the rules (exit 10), naming the state.
        Run r = act(applied, {QStringLiteral("--action"), QStringLiteral("close")});
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("Applied")), qPrintable(r.err));
        // A missing detail names its option.
        r = act(registered, {QStringLiteral("--action"), QStringLiteral("refer-to-centre")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--detail centre")), qPrintable(r.err));
        r = act(registered, {QStringLiteral("--action"), QStringLiteral("refer-to-centre"),
                             QStringLiteral("--detail"), QStringLiteral("centre=本中心")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Referred to a centre")));
        // Bad options and unknown clients: one line, exit 2.
        for (const QStringList& bad : {QStringList{QStringLiteral("--action"), QStringLiteral("fly")},
                                       QStringList{QStringLiteral("--action"), QStringLiteral("register"),
                                                   QStringLiteral("--at"), QStringLiteral("yesterday")},
                                       QStringList{QStringLiteral("--action"), QStringLiteral("register"),
                                                   QStringLiteral("--detail"), QStringLiteral("novalue")}}) {
            r = act(applied, bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(isOneLine(r.err), qPrintable(r.err));
        }
        r = act(QStringLiteral("no-such-client"), {QStringLiteral("--action"), QStringLiteral("register")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--client")));
        QCOMPARE(kangqiao(checkArgs(db, m_passwordFile)).exitCode, 0);
    }

    // A package's install check and a terminal over ssh have no display: -v and --version answer
    // without opening one (on xcb with no DISPLAY, a QApplication would abort).
    void versionNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        for (const QString& option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Run r = kangqiao({option}, env);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(QRegularExpression(QStringLiteral("^Kangqiao \\d+\\.\\d+\\.\\d+\\n$"))
                         .match(r.out)
                         .hasMatch(),
                     qPrintable(r.out));
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        }
    }

    void backupIsAnOwnerOnlyAuditedCopyThatRestoresAndPassesCheck()
    {
        m_storePassword = file("store-password.txt");
        write(m_storePassword, kq::test::kPassword.toUtf8() + '\n');
        const QString db = file("backed.kqdb");
        const kq::SecureBytes recoveryKey = kq::test::createStore(kq::StorePaths{db}, kq::Clock::system());
        const QString out = file("backed.kqbak");
        const Run written = backup(db, out);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY(isOneLine(written.out));
        QCOMPARE(modeOf(out), mode_t(0600));
        QCOMPARE(modeOf(out + QStringLiteral(".keys")), mode_t(0600));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
        const QList<kq::AuditEntry> audited = audit(db, m_storePassword);
        QCOMPARE(audited.first().entity + u' ' + audited.first().action, QStringLiteral("store backup"));

        // An existing backup is replaced only when asked to; the store itself never.
        Run again = backup(db, out);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(isOneLine(again.err) && again.err.contains(QStringLiteral("--out")) &&
                     again.err.contains(QStringLiteral("--replace")),
                 qPrintable(again.err));
        again = backup(db, out, {QStringLiteral("--replace")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        for (const QString& self : {db, db + QStringLiteral(".keys")}) {
            const Run onto = backup(db, self, {QStringLiteral("--replace")});
            QCOMPARE(onto.exitCode, 2);
            QVERIFY2(isOneLine(onto.err) && onto.err.contains(QStringLiteral("--out")), qPrintable(onto.err));
        }
        QCOMPARE(backup(db, file("no/such/folder.kqbak")).exitCode, 2);

        // Restored to a new place: passes check, and the recovery key of the source opens it too.
        const QString fresh = file("restored.kqdb");
        const Run restored = restore(out, fresh);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(kangqiao(checkArgs(fresh, m_storePassword)).exitCode, 0);
        QCOMPARE(modeOf(fresh), mode_t(0600));
        kq::Workspace byRecoveryKey(kq::StorePaths{fresh}, kq::Clock::system());
        KQ_VERIFY_OK(byRecoveryKey.open(
            {}, kq::Workspace::unsealKeys(kq::StorePaths{fresh}, {}, recoveryKey, true), true));
        byRecoveryKey.lock();
        QCOMPARE(audit(fresh, m_storePassword).first().entity + u' ' +
                     audit(fresh, m_storePassword).first().action,
                 QStringLiteral("store restore"));

        // Over the store itself: only with --replace; the replaced store is kept and still opens.
        Run over = restore(out, db);
        QCOMPARE(over.exitCode, 2);
        QVERIFY2(isOneLine(over.err) && over.err.contains(QStringLiteral("--db")), qPrintable(over.err));
        over = restore(out, db, {QStringLiteral("--replace")});
        QVERIFY2(over.exitCode == 0, qPrintable(over.err));
        const QStringList kept =
            QDir(m_dir.path()).entryList({QStringLiteral("backed.kqdb.before-restore-*")}, QDir::Files);
        QString keptDb;
        for (const QString& name : kept)
            if (!name.contains(QStringLiteral(".keys")))
                keptDb = m_dir.filePath(name);
        QVERIFY2(!keptDb.isEmpty() && kept.contains(QFileInfo(keptDb).fileName() + QStringLiteral(".keys")),
                 qPrintable(kept.join(u' ')));
        QCOMPARE(kangqiao(checkArgs(db, m_storePassword)).exitCode, 0);
        QCOMPARE(kangqiao(checkArgs(keptDb, m_storePassword)).exitCode, 0);
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral(".*.restoring*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    void restoreRefusesABadBackupAndLeavesTheDatabaseAlone_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("passwordFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString good = file("backed.kqbak");
        const QByteArray bytes = kq::test::fileBytes(good);
        const QByteArray keys = kq::test::fileBytes(good + QStringLiteral(".keys"));
        const auto make = [&](const char* name, const QByteArray& content, bool withKeys) {
            write(file(name), content);
            if (withKeys)
                write(file(name) + QStringLiteral(".keys"), keys);
            return file(name);
        };
        QByteArray flipped = bytes;
        flipped[5 * 4096 + 300] = char(flipped[5 * 4096 + 300] ^ 0x01);
        const QString wrong = file("wrong-restore.txt");
        write(wrong, "not-the-password\n");
        QTest::newRow("wrong password") << good << wrong << 5 << QStringLiteral("--password-file");
        QTest::newRow("missing") << file("absent.kqbak") << m_storePassword << 3 << QStringLiteral("--from");
        QTest::newRow("no key file") << make("nokeys.kqbak", bytes, false) << m_storePassword << 4
                                     << QStringLiteral("--from");
        QTest::newRow("plain sqlite")
            << make("plain.kqbak", QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'), true)
            << m_storePassword << 4 << QStringLiteral("--from");
        QTest::newRow("truncated") << make("truncated.kqbak", bytes.left(bytes.size() / 2), true)
                                   << m_storePassword << 6 << QStringLiteral("--from");
        QTest::newRow("truncated mid-page") << make("torn.kqbak", bytes.left(3 * 4096 + 1000), true)
                                            << m_storePassword << 6 << QStringLiteral("--from");
        QTest::newRow("one bit flipped")
            << make("flipped.kqbak", flipped, true) << m_storePassword << 6 << QStringLiteral("--from");
        QTest::newRow("garbage") << make("garbage.kqbak", QByteArray(16384, 'x'), true) << m_storePassword
                                 << 6 << QStringLiteral("--from");
        // A backup of another centre's database over this one.
        QVERIFY(backup(fastStore("other.kqdb"), file("other.kqbak")).exitCode == 0);
        QTest::newRow("another database")
            << file("other.kqbak") << m_storePassword << 4 << QStringLiteral("--from");
    }

    void restoreRefusesABadBackupAndLeavesTheDatabaseAlone()
    {
        QFETCH(QString, from);
        QFETCH(QString, passwordFile);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString db = file("backed.kqdb");
        const QMap<QString, QByteArray> before = folderState(m_dir.path());
        const Run r =
            kangqiao({QStringLiteral("restore"), QStringLiteral("--from"), from, QStringLiteral("--db"), db,
                      QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--password-file"),
                      passwordFile, QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(isOneLine(r.err) && r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(folderState(m_dir.path()) == before); // nothing added, moved or changed
    }

    void restoreRefusesWhileTheDatabaseIsOpen()
    {
        const QString db = file("backed.kqdb");
        kq::Workspace open(kq::StorePaths{db}, kq::Clock::system());
        KQ_VERIFY_OK(open.unlock(QStringLiteral("wang.li"), kq::test::secret(kq::test::kPassword)));
        const Run r = restore(file("backed.kqbak"), db, {QStringLiteral("--replace")});
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(isOneLine(r.err) && r.err.contains(QStringLiteral("--db")), qPrintable(r.err));
        open.lock();
        const Run after = restore(file("backed.kqbak"), db, {QStringLiteral("--replace")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
