#include "CaseFixture.h"

#include "documents/PriceListRepository.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTest>

using namespace kq;
using namespace kq::test;

// The price list (明码标价): which price is in force on a day, how a change closes the old row,
// what is refused, money in fen, and who may write.
class TestPriceList : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    Database& db() { return m_store.db(); }
    PriceListRepository prices() { return PriceListRepository(m_store.journal()); }
    const Actor& supervisor() { return m_store.ws().actor(); }

    static PriceItem item(const QString& name, qint64 fen, const QDate& from)
    {
        PriceItem p;
        p.name = name;
        p.unit = QStringLiteral("次");
        p.priceFen = fen;
        p.effectiveFrom = from;
        return p;
    }

    QString added(const PriceItem& p)
    {
        Result<QString> r = prices().add(supervisor(), p);
        if (!r)
            qFatal("add failed: %s", qPrintable(r.error().describe()));
        return r.value();
    }

private Q_SLOTS:
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void moneyParsesStrictlyAndFormatsInFen()
    {
        QCOMPARE(Money::parseYuan(QStringLiteral("12")), std::optional<qint64>(1200));
        QCOMPARE(Money::parseYuan(QStringLiteral("12.5")), std::optional<qint64>(1250));
        QCOMPARE(Money::parseYuan(QStringLiteral(" 12.50 ")), std::optional<qint64>(1250));
        QCOMPARE(Money::parseYuan(QStringLiteral("¥0.07")), std::optional<qint64>(7));
        QCOMPARE(Money::parseYuan(QStringLiteral("0")), std::optional<qint64>(0));
        QCOMPARE(Money::parseYuan(QStringLiteral("1000000")), std::optional<qint64>(Money::kMaxFen));
        for (const char* bad : {"", "-1", "+1", "12.505", "12.", ".5", "1,000", "1000000.01", "10000000",
                                "abc", "1e3", "12 .5", "0x10"})
            QVERIFY2(!Money::parseYuan(QString::fromLatin1(bad)), bad);
        QVERIFY(!Money::parseYuan(QStringLiteral("１２"))); // full-width digits are not taken silently
        QCOMPARE(Money::format(1250), QStringLiteral("¥12.50"));
        QCOMPARE(Money::format(7), QStringLiteral("¥0.07"));
        QCOMPARE(Money::format(120000), QStringLiteral("¥1200.00"));
        QCOMPARE(Money::plain(0), QStringLiteral("0.00"));
    }

    void inForceCoversFromUpToButNotIncludingTheEnd()
    {
        const QString key = added(item(QStringLiteral("日间康复训练"), 1000, QDate(2026, 1, 1)));
        KQ_VERIFY_OK(prices().changePrice(supervisor(), key, 1250, QDate(2026, 7, 1)));

        QVERIFY(prices().inForce(QDate(2025, 12, 31)).isEmpty());
        QCOMPARE(prices().inForce(QDate(2026, 1, 1)).value(0).priceFen, 1000);
        QCOMPARE(prices().inForce(QDate(2026, 6, 30)).value(0).priceFen, 1000);
        QCOMPARE(prices().inForce(QDate(2026, 7, 1)).size(), 1); // one row per item, never both
        QCOMPARE(prices().inForce(QDate(2026, 7, 1)).value(0).priceFen, 1250);
        QCOMPARE(prices().inForce(QDate(2030, 1, 1)).value(0).priceFen, 1250);
    }

    void inForceIsSortedByNameWithOneRowPerItem()
    {
        added(item(QStringLiteral("B 个案管理"), 500, QDate(2026, 1, 1)));
        const QString a = added(item(QStringLiteral("A 心理咨询"), 3000, QDate(2026, 1, 1)));
        KQ_VERIFY_OK(prices().changePrice(supervisor(), a, 3500, QDate(2026, 3, 1)));
        const QList<PriceItem> list = prices().inForce(QDate(2026, 4, 1));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, QStringLiteral("A 心理咨询"));
        QCOMPARE(list[0].priceFen, 3500);
        QCOMPARE(list[1].name, QStringLiteral("B 个案管理"));
        QCOMPARE(prices().all().size(), 3);
    }

    void aChangeClosesTheOldRowAndKeepsItsDetails()
    {
        PriceItem p = item(QStringLiteral("服药训练"), 800, QDate(2026, 1, 1));
        p.unit = QStringLiteral("月");
        p.serviceContent = QStringLiteral("medication_training");
        const QString key = added(p);
        const Result<QString> next =
            prices().changePrice(supervisor(), key, 900, QDate(2026, 2, 1), QStringLiteral("物价调整"));
        KQ_VERIFY_OK(next);
        const QList<PriceItem> history = prices().history(key);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].priceFen, 800);
        QCOMPARE(history[0].effectiveTo, QDate(2026, 2, 1));
        QCOMPARE(history[1].id, next.value());
        QCOMPARE(history[1].priceFen, 900);
        QCOMPARE(history[1].effectiveFrom, QDate(2026, 2, 1));
        QVERIFY(!history[1].effectiveTo.isValid());
        QCOMPARE(history[1].unit, QStringLiteral("月"));
        QCOMPARE(history[1].serviceContent, QStringLiteral("medication_training"));
        QCOMPARE(history[1].notes, QStringLiteral("物价调整"));
        QCOMPARE(history[1].createdBy, supervisor().username);
    }

    void overlappingAndBackdatedChangesAreRefused()
    {
        const QString key = added(item(QStringLiteral("日间康复训练"), 1000, QDate(2026, 3, 1)));
        // On or before the current row's start.
        for (const QDate& d : {QDate(2026, 3, 1), QDate(2026, 2, 1)}) {
            const Result<QString> r = prices().changePrice(supervisor(), key, 1100, d);
            QVERIFY(!r);
            QCOMPARE(r.error().field, QStringLiteral("effective-from"));
            QCOMPARE(r.error().code, int(PriceListRepository::Invalid));
        }
        KQ_VERIFY_OK(prices().changePrice(supervisor(), key, 1200, QDate(2026, 9, 1)));
        // Between the first row and the recorded change: it would overlap the later period.
        const Result<QString> between = prices().changePrice(supervisor(), key, 1100, QDate(2026, 6, 1));
        QVERIFY(!between);
        QCOMPARE(between.error().field, QStringLiteral("effective-from"));
        // Unchanged price, unknown item.
        const Result<QString> same = prices().changePrice(supervisor(), key, 1200, QDate(2026, 10, 1));
        QVERIFY(!same);
        QCOMPARE(same.error().field, QStringLiteral("price"));
        QCOMPARE(
            prices().changePrice(supervisor(), QStringLiteral("nope"), 1, QDate(2026, 10, 1)).error().code,
            int(PriceListRepository::NotFound));
        QCOMPARE(prices().history(key).size(), 2);
        // Periods of the item never overlap.
        const QList<PriceItem> h = prices().history(key);
        QCOMPARE(h[0].effectiveTo, h[1].effectiveFrom);
    }

    void withdrawEndsTheItem()
    {
        const QString key = added(item(QStringLiteral("康复评估"), 5000, QDate(2026, 1, 1)));
        const Result<void> early = prices().withdraw(supervisor(), key, QDate(2026, 1, 1));
        QVERIFY(!early);
        QCOMPARE(early.error().field, QStringLiteral("effective-to"));
        KQ_VERIFY_OK(prices().withdraw(supervisor(), key, QDate(2026, 5, 1)));
        QCOMPARE(prices().inForce(QDate(2026, 4, 30)).size(), 1);
        QVERIFY(prices().inForce(QDate(2026, 5, 1)).isEmpty());
        // Not in force any more: no new price for it.
        QCOMPARE(prices().changePrice(supervisor(), key, 6000, QDate(2026, 6, 1)).error().field,
                 QStringLiteral("effective-from"));
        // The name is free again for a new item afterwards.
        KQ_VERIFY_OK(prices().add(supervisor(), item(QStringLiteral("康复评估"), 5500, QDate(2026, 6, 1))));
    }

    void addNamesTheFieldAtFault()
    {
        const auto fieldOf = [&](const PriceItem& p) {
            const Result<QString> r = prices().add(supervisor(), p);
            return r ? QString() : r.error().field;
        };
        const QDate d(2026, 1, 1);
        QCOMPARE(fieldOf(item(QStringLiteral("  "), 100, d)), QStringLiteral("name"));
        QCOMPARE(fieldOf(item(QString(61, u'训'), 100, d)), QStringLiteral("name"));
        PriceItem noUnit = item(QStringLiteral("训练"), 100, d);
        noUnit.unit.clear();
        QCOMPARE(fieldOf(noUnit), QStringLiteral("unit"));
        PriceItem longUnit = item(QStringLiteral("训练"), 100, d);
        longUnit.unit = QString(21, u'次');
        QCOMPARE(fieldOf(longUnit), QStringLiteral("unit"));
        QCOMPARE(fieldOf(item(QStringLiteral("训练"), -1, d)), QStringLiteral("price"));
        QCOMPARE(fieldOf(item(QStringLiteral("训练"), Money::kMaxFen + 1, d)), QStringLiteral("price"));
        QCOMPARE(fieldOf(item(QStringLiteral("训练"), 100, QDate())), QStringLiteral("effective-from"));
        PriceItem content = item(QStringLiteral("训练"), 100, d);
        content.serviceContent = QStringLiteral("no_such_content");
        QCOMPARE(fieldOf(content), QStringLiteral("service-content"));
        PriceItem notes = item(QStringLiteral("训练"), 100, d);
        notes.notes = QString(201, u'注');
        QCOMPARE(fieldOf(notes), QStringLiteral("notes"));
        QCOMPARE(db().queryInt("SELECT count(*) FROM price_items"), 0);
        // A second item of the same name in force at the same time would make the list ambiguous.
        added(item(QStringLiteral("训练"), 100, d));
        QCOMPARE(fieldOf(item(QStringLiteral("训练"), 200, d.addDays(5))), QStringLiteral("name"));
        // Free (0 fen) is a price.
        QCOMPARE(fieldOf(item(QStringLiteral("免费体检"), 0, d)), QString());
    }

    void onlyTemplateManagersWrite()
    {
        const QString key = added(item(QStringLiteral("日间康复训练"), 1000, QDate(2026, 1, 1)));
        for (Role role : {Role::FrontDesk, Role::CaseManager, Role::Administrator}) {
            const Actor other{QStringLiteral("x"), QStringLiteral("other"), QStringLiteral("Other"), role};
            QCOMPARE(prices().add(other, item(QStringLiteral("新项目"), 1, QDate(2026, 1, 1))).error().code,
                     int(PriceListRepository::NotPermitted));
            QCOMPARE(prices().changePrice(other, key, 2000, QDate(2026, 2, 1)).error().code,
                     int(PriceListRepository::NotPermitted));
            QCOMPARE(prices().withdraw(other, key, QDate(2026, 2, 1)).error().code,
                     int(PriceListRepository::NotPermitted));
        }
        QCOMPARE(prices().all().size(), 1);
        // Reading is open to everyone: the list is public.
        QCOMPARE(prices().inForce(QDate(2026, 1, 2)).size(), 1);
    }

    void everyWriteIsAuditedAndSynced()
    {
        const QString key = added(item(QStringLiteral("日间康复训练"), 1000, QDate(2026, 1, 1)));
        KQ_VERIFY_OK(prices().changePrice(supervisor(), key, 1200, QDate(2026, 2, 1)));
        KQ_VERIFY_OK(prices().withdraw(supervisor(), key, QDate(2026, 3, 1)));
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit_log WHERE entity = 'price_item'"), 4);
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit_log WHERE entity = 'price_item' AND action = "
                               "'change-price' AND instr(fields, 'price_fen') > 0"),
                 1);
        QCOMPARE(db().queryInt(
                     "SELECT count(*) FROM audit_log WHERE entity = 'price_item' AND action = 'withdraw'"),
                 1);
        QCOMPARE(db().queryInt("SELECT count(*) FROM outbox WHERE entity = 'price_item'"), 4);
        // A refused write leaves no trace.
        QVERIFY(!prices().changePrice(supervisor(), key, 1300, QDate(2026, 1, 15)));
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit_log WHERE entity = 'price_item'"), 4);
    }
};

QTEST_GUILESS_MAIN(TestPriceList)
#include "TestPriceList.moc"
