#include "geo/Divisions.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <array>
#include <thread>

using namespace kq;

class TestDivisions : public QObject {
    Q_OBJECT

private:
    static QStringList codes(const QList<const Divisions::County*>& counties)
    {
        QStringList result;
        for (const auto* c : counties)
            result << c->code;
        return result;
    }

private Q_SLOTS:
    // First use from several threads at once: the table is loaded exactly once.
    void loadsOnceAcrossThreads()
    {
        std::array<const Divisions*, 4> seen{};
        std::array<qsizetype, 4> sizes{};
        {
            std::array<std::thread, 4> threads;
            for (size_t i = 0; i < threads.size(); ++i)
                threads[i] = std::thread([&, i] {
                    seen[i] = &Divisions::instance();
                    sizes[i] = seen[i]->all().size();
                });
            for (auto& t : threads)
                t.join();
        }
        for (size_t i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i], &Divisions::instance());
            QCOMPARE(sizes[i], Divisions::instance().all().size());
        }
    }

    void loadsTheShippedTable()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/kangqiao/divisions/counties.tsv")));
        const Divisions& d = Divisions::instance();
        QCOMPARE(&Divisions::instance(), &d);
        QVERIFY2(d.all().size() > 2800, qPrintable(QString::number(d.all().size())));
        QVERIFY(d.all().size() < 3200);
    }

    void tableIsSortedAndWellFormed()
    {
        QSet<QString> seen;
        QString previous;
        for (const auto& c : Divisions::instance().all()) {
            QVERIFY2(c.code.size() == 6 && c.code.toInt() >= 110000 && c.code.toInt() < 900000,
                     qPrintable(c.code));
            QVERIFY2(previous < c.code, qPrintable(c.code));
            previous = c.code;
            QVERIFY(!c.name.isEmpty() && !c.prefecture.isEmpty() && !c.province.isEmpty());
            QVERIFY(!seen.contains(c.code));
            seen.insert(c.code);
        }
    }

    void findsCountiesByCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefecture");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("municipality district")
            << QStringLiteral("110105") << QStringLiteral("朝阳区") << QStringLiteral("北京市")
            << QStringLiteral("北京市") << QStringLiteral("北京市朝阳区");
        QTest::newRow("prefecture district")
            << QStringLiteral("330106") << QStringLiteral("西湖区") << QStringLiteral("杭州市")
            << QStringLiteral("浙江省") << QStringLiteral("浙江省杭州市西湖区");
        QTest::newRow("Chongqing county")
            << QStringLiteral("500229") << QStringLiteral("城口县") << QStringLiteral("重庆市")
            << QStringLiteral("重庆市") << QStringLiteral("重庆市城口县");
        QTest::newRow("under the province")
            << QStringLiteral("429004") << QStringLiteral("仙桃市") << QStringLiteral("湖北省")
            << QStringLiteral("湖北省") << QStringLiteral("湖北省仙桃市");
        QTest::newRow("autonomous region")
            << QStringLiteral("659001") << QStringLiteral("石河子市") << QStringLiteral("新疆维吾尔自治区")
            << QStringLiteral("新疆维吾尔自治区") << QStringLiteral("新疆维吾尔自治区石河子市");
        QTest::newRow("banner") << QStringLiteral("152527") << QStringLiteral("太仆寺旗")
                                << QStringLiteral("锡林郭勒盟") << QStringLiteral("内蒙古自治区")
                                << QStringLiteral("内蒙古自治区锡林郭勒盟太仆寺旗");
    }
    void findsCountiesByCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, prefecture);
        QFETCH(QString, province);
        QFETCH(QString, fullName);
        const Divisions& d = Divisions::instance();
        QVERIFY(d.isCounty(code));
        const auto* c = d.county(code);
        QVERIFY(c);
        QCOMPARE(c->code, code);
        QCOMPARE(c->name, name);
        QCOMPARE(c->prefecture, prefecture);
        QCOMPARE(c->province, province);
        QCOMPARE(c->fullName(), fullName);
    }

    void prefectureCitiesWithoutCounties_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("东莞") << QStringLiteral("441900") << QStringLiteral("广东省东莞市");
        QTest::newRow("中山") << QStringLiteral("442000") << QStringLiteral("广东省中山市");
        QTest::newRow("儋州") << QStringLiteral("460400") << QStringLiteral("海南省儋州市");
    }
    void prefectureCitiesWithoutCounties()
    {
        QFETCH(QString, code);
        QFETCH(QString, fullName);
        const auto* c = Divisions::instance().county(code);
        if (!c)
            QSKIP("the shipped table does not list this prefecture-level city as a county");
        QCOMPARE(c->fullName(), fullName);
    }

    void rejectsNonCounties_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("prefecture") << QStringLiteral("110100");
        QTest::newRow("province") << QStringLiteral("110000");
        QTest::newRow("Hangzhou") << QStringLiteral("330100");
        QTest::newRow("development zone") << QStringLiteral("130171");
        QTest::newRow("unknown") << QStringLiteral("999999");
        QTest::newRow("before the first") << QStringLiteral("100000");
        QTest::newRow("too short") << QStringLiteral("11010");
        QTest::newRow("empty") << QString();
    }
    void rejectsNonCounties()
    {
        QFETCH(QString, code);
        QVERIFY(!Divisions::instance().isCounty(code));
        QVERIFY(!Divisions::instance().county(code));
    }

    void searchesNamesAndCodes()
    {
        const Divisions& d = Divisions::instance();
        const QStringList chaoyang = codes(d.search(QStringLiteral("朝阳")));
        QVERIFY(chaoyang.contains(QStringLiteral("110105"))); // 北京市朝阳区
        QVERIFY(chaoyang.contains(QStringLiteral("220104"))); // 吉林省长春市朝阳区
        QVERIFY(chaoyang.contains(QStringLiteral("211321"))); // 辽宁省朝阳市朝阳县
        QVERIFY(chaoyang.contains(QStringLiteral("211381"))); // 辽宁省朝阳市北票市, by full name
        QVERIFY(!chaoyang.contains(QStringLiteral("110108")));
        QStringList sorted = chaoyang;
        sorted.sort();
        QCOMPARE(chaoyang, sorted);

        QCOMPARE(codes(d.search(QStringLiteral("110105"))), QStringList{QStringLiteral("110105")});
        QVERIFY(codes(d.search(QStringLiteral("3301"))).contains(QStringLiteral("330106")));
        QVERIFY(codes(d.search(QStringLiteral("浙江省杭州市西湖"))).contains(QStringLiteral("330106")));
        QVERIFY(codes(d.search(QStringLiteral(" 西湖区 "))).contains(QStringLiteral("330106")));

        QCOMPARE(d.search(QStringLiteral("北京市"), 5).size(), 5);
        QCOMPARE(d.search(QStringLiteral("北京市"), 100).size(), 16);
        QVERIFY(d.search(QString()).isEmpty());
        QVERIFY(d.search(QStringLiteral("  ")).isEmpty());
        QVERIFY(d.search(QStringLiteral("朝阳"), 0).isEmpty());
        QVERIFY(d.search(QStringLiteral("不存在的地方")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDivisions)
#include "TestDivisions.moc"
