#include "CaseFixture.h"

#include "platform/ServerRevisions.h"
#include "store/Transaction.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// The platform's revision of each record: the base of the next local change, so it never goes
// back, whether it is learnt inside a page's transaction or on its own.
class TestServerRevisions : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

private Q_SLOTS:
    void init() { m_store.open(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)); }
    void cleanup() { m_store.close(); }

    void aRevisionIsLearntAndOnlyRaised()
    {
        ServerRevisions revisions(m_store.db());
        const QString id = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
        QCOMPARE(revisions.of(QStringLiteral("client"), id), std::nullopt);
        revisions.set(QStringLiteral("client"), id, 120);
        QCOMPARE(revisions.of(QStringLiteral("client"), id), std::optional<qint64>(120));
        revisions.set(QStringLiteral("client"), id, 95); // a late answer for an older change
        QCOMPARE(revisions.of(QStringLiteral("client"), id), std::optional<qint64>(120));
        revisions.set(QStringLiteral("client"), id, 121);
        QCOMPARE(revisions.of(QStringLiteral("client"), id), std::optional<qint64>(121));
        // The same id under another entity is another record.
        QCOMPARE(revisions.of(QStringLiteral("guardian"), id), std::nullopt);
        QCOMPARE(revisions.count(), qint64(1));
    }

    void manyRecordsInOneTransaction()
    {
        ServerRevisions revisions(m_store.db());
        {
            Transaction tx(m_store.db());
            for (int i = 0; i < 500; ++i)
                revisions.set(QStringLiteral("guardian"), QString::number(i), 1000 + i);
            for (int i = 0; i < 500; i += 2) // a page that brings some of them again, newer
                revisions.set(QStringLiteral("guardian"), QString::number(i), 2000 + i);
            tx.commit();
        }
        QCOMPARE(revisions.count(), qint64(500));
        QCOMPARE(revisions.of(QStringLiteral("guardian"), QStringLiteral("0")), std::optional<qint64>(2000));
        QCOMPARE(revisions.of(QStringLiteral("guardian"), QStringLiteral("1")), std::optional<qint64>(1001));
        revisions.forget(QStringLiteral("guardian"), QStringLiteral("1"));
        QCOMPARE(revisions.of(QStringLiteral("guardian"), QStringLiteral("1")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestServerRevisions)
#include "TestServerRevisions.moc"
