#include "TestStore.h"

#include "auth/SignInBackoff.h"
#include "core/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kq;
using namespace kq::test;

class TestSignInBackoff : public QObject {
    Q_OBJECT

private:
    static constexpr int kFree = SignInBackoff::kFreeAttempts;

    static void fail(SignInBackoff& b, int times)
    {
        for (int i = 0; i < times; ++i)
            b.recordFailure();
    }

private Q_SLOTS:
    void firstFailuresCostNoWait()
    {
        for (int f = 0; f < kFree; ++f)
            QCOMPARE(SignInBackoff::delayAfter(f), 0);
        QVERIFY(SignInBackoff::delayAfter(kFree) > 0);
    }

    void delayDoublesAfterTheFreeAttemptsUntilTheCap()
    {
        qint64 previous = SignInBackoff::delayAfter(kFree);
        QCOMPARE(previous, 2);
        int f = kFree + 1;
        for (; SignInBackoff::delayAfter(f) < SignInBackoff::kMaxDelaySecs; ++f) {
            QCOMPARE(SignInBackoff::delayAfter(f), previous * 2);
            previous = SignInBackoff::delayAfter(f);
        }
        // The first capped step is no more than double, and the delay never exceeds the cap.
        QVERIFY(SignInBackoff::delayAfter(f) <= previous * 2);
        for (int g : {f, f + 1, 50, 1000, 1 << 20})
            QCOMPARE(SignInBackoff::delayAfter(g), SignInBackoff::kMaxDelaySecs);
    }

    void waitCountsDownWithTheClock()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SignInBackoff b(dir.filePath(QStringLiteral("state")), clock);
        fail(b, kFree - 1);
        QCOMPARE(b.secondsToWait(), 0);
        b.recordFailure();
        QCOMPARE(b.failures(), kFree);
        QCOMPARE(b.secondsToWait(), 2);
        clock.advance(1000);
        QCOMPARE(b.secondsToWait(), 1);
        clock.advance(1000);
        QCOMPARE(b.secondsToWait(), 0);
        b.recordFailure();
        QCOMPARE(b.secondsToWait(), 4);
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("state"));
        {
            SignInBackoff b(file, clock);
            fail(b, kFree + 2); // 8 s
        }
        clock.advance(3000);
        SignInBackoff again(file, clock);
        QCOMPARE(again.failures(), kFree + 2);
        QCOMPARE(again.secondsToWait(), 5);
    }

    void successResetsAndThatIsPersisted()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("state"));
        {
            SignInBackoff b(file, clock);
            fail(b, kFree + 3);
            clock.advance(qint64(SignInBackoff::kMaxDelaySecs) * 1000);
            b.recordSuccess();
            QCOMPARE(b.failures(), 0);
            QCOMPARE(b.secondsToWait(), 0);
            // After a success the free attempts are free again.
            fail(b, kFree - 1);
            QCOMPARE(b.secondsToWait(), 0);
            b.recordSuccess();
        }
        SignInBackoff again(file, clock);
        QCOMPARE(again.failures(), 0);
        QCOMPARE(again.secondsToWait(), 0);
    }

    void clockSetBackwardsDoesNotUnlockEarly()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SignInBackoff b(dir.filePath(QStringLiteral("state")), clock);
        fail(b, kFree + 4); // 32 s
        clock.advance(-3600 * 1000);
        QCOMPARE(b.secondsToWait(), 32);
        // Nor across a restart.
        SignInBackoff again(dir.filePath(QStringLiteral("state")), clock);
        QCOMPARE(again.secondsToWait(), 32);
    }

    void clockSetBackwardsDoesNotLockForever()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SignInBackoff b(dir.filePath(QStringLiteral("state")), clock);
        fail(b, kFree);                   // 2 s
        clock.advance(-24 * 3600 * 1000); // someone corrects the clock by a day
        QCOMPARE(b.secondsToWait(), 2);
        // Real time passes, still before the recorded failure: the person has waited long enough.
        clock.advance(10 * 1000);
        QCOMPARE(b.secondsToWait(), 0);
    }

    void damagedStateFileDoesNotBlockSignIn()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("state"));
        QVERIFY(writeBytes(file, QByteArray("\x00\xff not json {{", 15)));
        SignInBackoff b(file, clock);
        QCOMPARE(b.failures(), 0);
        QCOMPARE(b.secondsToWait(), 0);
    }

    void absurdFailureCountInTheFileWaitsAtMostTheCap()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString file = dir.filePath(QStringLiteral("state"));
        const QString at = clock.now().toString(Qt::ISODateWithMs);
        QVERIFY(writeBytes(
            file, QStringLiteral("{\"failures\": 2000000000, \"last_failure\": \"%1\"}").arg(at).toUtf8()));
        SignInBackoff b(file, clock);
        QCOMPARE(b.secondsToWait(), SignInBackoff::kMaxDelaySecs);
        clock.advance(qint64(SignInBackoff::kMaxDelaySecs) * 1000);
        QCOMPARE(b.secondsToWait(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSignInBackoff)
#include "TestSignInBackoff.moc"
