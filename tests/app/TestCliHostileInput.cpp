// Every option of every `kangqiao` command, given garbage, empty, huge and hostile values (SQL quotes,
// control characters, a right-to-left override, invalid UTF-8, overflowing numbers, impossible
// dates, directories, missing and unwritable paths, /dev/zero, a 10 MB file): each run of the real
// executable ends normally with a non-zero status and one line on stderr that names the option, and
// leaves the store exactly as it was. The options come from each command's own --help, so a new one
// fails the sweep until it has a row in CliOptionTable.h.
//
// Huge values: an argument may hold at most 128 KiB on Linux (MAX_ARG_STRLEN), so text options get
// 100 KiB through argv; the 10 MB values go through the options that read files.
//
// The default run tries one value per option, a different one each time along the table, and the
// options every command shares (--db, --user, --password-file) on a third of the commands each, to
// keep the suite fast (each run of the executable takes ~0.2 s); KANGQIAO_HOSTILE_ALL=1 (the
// TestCliHostileInputAll test, label integration) tries all.

#include "CaseFixture.h"
#include "CliOptionTable.h"
#include "TestCertificates.h"

#include "audit/AuditLog.h"
#include "keys/RecoveryKey.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using kq::test::OptionKind;

namespace {

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// A value to try. `bytes` set: appended as raw argv bytes (not valid UTF-8, which QProcess cannot
// pass), through /bin/sh.
struct Hostile {
    QString label;
    QString value;
    QByteArray bytes;
};

const QString kSql = QStringLiteral("'; DROP TABLE clients;--");
const QString kControl = QStringLiteral("ab\x01\x1b[2Jc\x7f");
const QString kRtl = QStringLiteral("abc\u202Efdp.exe");
const QByteArray kInvalidUtf8("\xff\xfe\xc3\x28", 4);
const QString kHuge(100 * 1024, u'x');

Run kangqiao(const QStringList& args, const QByteArray& rawLast = {})
{
    QProcess p;
    if (rawLast.isEmpty()) {
        p.start(QStringLiteral(KANGQIAO_BIN), args);
    } else {
        // printf's octal escapes put the bytes themselves into the last argument.
        QString octal;
        for (char c : rawLast)
            octal += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
        p.start(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$@\" \"$(printf '%1')\"").arg(octal),
                            QStringLiteral("sh"), QStringLiteral(KANGQIAO_BIN)} +
                    args);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, true, {}, QStringLiteral("(timed out)")};
    }
    return {p.exitCode(), p.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliHostileInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kq::StorePaths m_paths;
    QString m_scratch; // where init, restore, stats and backup would write: must stay empty
    QString m_clientId;
    QMap<QString, QString> m_files;
    QString m_fingerprint; // the store's, after the last row

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString file(const char* key) const { return m_files.value(QString::fromLatin1(key)); }
    QString makeFile(const QString& key, const QByteArray& bytes)
    {
        const QString p = path(key);
        if (!kq::test::writeBytes(p, bytes))
            qFatal("cannot write %s", qPrintable(p));
        m_files.insert(key, p);
        return p;
    }

    // The store as far as a refused command could have changed it: the rows of every table (the
    // audit log without sign-ins: signing in is recorded, and some values can only be refused
    // after it), the newest audit entry that is not a sign-in, the key file's bytes.
    QString fingerprint() const
    {
        auto keys = kq::Workspace::unsealKeys(m_paths, QStringLiteral("wang.li"),
                                              kq::test::secret(kq::test::kPassword));
        if (!keys)
            return QStringLiteral("does not open: ") + keys.error().message;
        kq::Database db(m_paths.database, keys.value().front().key, kq::Database::OpenMode::ExistingOnly);
        QStringList parts;
        QStringList tables;
        for (auto s = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
             s.step();)
            tables << s.text(0);
        // Figures computed for a report are kept as a cache (decision 0015): derived, not saved.
        tables.removeAll(QStringLiteral("statistics_results"));
        for (const QString& t : tables) {
            const QString where =
                t == u"audit_log" ? QStringLiteral(" WHERE action <> 'sign-in'") : QString();
            auto s = db.prepare(QStringLiteral("SELECT count(*) FROM \"%1\"%2").arg(t, where).toStdString());
            s.step();
            parts << t + u'=' + QString::number(s.int64(0));
        }
        auto head = db.prepare(
            "SELECT seq, hex(hash) FROM audit_log WHERE action <> 'sign-in' ORDER BY seq DESC LIMIT 1");
        if (head.step())
            parts << QStringLiteral("head=%1:%2").arg(head.int64(0)).arg(head.text(1));
        parts << QString::fromLatin1(
            QCryptographicHash::hash(kq::test::fileBytes(m_paths.keySlots()), QCryptographicHash::Sha256)
                .toHex());
        return parts.join(u' ');
    }

    // Valid values for every option a command needs, so that the one under attack is what fails.
    QList<std::pair<QString, QString>> baseOptions(const QString& command) const
    {
        const auto s = [](const char* t) { return QString::fromUtf8(t); };
        const QList<std::pair<QString, QString>> signIn{
            {s("db"), m_paths.database}, {s("user"), s("wang.li")}, {s("password-file"), file("password")}};
        if (command == u"init")
            return {{s("db"), m_scratch + s("/new.kqdb")},
                    {s("centre-code"), s("BJ-CY-0002")},
                    {s("centre-name"), s("新阳光康复中心")},
                    {s("county"), s("110105")},
                    {s("display-name"), s("李娜")},
                    {s("user"), s("li.na")},
                    {s("password-file"), file("new-password")}};
        if (command == u"demo")
            return signIn + QList<std::pair<QString, QString>>{
                                {s("clients"), s("0")}, {s("sessions"), s("0")}, {s("seed"), s("1")}};
        if (command == u"recover")
            return {{s("db"), m_paths.database},
                    {s("recovery-key-file"), file("recovery-key")},
                    {s("user"), s("wang.li")},
                    {s("password-file"), file("new-password")}};
        if (command == u"case")
            return signIn + QList<std::pair<QString, QString>>{{s("client"), m_clientId},
                                                               {s("action"), s("review-needs")},
                                                               {s("reason"), s("已评估")}};
        if (command == u"due")
            return signIn + QList<std::pair<QString, QString>>{{s("days"), s("7")}};
        if (command == u"stats")
            return signIn + QList<std::pair<QString, QString>>{{s("from"), s("2026-11-01")},
                                                               {s("to"), s("2026-11-30")},
                                                               {s("format"), s("csv")},
                                                               {s("out"), m_scratch + s("/report.csv")}};
        if (command == u"enrol")
            return signIn + QList<std::pair<QString, QString>>{{s("server"), s("https://127.0.0.1:9")},
                                                               {s("ca"), file("ca")},
                                                               {s("centre-code"), s("BJ-CY-0001")},
                                                               {s("code"), s("ABCD-1234")},
                                                               {s("device-name"), s("前台1")}};
        if (command == u"sync")
            return signIn + QList<std::pair<QString, QString>>{{s("once"), QString()}};
        if (command == u"backup")
            return signIn + QList<std::pair<QString, QString>>{{s("out"), m_scratch + s("/backup.kqdb")}};
        if (command == u"restore")
            return {{s("from"), file("backup")},
                    {s("db"), m_scratch + s("/restored.kqdb")},
                    {s("user"), s("wang.li")},
                    {s("password-file"), file("password")}};
        return signIn;
    }

    QList<Hostile> hostileValues(const QString& command, const QString& option, OptionKind kind) const
    {
        const auto h = [](const char* label, const QString& value) {
            return Hostile{QString::fromLatin1(label), value, {}};
        };
        const Hostile invalid{QStringLiteral("invalid UTF-8"), {}, kInvalidUtf8};
        const Hostile sql = h("SQL quote", kSql), control = h("control characters", kControl),
                      rtl = h("right-to-left override", kRtl), huge = h("100 KiB", kHuge),
                      empty = h("empty", {});
        const QList<Hostile> files{empty,
                                   h("missing", path(QStringLiteral("absent/nothing"))),
                                   h("directory", m_dir.path()),
                                   h("10 MB of garbage", file("huge")),
                                   h("empty file", file("empty")),
                                   h("/dev/zero", QStringLiteral("/dev/zero")),
                                   h("SQL quote", path(kSql))};
        using K = OptionKind;
        switch (kind) {
        case K::Database:
            return files + QList<Hostile>{h("right-to-left override", path(kRtl)), h("100 KiB path", kHuge)};
        case K::NewDatabase:
            return {empty, h("directory", m_dir.path()),
                    h("missing folder", path(QStringLiteral("absent/new.kqdb"))),
                    h("existing database", m_paths.database), h("existing file", file("huge"))};
        case K::User:
            return {empty, sql, control, rtl, huge, invalid, h("upper case", QStringLiteral("WANG.LI"))};
        case K::PasswordFile:
            return files + QList<Hostile>{h("wrong password", file("wrong-password"))};
        case K::NewPasswordFile:
            return files + QList<Hostile>{h("weak password", file("weak-password")),
                                          h("control characters", file("control-password")),
                                          h("right-to-left override", file("rtl-password")),
                                          h("invalid UTF-8", file("invalid-password"))};
        case K::ReadFile:
            return files;
        case K::OutFile: {
            QList<Hostile> out{
                empty, h("directory", m_dir.path()), h("missing folder", path(QStringLiteral("absent/out"))),
                h("unwritable", QStringLiteral("/proc/kangqiao-hostile-input")), h("100 KiB name", kHuge)};
            if (command == u"backup")
                out << h("existing file", file("huge"));
            return out;
        }
        case K::Number:
            return {empty,
                    h("letters", QStringLiteral("abc")),
                    h("negative", QStringLiteral("-1")),
                    h("overflow", QStringLiteral("99999999999999999999")),
                    h("exponent", QStringLiteral("1e3")),
                    h("full-width digit", QStringLiteral("７")),
                    sql,
                    control,
                    rtl,
                    h("100 KiB of digits", QString(100 * 1024, u'9')),
                    invalid};
        case K::Date: {
            QList<Hostile> dates{empty,
                                 h("30 February", QStringLiteral("2026-02-30")),
                                 h("month 13", QStringLiteral("2026-13-01")),
                                 h("words", QStringLiteral("yesterday")),
                                 sql,
                                 control,
                                 rtl,
                                 huge,
                                 invalid};
            if (option == u"at")
                dates << h("future", QStringLiteral("9999-12-31"));
            return dates;
        }
        case K::Month:
            return {empty,
                    h("month 13", QStringLiteral("2026-13")),
                    h("month 0", QStringLiteral("2026-00")),
                    h("short", QStringLiteral("2026-1")),
                    h("a day", QStringLiteral("2026-11-01")),
                    sql,
                    control,
                    rtl,
                    huge,
                    invalid};
        case K::Choice:
            return {
                empty,
                h("unknown", QStringLiteral("nonsense")),
                h("upper case", option == u"format" ? QStringLiteral("CSV") : QStringLiteral("REVIEW-NEEDS")),
                sql,
                control,
                rtl,
                huge,
                invalid};
        case K::Id:
            return {empty,  h("unknown", QStringLiteral("00000000-0000-4000-8000-000000000000")),
                    sql,    control,
                    rtl,    huge,
                    invalid};
        case K::RequiredLine:
            return {empty, h("blank", QStringLiteral("   ")), control, rtl, huge, invalid};
        case K::OptionalLine:
            return {control, rtl, huge, invalid};
        case K::Text:
            return {empty, control, huge, invalid};
        case K::Detail:
            return {empty,
                    h("no =", QStringLiteral("hospital")),
                    h("no key", QStringLiteral("=北京安定医院")),
                    sql,
                    h("SQL key", kSql + QStringLiteral("=x")),
                    h("control characters", QStringLiteral("hospital=") + kControl),
                    h("right-to-left override", QStringLiteral("hospital=") + kRtl),
                    h("100 KiB", QStringLiteral("hospital=") + kHuge),
                    invalid};
        case K::Url:
            return {empty,
                    h("words", QStringLiteral("not a url")),
                    h("ftp", QStringLiteral("ftp://127.0.0.1/")),
                    h("plain http elsewhere", QStringLiteral("http://example.com:9")),
                    h("no host", QStringLiteral("https://")),
                    sql,
                    control,
                    rtl,
                    huge,
                    invalid};
        case K::Code: {
            QList<Hostile> codes{empty, control, rtl, huge, invalid};
            if (option != u"code") // the platform's enrolment codes have no shape the client knows
                codes << sql;
            if (option == u"county")
                codes << h("not a county", QStringLiteral("999999"));
            return codes;
        }
        case K::Flag:
            return {h("a value", QStringLiteral("garbage"))};
        }
        return {};
    }

    // The arguments: the command's valid base with the attacked option's value replaced (a flag is
    // given a value; --month replaces --from and --to). Raw bytes, if any, go last.
    QStringList argumentsFor(const QString& command, const QString& option, OptionKind kind,
                             const Hostile& value) const
    {
        QStringList args{command};
        for (const auto& [name, v] : baseOptions(command)) {
            if (name == option || (option == u"month" && (name == u"from" || name == u"to")))
                continue;
            args << QStringLiteral("--") + name;
            if (!v.isNull())
                args << v;
        }
        if (kind == OptionKind::Flag)
            args << QStringLiteral("--%1=%2").arg(option, value.value);
        else if (value.bytes.isEmpty())
            args << QStringLiteral("--") + option << value.value;
        else
            args << QStringLiteral("--") + option;
        return args;
    }

    // Every command's options as its --help lists them.
    static QMap<QString, QStringList> optionsFromHelp()
    {
        const Run unknown = kangqiao({QStringLiteral("no-such-command")});
        const QRegularExpressionMatch list =
            QRegularExpression(QStringLiteral("commands: ([a-z, ]+);")).match(unknown.err);
        QMap<QString, QStringList> out;
        if (!list.hasMatch())
            return out;
        static const QRegularExpression optionLine(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"),
                                                   QRegularExpression::MultilineOption);
        for (const QString& command : list.captured(1).split(QStringLiteral(", "))) {
            const Run help = kangqiao({command, QStringLiteral("--help")});
            QStringList options;
            for (auto it = optionLine.globalMatch(help.out); it.hasNext();)
                if (const QString o = it.next().captured(1); o != u"help" && o != u"help-all")
                    options << o;
            out.insert(command, options);
        }
        return out;
    }

    static bool sweepAll() { return qEnvironmentVariableIntValue("KANGQIAO_HOSTILE_ALL") == 1; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_paths = kq::StorePaths{path(QStringLiteral("centre.kqdb"))};
        m_scratch = path(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(m_scratch));
        const kq::SecureBytes recovery = kq::test::createStore(m_paths, kq::Clock::system());
        {
            kq::Workspace ws(m_paths, kq::Clock::system());
            KQ_VERIFY_OK(ws.unlock(QStringLiteral("wang.li"), kq::test::secret(kq::test::kPassword)));
            m_clientId = kq::test::CaseDriver(ws).apply(kq::test::samplePerson(QStringLiteral("张晓梅")),
                                                        kq::test::voluntaryApplication(QDate::currentDate()));
        }
        makeFile(QStringLiteral("password"), kq::test::kPassword.toUtf8() + '\n');
        makeFile(QStringLiteral("new-password"), "Brisk-Meadow-Lantern-73\n");
        makeFile(QStringLiteral("wrong-password"), "Not-The-Password-99\n");
        makeFile(QStringLiteral("weak-password"), "123456\n");
        makeFile(QStringLiteral("control-password"), "Brisk-Meadow\x01Lantern-73\n");
        makeFile(QStringLiteral("rtl-password"), QStringLiteral("Brisk-Meadow\u202ELantern-73\n").toUtf8());
        makeFile(QStringLiteral("invalid-password"), QByteArray("Brisk-Meadow-\xff\xfeLantern-73\n"));
        makeFile(QStringLiteral("recovery-key"), kq::RecoveryKey::format(recovery).toLatin1() + '\n');
        makeFile(QStringLiteral("empty"), {});
        QByteArray huge(10 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < huge.size(); ++i)
            huge[i] = char((i * 2654435761u) >> 13); // garbage with NULs, and no line break
        huge.replace('\n', 'n');
        makeFile(QStringLiteral("huge"), huge);
        QVERIFY(kq::test::makeCa(m_dir.path(), QStringLiteral("ca")));
        m_files.insert(QStringLiteral("ca"), path(QStringLiteral("ca.crt")));
        const Run backup =
            kangqiao({QStringLiteral("backup"), QStringLiteral("--db"), m_paths.database,
                      QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--password-file"),
                      file("password"), QStringLiteral("--out"), path(QStringLiteral("backup.kqdb"))});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        m_files.insert(QStringLiteral("backup"), path(QStringLiteral("backup.kqdb")));
    }

    void everyOptionOfEveryCommandIsSwept()
    {
        const QMap<QString, QStringList> help = optionsFromHelp();
        const kq::test::OptionTable table = kq::test::cliOptionTable();
        QVERIFY2(help.size() >= 11, "the commands were not listed by `kangqiao no-such-command`");
        QStringList missing, stale;
        for (auto it = help.cbegin(); it != help.cend(); ++it)
            for (const QString& o : it.value())
                if (!table.value(it.key()).contains(o))
                    missing << it.key() + QStringLiteral(" --") + o;
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            for (const QString& o : it.value().keys())
                if (!help.value(it.key()).contains(o))
                    stale << it.key() + QStringLiteral(" --") + o;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in CliOptionTable.h: ") + missing.join(u", ")));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer options: ") + stale.join(u", ")));
    }

    // The fingerprint ignores sign-ins, and only them: a plain `check` leaves it as it was.
    void aSignInAloneLeavesTheFingerprint()
    {
        const QString before = fingerprint();
        const Run r = kangqiao({QStringLiteral("check"), QStringLiteral("--db"), m_paths.database,
                                QStringLiteral("--user"), QStringLiteral("wang.li"),
                                QStringLiteral("--password-file"), file("password")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fingerprint(), before);
    }

    void hostileValueIsRefusedNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("rawLast");
        QTest::addColumn<QString>("option");
        int turn = 0;
        int commandIndex = 0;
        const QStringList shared{QStringLiteral("db"), QStringLiteral("user"),
                                 QStringLiteral("password-file")};
        const kq::test::OptionTable table = kq::test::cliOptionTable();
        for (auto c = table.cbegin(); c != table.cend(); ++c, ++commandIndex) {
            for (auto o = c.value().cbegin(); o != c.value().cend(); ++o) {
                // By default the options most commands share are tried on a third of them each.
                if (!sweepAll() && shared.contains(o.key()) && shared.indexOf(o.key()) != commandIndex % 3)
                    continue;
                const QList<Hostile> values = hostileValues(c.key(), o.key(), o.value());
                // By default one per option, the next along each time.
                const int count = sweepAll() ? int(values.size()) : 1;
                for (int i = 0; i < count; ++i) {
                    const Hostile& v = values.at((turn + i) % values.size());
                    QTest::addRow("%s --%s %s", qPrintable(c.key()), qPrintable(o.key()), qPrintable(v.label))
                        << argumentsFor(c.key(), o.key(), o.value(), v) << v.bytes << o.key();
                }
                ++turn;
            }
        }
    }

    void hostileValueIsRefusedNamingTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, rawLast);
        QFETCH(QString, option);
        QFile::remove(m_paths.signInBackoff()); // earlier rows' failed sign-ins must not make this one wait
        if (m_fingerprint.isEmpty())
            m_fingerprint = fingerprint();
        const QString before = m_fingerprint; // what the previous row left, checked then
        const Run r = kangqiao(args, rawLast);
        m_fingerprint = fingerprint();
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.exitCode > 0,
                 qPrintable(QStringLiteral("exit %1, out: %2").arg(r.exitCode).arg(r.out.left(300))));
        QVERIFY2(r.err.endsWith(u'\n') && r.err.count(u'\n') == 1,
                 qPrintable(QStringLiteral("not one line: ") + r.err.left(600)));
        QVERIFY2(r.err.contains(QStringLiteral("--") + option), qPrintable(r.err.left(600)));
        QVERIFY2(r.err.size() < 1000, "the line repeats a huge value");
        QCOMPARE(m_fingerprint, before);
        QCOMPARE(QDir(m_scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    // Quotes, scripts and emoji are data: stored and read back exactly, and the table they name
    // is still there.
    void quotesAndScriptsAreStoredAsGiven()
    {
        const QString reason = kSql + QStringLiteral(" \"康复\" 😀 مرحبا \u202Eخطة\n第二行\t完");
        const QString before = fingerprint();
        const Run r =
            kangqiao({QStringLiteral("case"), QStringLiteral("--db"), m_paths.database,
                      QStringLiteral("--user"), QStringLiteral("wang.li"), QStringLiteral("--password-file"),
                      file("password"), QStringLiteral("--client"), m_clientId, QStringLiteral("--action"),
                      QStringLiteral("review-needs"), QStringLiteral("--reason"), reason});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fingerprint() != before);
        auto keys = kq::Workspace::unsealKeys(m_paths, QStringLiteral("wang.li"),
                                              kq::test::secret(kq::test::kPassword));
        QVERIFY(keys.ok());
        kq::Database db(m_paths.database, keys.value().front().key, kq::Database::OpenMode::ExistingOnly);
        auto s = db.prepare("SELECT reason FROM case_events WHERE client_id = ? AND action = 'review-needs'");
        s.bind(1, m_clientId);
        QVERIFY(s.step());
        QCOMPARE(s.text(0), reason.trimmed());
        auto clients = db.prepare("SELECT count(*) FROM clients");
        QVERIFY(clients.step());
        QCOMPARE(clients.int64(0), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestCliHostileInput)
#include "TestCliHostileInput.moc"
