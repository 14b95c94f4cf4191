// `kangqiao backup` is meant to run while the window writes. A writer process (kangqiao-crash-writer)
// registers clients without pause while this process takes backups of the same store; each backup
// must restore, pass StoreCheck, and hold one consistent moment: every write acknowledged before
// the backup began, nothing that had not been attempted when it ended.

#include "TestStore.h"

#include "store/Backup.h"
#include "store/BackupRestore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreCheck.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>

#include <signal.h>

using namespace kq;

namespace {

// Reads what the writer has said so far (it never falls silent, so read for a moment, not until quiet).
void drain(QProcess& writer, QByteArray& said, int forMs = 50)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < forMs)
        if (writer.waitForReadyRead(int(forMs - timer.elapsed()) + 1))
            said += writer.readAllStandardOutput();
    said += writer.readAllStandardOutput();
}

QSet<QString> markers(const QByteArray& said, const char* verb)
{
    QSet<QString> out;
    const QByteArray prefix = QByteArray(verb) + ' ';
    for (const QByteArray& line : said.left(said.lastIndexOf('\n') + 1).split('\n'))
        if (line.startsWith(prefix))
            out.insert(QString::fromUtf8(line.mid(prefix.size()).split(' ').value(0)));
    return out;
}

} // namespace

class TestBackupWhileWriting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachBackupIsOneConsistentMomentOfALiveStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const StorePaths paths = test::pathsIn(dir);
        test::createStore(paths, Clock::system());

        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KANGQIAO_PASSWORD"), test::kPassword);
        writer.setProcessEnvironment(env);
        writer.start(QStringLiteral(KANGQIAO_CRASH_WRITER),
                     {paths.database, QStringLiteral("77"), QStringLiteral("5")});
        QVERIFY(writer.waitForStarted(10000));
        QByteArray said;
        while (markers(said, "ok").size() < 5 && writer.state() == QProcess::Running)
            drain(writer, said, 100);
        QVERIFY2(markers(said, "ok").size() >= 5, said.constData());

        Workspace ws(paths, Clock::system());
        KQ_VERIFY_OK(ws.unlock(QStringLiteral("wang.li"), test::secret(test::kPassword)));
        int writtenDuringBackups = 0;
        for (int i = 0; i < 3; ++i) {
            drain(writer, said);
            const QSet<QString> acknowledgedBefore = markers(said, "ok");
            const QString out = dir.filePath(QStringLiteral("live-%1.kqbak").arg(i));
            const Result<Backup::Written> written =
                Backup::write(ws, test::secret(test::kPassword), out, false);
            KQ_VERIFY_OK(written);
            // What the writer said while the backup ran is waiting in the pipe already.
            while (writer.waitForReadyRead(0))
                said += writer.readAllStandardOutput();
            writtenDuringBackups += int(markers(said, "ok").size() - acknowledgedBefore.size());
            drain(writer, said);
            const QSet<QString> attemptedAfter = markers(said, "attempt");

            const QString restored = dir.filePath(QStringLiteral("restored-%1.kqdb").arg(i));
            KQ_VERIFY_OK(BackupRestore::restore(out, restored, QStringLiteral("wang.li"),
                                                test::secret(test::kPassword), false, Clock::system()));
            Workspace copy(StorePaths{restored}, Clock::system());
            KQ_VERIFY_OK(copy.unlock(QStringLiteral("wang.li"), test::secret(test::kPassword)));
            const StoreCheck check = StoreCheck::run(copy.database());
            QVERIFY2(check.ok(), qPrintable(check.problems.join(u"; ")));
            QSet<QString> present;
            Statement s =
                copy.database().prepare("SELECT notes FROM clients WHERE notes LIKE 'crash-test %'");
            while (s.step())
                present.insert(s.text(0).mid(11));
            QVERIFY2(present.contains(acknowledgedBefore),
                     "a write acknowledged before the backup is missing");
            QVERIFY2(attemptedAfter.contains(present), "the backup holds a write never attempted");
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        // The writer was not held up: it went on committing while the copies were taken.
        QVERIFY2(writtenDuringBackups > 0, "no write was acknowledged while backups ran");
    }
};

QTEST_GUILESS_MAIN(TestBackupWhileWriting)
#include "TestBackupWhileWriting.moc"
