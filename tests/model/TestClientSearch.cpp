#include "TestStore.h"

#include "accounts/AccountService.h"
#include "clients/ClientListModel.h"
#include "clients/ClientQuery.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSearchKeys.h"
#include "clients/ClientVocabulary.h"
#include "demo/DemoClients.h"
#include "identity/ResidentId.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace kq;
using namespace kq::test;

namespace {

const QString kUser = QStringLiteral("wang.li");
const QString kZhao = QStringLiteral("zhao.min");
const QString kQian = QStringLiteral("qian.li");
const QString kZhangSanId = QStringLiteral("110105199003071239");
const QString kLiSiId = QStringLiteral("11010519750101123X");
const QString kZhangSanPhone = QStringLiteral("13800138000");
const QString kGuardianPhone = QStringLiteral("13912345678");
const QString kLandline = QStringLiteral("01065123456");

QString idNumberFor(const QString& area, const QDate& birth, int sequence)
{
    return ResidentId::compose(area, birth, sequence);
}

Guardian guardian(const QString& name, const QString& phone)
{
    Guardian g;
    g.name = name;
    g.relation = QStringLiteral("parent");
    g.phone = phone;
    g.legalGuardian = true;
    g.signingContact = true;
    return g;
}

// One encrypted store in a temporary folder, signed in as its supervisor.
struct Store {
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workspace> ws;

    Store()
    {
        createStore(pathsIn(dir), clock);
        ws = std::make_unique<Workspace>(pathsIn(dir), clock);
        if (!ws->unlock(kUser, secret(kPassword)))
            qFatal("cannot sign in to the test store");
        // Clients name their case managers, which must be real accounts.
        AccountService accounts(*ws, KdfParams::fastest());
        for (const auto& [user, name] :
             {std::pair{kZhao, QStringLiteral("赵敏")}, std::pair{kQian, QStringLiteral("钱丽")}})
            if (!accounts.create(user, name, Role::CaseManager,
                                 secret(QStringLiteral("Case-Manager-Pass-42"))))
                qFatal("cannot create a case manager");
    }
    Database& db() { return ws->database(); }
    QDate today() const { return clock.now().toLocalTime().date(); }
};

QSet<QString> names(const QList<ClientSummary>& rows)
{
    QSet<QString> out;
    for (const ClientSummary& c : rows)
        out << c.name;
    return out;
}

QSet<QString> nameSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString sorted(const QSet<QString>& s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l.join(u' ');
}

bool inRange(const QString& key, const ClientSearchKeys::Range& r)
{
    // SQLite compares the UTF-8 bytes.
    return key.toUtf8() >= r.from.toUtf8() && key.toUtf8() < r.to.toUtf8();
}

} // namespace

class TestClientSearch : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;     // about 30 hand-made clients
    std::unique_ptr<Store> m_big;       // 450 demo clients, for paging
    QList<ClientRecord> m_clients;      // as stored
    QHash<QString, QString> m_idByName; // name -> client id

    QDate today() const { return m_store->today(); }

    ClientQuery query(const ClientFilter& f, ClientQuery::SortBy sort = ClientQuery::SortBy::Name,
                      bool descending = false)
    {
        return ClientQuery(m_store->db(), f, today(), sort, descending);
    }
    ClientQuery query(const QString& text) { return query(ClientFilter{text, {}, {}, -2, {}, {}}); }

    QSet<QString> found(const QString& text) { return names(query(text).fetch(0, 1000)); }

    void add(ClientRecord r)
    {
        ClientRepository repo(m_store->ws->journal());
        Result<ClientRepository::Saved> saved = repo.create(m_store->ws->actor(), r);
        if (!saved)
            qFatal("cannot create %s: %s", qPrintable(r.name), qPrintable(saved.error().describe()));
        const ClientRecord stored = *repo.load(m_store->ws->actor(), saved.value().id);
        m_clients << stored;
        m_idByName.insert(stored.name, stored.id);
    }

    // The clients a filter should find, decided in C++ from the stored records (text aside).
    QSet<QString> expectedFor(const ClientFilter& f)
    {
        QSet<QString> out;
        for (const ClientRecord& r : m_clients) {
            if (!f.status.isEmpty() && r.status != f.status)
                continue;
            if (!f.caseManager.isEmpty() && r.caseManager != f.caseManager)
                continue;
            if (f.riskLevel >= -1 && r.riskLevel != f.riskLevel)
                continue;
            if (!f.ageGroup.isEmpty() && ClientVocabulary::ageGroupKey(ClientVocabulary::ageGroupOn(
                                             r.birthDate, today())) != f.ageGroup)
                continue;
            if (!f.county.isEmpty() && r.residenceCounty != f.county)
                continue;
            out << r.name;
        }
        return out;
    }

    // Clients whose ID number, phone or guardian's phone ends in `tail`.
    QSet<QString> endingIn(const QString& tail)
    {
        QSet<QString> out;
        for (const ClientRecord& r : m_clients) {
            bool match = !r.idNumber.isEmpty() && r.idNumber.endsWith(tail, Qt::CaseInsensitive);
            if (!tail.endsWith(u'x', Qt::CaseInsensitive)) {
                match = match || (!r.phone.isEmpty() && r.phone.endsWith(tail));
                for (const Guardian& g : r.guardians)
                    match = match || g.phone.endsWith(tail);
            }
            if (match)
                out << r.name;
        }
        return out;
    }

    void createNamedClients()
    {
        ClientRecord r;
        r.name = QStringLiteral("张三");
        r.idNumber = kZhangSanId;
        r.phone = kZhangSanPhone;
        r.residenceCounty = QStringLiteral("110105");
        r.caseManager = kZhao;
        r.riskLevel = 0;
        r.riskAssessedOn = QDate(2025, 12, 1);
        add(r);

        r = ClientRecord{};
        r.name = QStringLiteral("张珊");
        r.gender = Gender::Female;
        r.birthDate = QDate(1985, 6, 1);
        r.phone = QStringLiteral("13511112222");
        r.residenceCounty = QStringLiteral("110108");
        r.caseManager = kQian;
        r.riskLevel = 3;
        r.riskAssessedOn = QDate(2025, 12, 28);
        add(r);

        r = ClientRecord{};
        r.name = QStringLiteral("章三丰");
        r.gender = Gender::Male;
        r.birthDate = QDate(1950, 2, 2);
        r.residenceCounty = QStringLiteral("110105");
        r.caseManager = kZhao;
        r.riskLevel = 1;
        r.riskAssessedOn = QDate(2025, 11, 15);
        add(r);

        r = ClientRecord{};
        r.name = QStringLiteral("单田芳");
        r.gender = Gender::Male;
        r.birthDate = QDate(1962, 10, 1);
        r.phone = kLandline;
        r.residenceCounty = QStringLiteral("110101");
        r.caseManager = kQian;
        add(r);

        r = ClientRecord{};
        r.name = QStringLiteral("曾小乐");
        r.gender = Gender::Female;
        r.birthDate = QDate(2016, 5, 20);
        r.residenceCounty = QStringLiteral("110105");
        r.caseManager = kZhao;
        r.guardians << guardian(QStringLiteral("曾强"), kGuardianPhone);
        add(r);

        r = ClientRecord{};
        r.name = QStringLiteral("李四");
        r.idNumber = kLiSiId;
        r.phone = QStringLiteral("13700001111");
        r.residenceCounty = QStringLiteral("110101");
        r.caseManager = kZhao;
        r.riskLevel = 2;
        r.riskAssessedOn = QDate(2025, 10, 1);
        add(r);

        r = ClientRecord{};
        r.name = QStringLiteral("王小明");
        r.idNumber = idNumberFor(QStringLiteral("110105"), QDate(2010, 3, 1), 315);
        r.residenceCounty = QStringLiteral("110105");
        r.caseManager = kQian;
        r.guardians << guardian(QStringLiteral("王建国"), QStringLiteral("13622223333"));
        add(r);
    }

    void createOtherClients()
    {
        static const char16_t* const kNames[] = {u"刘芳", u"陈明", u"杨丽", u"黄海", u"赵敏", u"吴强",
                                                 u"周杰", u"徐静", u"孙磊", u"马超", u"朱红", u"胡斌",
                                                 u"郭燕", u"何平", u"高峰", u"林琳", u"罗鹏", u"郑洁",
                                                 u"梁宇", u"谢婷", u"宋阳", u"唐云", u"许博"};
        static const QStringList kCounties{QStringLiteral("110105"), QStringLiteral("110108"),
                                           QStringLiteral("110101"), QStringLiteral("130181")};
        const QStringList managers{kZhao, kQian, QString()};
        int i = 0;
        for (const char16_t* name : kNames) {
            ClientRecord r;
            r.name = QString::fromUtf16(name);
            const QDate birth(1941 + i * 3, 1 + i % 12, 1 + i % 28);
            r.idNumber = idNumberFor(kCounties[i % 4], birth, 200 + i);
            r.phone = i % 3 == 0 ? QString()
                                 : QStringLiteral("158%1").arg(10000000 + i * 7919, 8, 10, QLatin1Char('0'));
            r.residenceCounty = kCounties[(i + 1) % 4];
            r.caseManager = managers[i % 3];
            r.riskLevel = i % 7 - 1;
            if (r.riskLevel >= 0)
                r.riskAssessedOn = QDate(2025, 1 + i % 12, 10);
            if (i % 5 == 0)
                r.status = QStringLiteral("closed");
            add(r);
            ++i;
        }
    }

    // A second store with more clients than two pages of the list, made in one transaction.
    void createDemoClients()
    {
        QElapsedTimer timer;
        timer.start();
        m_big = std::make_unique<Store>();
        ClientRepository repo(m_big->ws->journal());
        DemoClients demo(20260105, m_big->today(), {kZhao, kQian});
        Transaction tx(m_big->db());
        for (int i = 0; i < 450; ++i) {
            const Result<ClientRepository::Saved> saved = repo.create(m_big->ws->actor(), demo.next());
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().describe()));
        }
        tx.commit();
        QCOMPARE(repo.count(), 450);
        qInfo("450 demo clients in %lld ms", timer.elapsed());
    }

    QStringList orderedNames(const QList<ClientSummary>& rows)
    {
        QStringList out;
        for (const ClientSummary& c : rows)
            out << c.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<Store>();
        createNamedClients();
        createOtherClients();
        QCOMPARE(m_clients.size(), 30);
        createDemoClients();
    }

    void cleanupTestCase()
    {
        m_big.reset();
        m_store.reset();
    }

    // --- ClientSearchKeys ------------------------------------------------------------------------

    void rangesForEmptyQueries()
    {
        QVERIFY(ClientSearchKeys::rangesFor(QString()).isEmpty());
        QVERIFY(ClientSearchKeys::rangesFor(QStringLiteral("   ")).isEmpty());
        QVERIFY(ClientSearchKeys::rangesFor(QStringLiteral("!!!")).isEmpty());
    }

    void rangesForRouting_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("prefixes");
        QTest::newRow("Han") << QStringLiteral("张三") << QStringList{QStringLiteral("h张三")};
        QTest::newRow("Han given name") << QStringLiteral(" 三 ") << QStringList{QStringLiteral("h三")};
        QTest::newRow("Han and letters") << QStringLiteral("张s") << QStringList{QStringLiteral("h张")};
        QTest::newRow("digits") << QStringLiteral("1239")
                                << QStringList{QStringLiteral("i9321"), QStringLiteral("t9321")};
        QTest::newRow("digits with space and dash")
            << QStringLiteral("138 0013-8000")
            << QStringList{QStringLiteral("i00083100831"), QStringLiteral("t00083100831")};
        QTest::newRow("trailing x") << QStringLiteral("123x") << QStringList{QStringLiteral("iX321")};
        QTest::newRow("trailing X") << QStringLiteral("23X") << QStringList{QStringLiteral("iX32")};
        QTest::newRow("initials") << QStringLiteral("zs") << QStringList{QStringLiteral("pzs")};
        QTest::newRow("full pinyin, spaced, capitals")
            << QStringLiteral("Zhang San") << QStringList{QStringLiteral("pzhangsan")};
        QTest::newRow("apostrophe") << QStringLiteral("xi'an") << QStringList{QStringLiteral("pxian")};
        QTest::newRow("x alone is pinyin") << QStringLiteral("x") << QStringList{QStringLiteral("px")};
        QTest::newRow("letters then digits") << QStringLiteral("a1") << QStringList{QStringLiteral("pa1")};
    }
    void rangesForRouting()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, prefixes);
        const QList<ClientSearchKeys::Range> ranges = ClientSearchKeys::rangesFor(query);
        QCOMPARE(ranges.size(), prefixes.size());
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            QCOMPARE(ranges[i].from, prefixes[i]);
            QVERIFY(inRange(prefixes[i], ranges[i]));
            QVERIFY(inRange(prefixes[i] + QStringLiteral("zzz"), ranges[i]));
            QVERIFY(inRange(prefixes[i] + QStringLiteral("丰"), ranges[i]));
            QVERIFY(inRange(prefixes[i] + QString::fromUcs4(U"\U0002A6A5"), ranges[i])); // beyond the BMP
            QVERIFY(!inRange(prefixes[i].chopped(1), ranges[i]));
        }
    }

    void keysForAClient()
    {
        const ClientRecord& r = m_clients.at(0); // 张三
        QCOMPARE(r.name, QStringLiteral("张三"));
        const QStringList keys = ClientSearchKeys::forClient(r);
        for (const char* k :
             {"pzhangsan", "pzs", "psan", "h张三", "h三", "i932170300991501011", "t00083100831"})
            QVERIFY2(keys.contains(QString::fromUtf8(k)), k);
        QCOMPARE(nameSet(keys).size(), keys.size());

        const ClientRecord& child = m_clients.at(4); // 曾小乐, guardian phone
        QVERIFY(ClientSearchKeys::forClient(child).contains(QStringLiteral("t87654321931")));
    }

    void sortKeyUsesSurnameReadings()
    {
        QCOMPARE(ClientSearchKeys::sortKey(QStringLiteral("张三")), QStringLiteral("zhangsan"));
        QCOMPARE(ClientSearchKeys::sortKey(QStringLiteral("单田芳")), QStringLiteral("shantianfang"));
        QCOMPARE(ClientSearchKeys::sortKey(QStringLiteral("曾小乐")).left(4), QStringLiteral("zeng"));
        QCOMPARE(ClientSearchKeys::sortKey(QStringLiteral("Anna Li")), QStringLiteral("annali"));
    }

    // --- ClientQuery: text -----------------------------------------------------------------------

    void findsByNameInPinyinOrHan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString zhangSan = QStringLiteral("张三");
        const QString zhangShan = QStringLiteral("张珊");
        const QString sanFeng = QStringLiteral("章三丰");
        const QString shan = QStringLiteral("单田芳");
        QTest::newRow("zs") << QStringLiteral("zs") << QStringList{zhangSan, zhangShan, sanFeng};
        QTest::newRow("zhangs") << QStringLiteral("zhangs") << QStringList{zhangSan, zhangShan, sanFeng};
        QTest::newRow("zhang san") << QStringLiteral("zhang san") << QStringList{zhangSan, sanFeng};
        QTest::newRow("ZhangSan") << QStringLiteral("ZhangSan") << QStringList{zhangSan, sanFeng};
        QTest::newRow("zhangshan") << QStringLiteral("zhangshan") << QStringList{zhangShan};
        QTest::newRow("Han full name") << QStringLiteral("张三") << QStringList{zhangSan};
        QTest::newRow("Han surname") << QStringLiteral("张") << QStringList{zhangSan, zhangShan};
        QTest::newRow("Han given name") << QStringLiteral("三") << QStringList{zhangSan, sanFeng};
        QTest::newRow("Han given name, two") << QStringLiteral("田芳") << QStringList{shan};
        QTest::newRow("stf") << QStringLiteral("stf") << QStringList{shan};
        QTest::newRow("shantianfang") << QStringLiteral("shantianfang") << QStringList{shan};
        QTest::newRow("shan") << QStringLiteral("shan") << QStringList{shan, zhangShan};
        QTest::newRow("tianfang") << QStringLiteral("tianfang") << QStringList{shan};
        QTest::newRow("zxl") << QStringLiteral("zxl") << QStringList{QStringLiteral("曾小乐")};
        QTest::newRow("zengxiaole") << QStringLiteral("zengxiaole") << QStringList{QStringLiteral("曾小乐")};
        QTest::newRow("xiao") << QStringLiteral("xiao")
                              << QStringList{QStringLiteral("曾小乐"), QStringLiteral("王小明")};
        QTest::newRow("lisi") << QStringLiteral("li si") << QStringList{QStringLiteral("李四")};
        QTest::newRow("nobody") << QStringLiteral("qq") << QStringList();
        QTest::newRow("punctuation only") << QStringLiteral("!!!") << QStringList();
        QTest::newRow("unknown Han") << QStringLiteral("龘") << QStringList();
    }
    void findsByNameInPinyinOrHan()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ClientQuery q = query(text);
        const QList<ClientSummary> rows = q.fetch(0, 1000);
        QCOMPARE(sorted(names(rows)), sorted(nameSet(expected)));
        QCOMPARE(q.count(), rows.size());
    }

    void findsByIdOrPhoneTail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mustFind");
        QTest::newRow("ID last four") << QStringLiteral("1239") << QStringLiteral("张三");
        QTest::newRow("ID last six") << QStringLiteral("071239") << QStringLiteral("张三");
        QTest::newRow("ID with x") << QStringLiteral("123x") << QStringLiteral("李四");
        QTest::newRow("ID with X") << QStringLiteral("123X") << QStringLiteral("李四");
        QTest::newRow("ID with x, spaced") << QStringLiteral("0101 123x") << QStringLiteral("李四");
        QTest::newRow("phone tail") << QStringLiteral("8000") << QStringLiteral("张三");
        QTest::newRow("whole phone") << QStringLiteral("138 0013 8000") << QStringLiteral("张三");
        QTest::newRow("guardian phone tail") << QStringLiteral("5678") << QStringLiteral("曾小乐");
        QTest::newRow("other guardian phone") << QStringLiteral("3333") << QStringLiteral("王小明");
        QTest::newRow("landline tail") << QStringLiteral("3456") << QStringLiteral("单田芳");
    }
    void findsByIdOrPhoneTail()
    {
        QFETCH(QString, text);
        QFETCH(QString, mustFind);
        QString tail = text;
        tail.remove(QRegularExpression(QStringLiteral("[\\s-]")));
        const QSet<QString> expected = endingIn(tail);
        QVERIFY(expected.contains(mustFind));
        QCOMPARE(sorted(found(text)), sorted(expected));
    }

    void idTailWithXFindsOnlyIdNumbers()
    {
        QCOMPARE(found(QStringLiteral("123x")), QSet<QString>{QStringLiteral("李四")});
        // A digit query does not find an ID ending in X unless the X is typed.
        QVERIFY(!found(QStringLiteral("0101123")).contains(QStringLiteral("李四")));
        // Digits from the middle of a number find nothing.
        QVERIFY(!found(QStringLiteral("19900307")).contains(QStringLiteral("张三")));
    }

    // --- ClientQuery: filters, counting, paging, sorting -------------------------------------------

    void filters_data()
    {
        QTest::addColumn<ClientFilter>("filter");
        auto f = [](QString text, QString status, QString cm, int risk, QString age, QString county) {
            return ClientFilter{text, status, cm, risk, age, county};
        };
        QTest::newRow("none") << f({}, {}, {}, -2, {}, {});
        QTest::newRow("registered") << f({}, QStringLiteral("registered"), {}, -2, {}, {});
        QTest::newRow("closed") << f({}, QStringLiteral("closed"), {}, -2, {}, {});
        QTest::newRow("case manager zhao") << f({}, {}, kZhao, -2, {}, {});
        QTest::newRow("case manager qian") << f({}, {}, kQian, -2, {}, {});
        QTest::newRow("not assessed") << f({}, {}, {}, -1, {}, {});
        for (int level = 0; level <= 5; ++level)
            QTest::addRow("risk %d", level) << f({}, {}, {}, level, {}, {});
        for (const char* age : {"child", "adolescent", "adult", "older"})
            QTest::addRow("age %s", age) << f({}, {}, {}, -2, QString::fromLatin1(age), {});
        QTest::newRow("county") << f({}, {}, {}, -2, {}, QStringLiteral("110105"));
        QTest::newRow("county without clients") << f({}, {}, {}, -2, {}, QStringLiteral("370102"));
        QTest::newRow("zhao in 110105") << f({}, {}, kZhao, -2, {}, QStringLiteral("110105"));
        QTest::newRow("older, registered, qian")
            << f({}, QStringLiteral("registered"), kQian, -2, QStringLiteral("older"), {});
        QTest::newRow("adult at risk 3") << f({}, {}, {}, 3, QStringLiteral("adult"), {});
        QTest::newRow("everything") << f({}, QStringLiteral("registered"), kZhao, 0, QStringLiteral("adult"),
                                         QStringLiteral("110105"));
    }
    void filters()
    {
        QFETCH(ClientFilter, filter);
        const QSet<QString> expected = expectedFor(filter);
        ClientQuery q = query(filter);
        const QList<ClientSummary> rows = q.fetch(0, 1000);
        QCOMPARE(sorted(names(rows)), sorted(expected));
        QCOMPARE(q.count(), rows.size());
    }

    void filtersAreNotVacuous()
    {
        // The fixture covers every group, so the filter tests above compare non-trivial sets.
        for (const char* age : {"child", "adolescent", "adult", "older"})
            QVERIFY2(!expectedFor(ClientFilter{{}, {}, {}, -2, QString::fromLatin1(age), {}}).isEmpty(), age);
        for (int level = -1; level <= 5; ++level)
            QVERIFY(!expectedFor(ClientFilter{{}, {}, {}, level, {}, {}}).isEmpty());
        QVERIFY(!expectedFor(ClientFilter{{}, QStringLiteral("closed"), {}, -2, {}, {}}).isEmpty());
    }

    void textAndFiltersCombine()
    {
        ClientFilter f;
        f.text = QStringLiteral("zs");
        f.county = QStringLiteral("110105");
        QCOMPARE(sorted(names(query(f).fetch(0, 100))),
                 sorted({QStringLiteral("张三"), QStringLiteral("章三丰")}));
        QCOMPARE(query(f).count(), 2);
        f.ageGroup = QStringLiteral("older");
        QCOMPARE(names(query(f).fetch(0, 100)), QSet<QString>{QStringLiteral("章三丰")});
        f.ageGroup.clear();
        f.riskLevel = 3;
        QVERIFY(query(f).fetch(0, 100).isEmpty());
        QCOMPARE(query(f).count(), 0);
        f = ClientFilter{};
        f.text = QStringLiteral("5678");
        f.ageGroup = QStringLiteral("child");
        QCOMPARE(names(query(f).fetch(0, 100)), QSet<QString>{QStringLiteral("曾小乐")});
    }

    void textWithoutSearchableCharactersFindsNothing()
    {
        // Punctuation alone gives no key ranges; with another filter set as well, the query must still
        // run (and find nothing), not fail on parameters the SQL no longer has.
        for (const ClientFilter& f :
             {ClientFilter{QStringLiteral("!!!"), QStringLiteral("registered"), {}, -2, {}, {}},
              ClientFilter{
                  QStringLiteral("·"), {}, kZhao, 0, QStringLiteral("adult"), QStringLiteral("110105")}}) {
            ClientQuery q = query(f);
            QCOMPARE(q.count(), 0);
            QVERIFY(q.fetch(0, 100).isEmpty());
        }
        ClientListModel model;
        model.setSource(&m_store->db(), today(), true);
        model.setFilter(ClientFilter{QStringLiteral("?"), QStringLiteral("registered"), {}, -2, {}, {}});
        QCOMPARE(model.rowCount(), 0);
    }

    void ageGroupBoundaries()
    {
        // Someone 14 today is an adolescent, someone 14 tomorrow a child; 60 today is older.
        Store store;
        ClientRepository repo(store.ws->journal());
        const QDate day = store.today();
        auto make = [&](const QString& name, const QDate& birth) {
            ClientRecord r;
            r.name = name;
            r.gender = Gender::Female;
            r.birthDate = birth;
            r.residenceCounty = QStringLiteral("110105");
            r.guardians << guardian(QStringLiteral("监护人"), kGuardianPhone);
            KQ_VERIFY_OK(repo.create(store.ws->actor(), r));
        };
        make(QStringLiteral("十四岁"), day.addYears(-14));
        make(QStringLiteral("差一天"), day.addYears(-14).addDays(1));
        make(QStringLiteral("十八岁"), day.addYears(-18));
        make(QStringLiteral("六十岁"), day.addYears(-60));
        make(QStringLiteral("五十九"), day.addYears(-60).addDays(1));
        auto group = [&](const char* key) {
            ClientFilter f;
            f.ageGroup = QString::fromLatin1(key);
            return names(ClientQuery(store.db(), f, day).fetch(0, 100));
        };
        QCOMPARE(group("child"), QSet<QString>{QStringLiteral("差一天")});
        QCOMPARE(group("adolescent"), QSet<QString>{QStringLiteral("十四岁")});
        QCOMPARE(sorted(group("adult")), sorted({QStringLiteral("十八岁"), QStringLiteral("五十九")}));
        QCOMPARE(group("older"), QSet<QString>{QStringLiteral("六十岁")});
    }

    void pagesHaveNoGapsOrDuplicates_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("text");
        for (int s = 0; s <= int(ClientQuery::SortBy::Status); ++s) {
            QTest::addRow("sort %d", s) << s << false << QString();
            QTest::addRow("sort %d desc", s) << s << true << QString();
        }
        QTest::newRow("text z") << 0 << false << QStringLiteral("z");
    }
    void pagesHaveNoGapsOrDuplicates()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, text);
        ClientFilter f;
        f.text = text;
        ClientQuery q = query(f, ClientQuery::SortBy(sort), descending);
        const QList<ClientSummary> all = q.fetch(0, 1000);
        QCOMPARE(q.count(), all.size());
        QVERIFY(!all.isEmpty());
        QStringList paged;
        for (int offset = 0; offset < all.size() + 7; offset += 7) {
            const QList<ClientSummary> page = q.fetch(offset, 7);
            QVERIFY(page.size() <= 7);
            for (const ClientSummary& c : page)
                paged << c.id;
        }
        QStringList whole;
        for (const ClientSummary& c : all)
            whole << c.id;
        QCOMPARE(paged, whole);
        QCOMPARE(nameSet(paged).size(), paged.size());
        QVERIFY(q.fetch(int(all.size()), 10).isEmpty());
    }

    void sortingByNameFollowsPinyin()
    {
        const QList<ClientSummary> rows = query(QString()).fetch(0, 1000);
        QCOMPARE(rows.size(), m_clients.size());
        QStringList keys;
        for (const ClientSummary& c : rows)
            keys << ClientSearchKeys::sortKey(c.name);
        QVERIFY2(std::is_sorted(keys.begin(), keys.end()), qPrintable(keys.join(u' ')));

        // Surnames by their surname reading: 单 shan sorts after 李 li, 曾 zeng before 张 zhang.
        const QStringList order = orderedNames(rows);
        const QStringList expected{QStringLiteral("李四"),   QStringLiteral("单田芳"),
                                   QStringLiteral("王小明"), QStringLiteral("曾小乐"),
                                   QStringLiteral("张三"),   QStringLiteral("章三丰"),
                                   QStringLiteral("张珊")};
        for (qsizetype i = 1; i < expected.size(); ++i)
            QVERIFY2(order.indexOf(expected[i - 1]) < order.indexOf(expected[i]),
                     qPrintable(expected[i - 1] + QStringLiteral(" should come before ") + expected[i]));

        QStringList descending =
            orderedNames(query(ClientFilter{}, ClientQuery::SortBy::Name, true).fetch(0, 1000));
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(descending, order);
    }

    void otherSortOrders()
    {
        const QList<ClientSummary> byBirth =
            query(ClientFilter{}, ClientQuery::SortBy::BirthDate).fetch(0, 1000);
        for (qsizetype i = 1; i < byBirth.size(); ++i)
            QVERIFY(byBirth[i - 1].birthDate <= byBirth[i].birthDate);
        const QList<ClientSummary> byRisk =
            query(ClientFilter{}, ClientQuery::SortBy::Risk, true).fetch(0, 1000);
        for (qsizetype i = 1; i < byRisk.size(); ++i)
            QVERIFY(byRisk[i - 1].riskLevel >= byRisk[i].riskLevel);
        const QList<ClientSummary> byCounty =
            query(ClientFilter{}, ClientQuery::SortBy::County).fetch(0, 1000);
        for (qsizetype i = 1; i < byCounty.size(); ++i)
            QVERIFY(byCounty[i - 1].residenceCounty <= byCounty[i].residenceCounty);
    }

    void summariesAreMasked()
    {
        const QList<ClientSummary> rows = query(QStringLiteral("张三")).fetch(0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].maskedIdNumber, QStringLiteral("110105********1239"));
        QCOMPARE(rows[0].maskedPhone, QStringLiteral("138****8000"));
        QCOMPARE(rows[0].birthDate, QDate(1990, 3, 7));
        QCOMPARE(rows[0].gender, Gender::Male);
        QCOMPARE(rows[0].riskLevel, 0);
        QCOMPARE(rows[0].caseManager, kZhao);
        const QList<ClientSummary> landline = query(QStringLiteral("stf")).fetch(0, 10);
        QCOMPARE(landline.size(), 1);
        QVERIFY(!landline[0].maskedPhone.contains(kLandline.mid(3)));
        QVERIFY(landline[0].maskedIdNumber.isEmpty());
    }

    // --- ClientListModel ---------------------------------------------------------------------------

    void listModelFetchesPageByPage()
    {
        QVERIFY(m_big);
        ClientListModel model;
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setSource(&m_big->db(), m_big->today(), true);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), ClientListModel::kPageSize);
        QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ClientListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing more: no change
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted[0].at(1).toInt(), ClientListModel::kPageSize);
        QCOMPARE(inserted[1].at(2).toInt(), 449);

        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.clientIdAt(row);
            QCOMPARE(model.data(model.index(row, 0), ClientListModel::IdRole).toString(), id);
            ids << id;
        }
        QCOMPARE(ids.size(), 450);
        QVERIFY(model.clientIdAt(450).isEmpty());
        QVERIFY(model.clientIdAt(-1).isEmpty());

        // No canFetchMore for child indexes, nor children at all.
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        // Clearing (on lock) drops the rows and the database.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void listModelPassesTheModelTester()
    {
        QVERIFY(m_big);
        ClientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Qt 6.4's tester calls fetchMore() from its modelReset handler before it has noted the end
        // of the reset, and then reports the rows inserted as "during a reset". The test fetches
        // instead; the tester still checks every signal and the model after each change.
        tester.setUseFetchMore(false);
        model.setSource(&m_big->db(), m_big->today(), true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        ClientFilter f;
        f.text = QStringLiteral("z");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), ClientQuery(m_big->db(), f, m_big->today()).count());
        f.caseManager = kZhao;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), ClientQuery(m_big->db(), f, m_big->today()).count());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.totalCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, ClientListModel::CaseManager)).toString(), kZhao);
        model.setFilter(ClientFilter{});
        QCOMPARE(model.totalCount(), 450);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void listModelSortsByName()
    {
        QVERIFY(m_big);
        ClientListModel model;
        model.setSource(&m_big->db(), m_big->today(), false);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys << ClientSearchKeys::sortKey(model.data(model.index(row, ClientListModel::Name)).toString());
        QVERIFY(std::is_sorted(keys.begin(), keys.end()));
        // By age: ascending means youngest first.
        auto ages = [&] {
            QList<int> out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.data(model.index(row, ClientListModel::Age)).toInt();
            return out;
        };
        model.sort(ClientListModel::Age, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<int> byAge = ages();
        QVERIFY(std::is_sorted(byAge.begin(), byAge.end()));
        QVERIFY(byAge.first() < byAge.last());
        model.sort(ClientListModel::Age, Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        byAge = ages();
        QVERIFY(std::is_sorted(byAge.rbegin(), byAge.rend()));
        model.sort(ClientListModel::Name, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});

        // Without the risk column, sorting by it falls back to the name and reveals nothing.
        model.sort(ClientListModel::Risk, Qt::DescendingOrder);
        QStringList keysAfter;
        for (int row = 0; row < model.rowCount(); ++row)
            keysAfter << ClientSearchKeys::sortKey(
                model.data(model.index(row, ClientListModel::Name)).toString());
        QVERIFY(std::is_sorted(keysAfter.rbegin(), keysAfter.rend()));
    }

    void riskColumnIsEmptyWithoutShowRisk()
    {
        QVERIFY(m_big);
        ClientListModel model;
        model.setSource(&m_big->db(), m_big->today(), false);
        QVERIFY(!model.showsRisk());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex risk = model.index(row, ClientListModel::Risk);
            QVERIFY(!model.data(risk).isValid());
            QVERIFY(!model.data(risk, Qt::ToolTipRole).isValid());
        }
        model.setSource(&m_big->db(), m_big->today(), true);
        QVERIFY(model.showsRisk());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.data(model.index(row, ClientListModel::Risk)).toString().isEmpty());
    }

    void listShowsMaskedIdentifiersOnly()
    {
        QVERIFY(m_big);
        // Every full identifier and diagnosis in the store.
        QStringList secrets;
        Statement s = m_big->db().prepare("SELECT id_number, phone, diagnosis_code FROM clients "
                                          "UNION ALL SELECT NULL, phone, NULL FROM guardians");
        while (s.step())
            for (int c = 0; c < 3; ++c)
                if (!s.isNull(c) && !s.text(c).isEmpty())
                    secrets << s.text(c);
        QVERIFY(secrets.size() > 900);

        ClientListModel model;
        model.setSource(&m_big->db(), m_big->today(), true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        static const QRegularExpression maskedId(QStringLiteral("^[1-8][0-9]{5}\\*{8}[0-9]{3}[0-9X]$"));
        static const QRegularExpression maskedMobile(QStringLiteral("^1[3-9][0-9]\\*{4}[0-9]{4}$"));
        static const QRegularExpression diagnosis(QStringLiteral("F[0-9]{2}"));
        QSet<QString> cells;
        int phones = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.data(model.index(row, ClientListModel::IdNumber)).toString();
            QVERIFY2(maskedId.match(id).hasMatch(), qPrintable(id));
            const QString phone = model.data(model.index(row, ClientListModel::Phone)).toString();
            if (!phone.isEmpty()) {
                QVERIFY2(maskedMobile.match(phone).hasMatch(), qPrintable(phone));
                ++phones;
            }
            for (int column = 0; column < model.columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    cells << model.data(model.index(row, column), role).toString();
        }
        QVERIFY(phones > 100);
        for (const QString& cell : std::as_const(cells)) {
            QVERIFY2(!diagnosis.match(cell).hasMatch(), qPrintable(cell));
            for (const QString& secret : std::as_const(secrets))
                if (cell.contains(secret))
                    QFAIL(
                        qPrintable(QStringLiteral("the list shows a full identifier or diagnosis: ") + cell));
        }
    }

    void listModelOnTheNamedClients()
    {
        ClientListModel model;
        model.setSource(&m_store->db(), today(), false);
        ClientFilter f;
        f.text = QStringLiteral("张三");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ClientListModel::Name)).toString(), QStringLiteral("张三"));
        QCOMPARE(model.data(model.index(0, ClientListModel::IdNumber)).toString(),
                 QStringLiteral("110105********1239"));
        QCOMPARE(model.data(model.index(0, ClientListModel::Phone)).toString(),
                 QStringLiteral("138****8000"));
        QCOMPARE(model.data(model.index(0, ClientListModel::Age)).toInt(),
                 ClientVocabulary::ageOn(QDate(1990, 3, 7), today()));
        QCOMPARE(model.data(model.index(0, ClientListModel::County)).toString(), QStringLiteral("朝阳区"));
        QCOMPARE(model.data(model.index(0, ClientListModel::County), Qt::ToolTipRole).toString(),
                 QStringLiteral("北京市朝阳区"));
        QCOMPARE(model.clientIdAt(0), m_idByName.value(QStringLiteral("张三")));
        QVERIFY(!model.headerData(ClientListModel::Name, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientSearch)
#include "TestClientSearch.moc"
