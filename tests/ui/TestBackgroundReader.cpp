#include "CaseFixture.h"

#include "common/BackgroundReader.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace kq;
using namespace kq::test;

// The worker-thread reads behind the front page's due list and the statistics page: results shown
// on the GUI thread, a newer request superseding an older one, a lock dropping what is in flight,
// and the kept connection (with its cache) closed by clear().
class TestBackgroundReader : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    // A read that waits for the test's go-ahead, so requests can be made while it runs.
    static ui::BackgroundReader::Read held(QSemaphore& started, QSemaphore& go, std::atomic<int>& reads,
                                           int value, QList<int>& shown)
    {
        return [&started, &go, &reads, value, &shown](Database&) -> ui::BackgroundReader::Show {
            ++reads;
            started.release();
            go.acquire();
            return [value, &shown] { shown << value; };
        };
    }

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void showsOnTheGuiThreadWhatTheWorkerRead()
    {
        ui::BackgroundReader reader(m_store.ws(), {}, nullptr);
        QThread* readOn = nullptr;
        QThread* shownOn = nullptr;
        qint64 accounts = -1;
        reader.start(
            [&](Database& db) -> ui::BackgroundReader::Show {
                readOn = QThread::currentThread();
                const qint64 n = db.queryInt("SELECT count(*) FROM accounts");
                return [&, n] {
                    shownOn = QThread::currentThread();
                    accounts = n;
                };
            },
            [](const QString& reason) { QFAIL(qPrintable(reason)); });
        QTRY_COMPARE(accounts, m_store.db().queryInt("SELECT count(*) FROM accounts"));
        QVERIFY(accounts > 0);
        QVERIFY(readOn != qApp->thread());
        QCOMPARE(shownOn, qApp->thread());
        QTRY_VERIFY(!reader.isRunning());
    }

    void aNewerRequestSupersedesAndOnesNotBegunAreSkipped()
    {
        ui::BackgroundReader reader(m_store.ws(), {}, nullptr);
        QSemaphore started, go;
        std::atomic<int> firstReads{0}, secondReads{0}, thirdReads{0};
        QList<int> shown;
        reader.start(held(started, go, firstReads, 1, shown), [](const QString&) {});
        QVERIFY(started.tryAcquire(1, 10'000)); // the first is reading
        reader.start(held(started, go, secondReads, 2, shown), [](const QString&) {});
        reader.start(held(started, go, thirdReads, 3, shown), [](const QString&) {});
        go.release(3);
        QTRY_COMPARE(shown, QList<int>{3});
        QTRY_VERIFY(!reader.isRunning());
        QCOMPARE(firstReads.load(), 1);
        QCOMPARE(secondReads.load(), 0); // superseded before it began: not read at all
        QCOMPARE(thirdReads.load(), 1);
        QTest::qWait(50);
        QCOMPARE(shown, QList<int>{3}); // the first's result was dropped, not shown late
    }

    void clearDropsWhatIsInFlight()
    {
        ui::BackgroundReader reader(m_store.ws(), {}, nullptr);
        QSemaphore started, go;
        std::atomic<int> reads{0};
        QList<int> shown;
        bool failed = false;
        reader.start(held(started, go, reads, 1, shown), [&](const QString&) { failed = true; });
        QVERIFY(started.tryAcquire(1, 10'000));
        go.release(); // clear() waits for the read in progress
        reader.clear();
        QVERIFY(!reader.isRunning());
        QTest::qWait(50);
        QVERIFY(shown.isEmpty());
        QVERIFY(!failed);
    }

    void aLockDropsTheResult()
    {
        ui::BackgroundReader reader(m_store.ws(), {}, nullptr);
        QSemaphore started, go;
        std::atomic<int> reads{0};
        QList<int> shown;
        reader.start(held(started, go, reads, 1, shown), [](const QString&) {});
        QVERIFY(started.tryAcquire(1, 10'000));
        m_store.ws().lock(); // the worker has its own connection and key: it may finish
        go.release();
        QTRY_VERIFY(!reader.isRunning());
        QTest::qWait(50);
        QVERIFY(shown.isEmpty());
    }

    void aFailureIsReportedWithItsReason()
    {
        ui::BackgroundReader reader(m_store.ws(), {}, nullptr);
        QString reason;
        reader.start(
            [](Database&) -> ui::BackgroundReader::Show {
                throw StoreError(StoreError::Kind::Generic, 1, QStringLiteral("disk I/O error"));
            },
            [&](const QString& r) { reason = r; });
        QTRY_COMPARE(reason, QStringLiteral("disk I/O error"));
        // The reader works again after a failure (its connection was dropped and is opened anew).
        bool read = false;
        reader.start([&](Database&) -> ui::BackgroundReader::Show { return [&] { read = true; }; },
                     [](const QString&) {});
        QTRY_VERIFY(read);
    }

    // A TEMP table lives as long as its connection: it tells whether a read found the previous
    // read's connection.
    void theKeptConnectionServesTheNextReadUntilCleared_data()
    {
        QTest::addColumn<bool>("keepOpen");
        QTest::newRow("kept open") << true;
        QTest::newRow("one connection per read") << false;
    }
    void theKeptConnectionServesTheNextReadUntilCleared()
    {
        QFETCH(bool, keepOpen);
        ui::BackgroundReader reader(m_store.ws(), {keepOpen, 48}, nullptr);
        qint64 found = -1;
        readMarker(reader, true, found);
        QCOMPARE(found, 0);
        readMarker(reader, false, found);
        QCOMPARE(found, keepOpen ? 1 : 0);
        reader.clear(); // on lock: the connection goes, and the copy of the key with it
        readMarker(reader, false, found);
        QCOMPARE(found, 0);
    }

private:
    // Whether the connection the read got holds the marker table (made with `create`), and that
    // it has the reader's own cache size (negative: in KiB).
    void readMarker(ui::BackgroundReader& reader, bool create, qint64& found)
    {
        found = -1;
        qint64 cacheKiB = 0;
        reader.start(
            [&, create](Database& db) -> ui::BackgroundReader::Show {
                const qint64 f = db.queryInt("SELECT count(*) FROM sqlite_temp_master WHERE name = 'marker'");
                if (create && f == 0)
                    db.exec("CREATE TEMP TABLE marker(x)");
                const qint64 c = db.queryInt("PRAGMA cache_size");
                return [&, f, c] {
                    found = f;
                    cacheKiB = c;
                };
            },
            [](const QString& r) { QFAIL(qPrintable(r)); });
        QTRY_VERIFY(found >= 0);
        QCOMPARE(cacheKiB, -48 * 1024);
    }
};

QTEST_MAIN(TestBackgroundReader)
#include "TestBackgroundReader.moc"
