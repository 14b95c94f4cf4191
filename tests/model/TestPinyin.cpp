#include "pinyin/Pinyin.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace kq;

namespace {

char32_t han(const char* utf8)
{
    const QList<uint> ucs4 = QString::fromUtf8(utf8).toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.front()) : 0;
}

// The search the client list does: a query finds a name when one of its keys starts with it.
bool finds(const QString& name, const char* query)
{
    const QString q = Pinyin::normaliseQuery(QString::fromUtf8(query));
    if (q.isEmpty())
        return false;
    const QStringList keys = Pinyin::searchKeys(name);
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QString& k) { return k.startsWith(q); });
}

QSet<QString> keySet(const QString& name, int maxCombinations = 16)
{
    const QStringList keys = Pinyin::searchKeys(name, maxCombinations);
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> set(std::initializer_list<const char*> keys)
{
    QSet<QString> s;
    for (const char* k : keys)
        s.insert(QString::fromLatin1(k));
    return s;
}

} // namespace

class TestPinyin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readingsOfCommonCharacters()
    {
        QCOMPARE(Pinyin::readings(han("张")), QStringList{QStringLiteral("zhang")});
        QCOMPARE(Pinyin::readings(han("三")), QStringList{QStringLiteral("san")});
        QCOMPARE(Pinyin::readings(han("李")), QStringList{QStringLiteral("li")});
        QCOMPARE(Pinyin::readings(han("王")).value(0), QStringLiteral("wang"));
        // ü is written v.
        QCOMPARE(Pinyin::readings(han("吕")).value(0), QStringLiteral("lv"));
        QCOMPARE(Pinyin::readings(han("女")).value(0), QStringLiteral("nv"));
        // Extension A.
        QVERIFY(!Pinyin::readings(0x3400).isEmpty());
    }

    void readingsOfPolyphonicCharacters_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("行") << QStringLiteral("行") << QStringLiteral("xing")
                            << QStringList{QStringLiteral("xing"), QStringLiteral("hang")};
        QTest::newRow("乐") << QStringLiteral("乐") << QStringLiteral("le")
                            << QStringList{QStringLiteral("le"), QStringLiteral("yue")};
        QTest::newRow("重") << QStringLiteral("重") << QStringLiteral("zhong")
                            << QStringList{QStringLiteral("zhong"), QStringLiteral("chong")};
        QTest::newRow("长") << QStringLiteral("长") << QStringLiteral("zhang")
                            << QStringList{QStringLiteral("chang"), QStringLiteral("zhang")};
        QTest::newRow("单") << QStringLiteral("单") << QStringLiteral("dan")
                            << QStringList{QStringLiteral("dan"), QStringLiteral("shan"),
                                           QStringLiteral("chan")};
    }

    void readingsOfPolyphonicCharacters()
    {
        QFETCH(QString, character);
        QFETCH(QString, first);
        QFETCH(QStringList, contains);
        const QStringList r = Pinyin::readings(character.toUcs4().front());
        QCOMPARE(r.value(0), first);
        for (const QString& reading : contains)
            QVERIFY2(r.contains(reading), qPrintable(r.join(u',')));
        QCOMPARE(QSet<QString>(r.cbegin(), r.cend()).size(), r.size());
    }

    void readingsOfOtherCharacters()
    {
        QVERIFY(Pinyin::readings(U'A').isEmpty());
        QVERIFY(Pinyin::readings(U'7').isEmpty());
        QVERIFY(Pinyin::readings(U'·').isEmpty());
        QVERIFY(Pinyin::readings(U'，').isEmpty());
        QVERIFY(Pinyin::readings(0x20000).isEmpty()); // Extension B: outside the table
        // A compatibility ideograph reads as its canonical equivalent: U+F92C 郎 -> U+90CE 郎.
        QCOMPARE(Pinyin::readings(0xF92C), Pinyin::readings(0x90CE));
        QVERIFY(!Pinyin::readings(0xF92C).isEmpty());
    }

    void surnameReadings_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("reading");
        QTest::addColumn<QString>("alsoReads");
        QTest::newRow("单") << QStringLiteral("单") << QStringLiteral("shan") << QStringLiteral("dan");
        QTest::newRow("曾") << QStringLiteral("曾") << QStringLiteral("zeng") << QStringLiteral("ceng");
        QTest::newRow("解") << QStringLiteral("解") << QStringLiteral("xie") << QStringLiteral("jie");
        QTest::newRow("区") << QStringLiteral("区") << QStringLiteral("ou") << QStringLiteral("qu");
        QTest::newRow("朴") << QStringLiteral("朴") << QStringLiteral("piao") << QStringLiteral("pu");
        QTest::newRow("查") << QStringLiteral("查") << QStringLiteral("zha") << QStringLiteral("cha");
        QTest::newRow("盖") << QStringLiteral("盖") << QStringLiteral("ge") << QStringLiteral("gai");
        QTest::newRow("仇") << QStringLiteral("仇") << QStringLiteral("qiu") << QStringLiteral("chou");
        QTest::newRow("乐") << QStringLiteral("乐") << QStringLiteral("yue") << QStringLiteral("le");
        QTest::newRow("翟") << QStringLiteral("翟") << QStringLiteral("zhai") << QStringLiteral("di");
        QTest::newRow("阚") << QStringLiteral("阚") << QStringLiteral("kan") << QStringLiteral("han");
        QTest::newRow("张 (no override)")
            << QStringLiteral("张") << QStringLiteral("zhang") << QStringLiteral("zhang");
    }

    void surnameReadings()
    {
        QFETCH(QString, surname);
        QFETCH(QString, reading);
        QFETCH(QString, alsoReads);
        const char32_t c = surname.toUcs4().front();
        const QStringList r = Pinyin::surnameReadings(c);
        QCOMPARE(r.value(0), reading);
        QVERIFY2(r.contains(alsoReads), qPrintable(r.join(u',')));
        // The same readings, only the surname one first.
        const QStringList all = Pinyin::readings(c);
        QCOMPARE(QSet<QString>(r.cbegin(), r.cend()), QSet<QString>(all.cbegin(), all.cend()));
        QCOMPARE(r.size(), all.size());
    }

    void surnameReadingsFallBack()
    {
        QCOMPARE(Pinyin::surnameReadings(han("行")), Pinyin::readings(han("行")));
        QVERIFY(Pinyin::surnameReadings(U'A').isEmpty());
    }

    void keysOfASimpleName()
    {
        const QStringList keys = Pinyin::searchKeys(QStringLiteral("张三"));
        QCOMPARE(keySet(QStringLiteral("张三")), set({"zhangsan", "zs", "san", "s"}));
        QCOMPARE(keys.value(0), QStringLiteral("zhangsan"));
        QVERIFY(!keys.contains(QStringLiteral("张三")));
    }

    void keysUseSurnameReadings()
    {
        const QStringList keys = Pinyin::searchKeys(QStringLiteral("单田芳"));
        QCOMPARE(keys.value(0), QStringLiteral("shantianfang"));
        QCOMPARE(keys.value(1), QStringLiteral("stf"));
        QVERIFY(keys.contains(QStringLiteral("dantianfang")));
        QVERIFY(keys.contains(QStringLiteral("dtf")));
        QVERIFY(keys.contains(QStringLiteral("tianfang")));
        QVERIFY(keys.contains(QStringLiteral("tf")));
        QVERIFY(keys.contains(QStringLiteral("fang")));
        // Only the first character is a surname: 单 elsewhere is read dan first.
        QCOMPARE(Pinyin::searchKeys(QStringLiteral("王单")).value(0), QStringLiteral("wangdan"));
    }

    void keysOfPolyphonicCharacters()
    {
        const QStringList keys = Pinyin::searchKeys(QStringLiteral("曾小乐"));
        QCOMPARE(keys.value(0), QStringLiteral("zengxiaole"));
        QCOMPARE(keySet(QStringLiteral("曾小乐")),
                 set({"zengxiaole", "zengxiaoyue", "zxl", "zxy", "cengxiaole", "cengxiaoyue", "cxl", "cxy",
                      "xiaole", "xiaoyue", "xl", "xy", "le", "yue", "l", "y"}));
    }

    void keysKeepLettersAndDigits()
    {
        QCOMPARE(keySet(QStringLiteral("李A")), set({"lia", "la", "a"}));
        QCOMPARE(keySet(QStringLiteral("张3")), set({"zhang3", "z3", "3"}));
        // A run of letters is one part of the name; spaces and punctuation separate parts.
        QCOMPARE(keySet(QStringLiteral("Anna Lee")), set({"annalee", "al", "lee", "l"}));
        QCOMPARE(keySet(QStringLiteral("李Anna")), set({"lianna", "la", "anna", "a"}));
        // Full-width letters and accents fold as a query would.
        QCOMPARE(keySet(QStringLiteral("ＡＮＮＡ")), set({"anna", "a"}));
        QCOMPARE(keySet(QStringLiteral("José")), set({"jose", "j"}));
    }

    void keysSkipPunctuationAndUnknownCharacters()
    {
        QVERIFY(keySet(QStringLiteral("阿卜杜拉·买买提")).contains(QStringLiteral("abudulamaimaiti")) ||
                keySet(QStringLiteral("阿卜杜拉·买买提")).contains(QStringLiteral("abodulamaimaiti")));
        QVERIFY(keySet(QStringLiteral("阿卜杜拉·买买提")).contains(QStringLiteral("maimaiti")));
        // U+20000 (Extension B) has no reading in the table: skipped.
        const QString withUnknown =
            QStringLiteral("张") + QString::fromUcs4(U"\U00020000") + QStringLiteral("三");
        QCOMPARE(keySet(withUnknown), set({"zhangsan", "zs", "san", "s"}));
        QCOMPARE(keySet(QStringLiteral(" 张　三 ")), set({"zhangsan", "zs", "san", "s"}));
    }

    void keysOfEmptyNames()
    {
        QVERIFY(Pinyin::searchKeys(QString()).isEmpty());
        QVERIFY(Pinyin::searchKeys(QStringLiteral("")).isEmpty());
        QVERIFY(Pinyin::searchKeys(QStringLiteral(" ·-'，")).isEmpty());
        QVERIFY(Pinyin::searchKeys(QString::fromUcs4(U"\U00020000")).isEmpty());
    }

    void keysAreUnique()
    {
        for (const char* name : {"张三", "张张", "曾小乐", "单田芳", "那行乐重长都", "阿卜杜拉·买买提", "李A",
                                 "aaa", "王小小", "朝朝暮暮"}) {
            const QStringList keys = Pinyin::searchKeys(QString::fromUtf8(name));
            QVERIFY2(!keys.isEmpty(), name);
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
            for (const QString& k : keys)
                QCOMPARE(k, k.toLower());
        }
        QCOMPARE(keySet(QStringLiteral("张张")), set({"zhangzhang", "zz", "zhang", "z"}));
    }

    void combinationsAreCapped()
    {
        // 6 polyphonic characters: 那 行 乐 重 长 都 have 5·3·2·3·2·2 = 360 combinations.
        const QString name = QStringLiteral("那行乐重长都");
        qsizetype product = 1;
        qsizetype polyphonic = 0;
        const QList<uint> chars = name.toUcs4();
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const qsizetype n =
                i == 0 ? Pinyin::surnameReadings(chars[i]).size() : Pinyin::readings(chars[i]).size();
            product *= n;
            polyphonic += n > 1 ? 1 : 0;
        }
        QVERIFY(product > 100);
        QCOMPARE(polyphonic, chars.size());

        for (int cap : {1, 4, 16}) {
            // At most `cap` full keys and `cap` initials per start position.
            const QStringList keys = Pinyin::searchKeys(name, cap);
            QVERIFY2(keys.size() <= 2 * cap * chars.size(), qPrintable(QString::number(keys.size())));
            // The first combination is the preferred reading of every character.
            QString preferred = Pinyin::surnameReadings(chars[0]).value(0);
            for (qsizetype i = 1; i < chars.size(); ++i)
                preferred += Pinyin::readings(chars[i]).value(0);
            QCOMPARE(keys.value(0), preferred);
        }
        QCOMPARE(Pinyin::searchKeys(name, 1).size(), 2 * chars.size());
        QCOMPARE(Pinyin::searchKeys(name, 0).size(), 2 * chars.size()); // at least one combination
        QVERIFY(Pinyin::searchKeys(name, 1000).size() > Pinyin::searchKeys(name, 16).size());

        // Combinations come in order of preference: the preferred reading of every character, then
        // each character's second reading with the others preferred, and so on. With the cap at
        // 1 + the number of polyphonic characters, every second reading appears in some full key.
        const QStringList keys = Pinyin::searchKeys(name, int(1 + polyphonic));
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const QStringList r = i == 0 ? Pinyin::surnameReadings(chars[i]) : Pinyin::readings(chars[i]);
            QString expected;
            for (qsizetype j = 0; j < chars.size(); ++j) {
                const QStringList rj =
                    j == 0 ? Pinyin::surnameReadings(chars[j]) : Pinyin::readings(chars[j]);
                expected += rj.value(j == i ? 1 : 0);
            }
            QVERIFY2(keys.contains(expected), qPrintable(expected));
        }
    }

    void longTextIsBounded()
    {
        // Pasted text, not a name: only the first 64 parts are indexed.
        const QString text = QStringLiteral("那行乐重长都").repeated(200);
        QElapsedTimer timer;
        timer.start();
        const QStringList keys = Pinyin::searchKeys(text);
        QVERIFY(!keys.isEmpty());
        QVERIFY(keys.size() <= 2 * 16 * 64);
        QVERIFY(std::all_of(keys.cbegin(), keys.cend(), [](const QString& k) { return k.size() <= 64 * 5; }));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void normalisesQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces") << QStringLiteral("Zhang San") << QStringLiteral("zhangsan");
        QTest::newRow("apostrophe") << QStringLiteral("xi'an") << QStringLiteral("xian");
        QTest::newRow("hyphen") << QStringLiteral("ZHANG-san") << QStringLiteral("zhangsan");
        QTest::newRow("punctuation") << QStringLiteral(" z.s, ") << QStringLiteral("zs");
        QTest::newRow("digits") << QStringLiteral("138 0013-8000") << QStringLiteral("13800138000");
        QTest::newRow("han") << QStringLiteral("张 三") << QStringLiteral("张三");
        QTest::newRow("mixed") << QStringLiteral("张s") << QStringLiteral("张s");
        QTest::newRow("full-width") << QStringLiteral("ＺＳ　１") << QStringLiteral("zs1");
        QTest::newRow("tone marks") << QStringLiteral("Zhāng Sān") << QStringLiteral("zhangsan");
        QTest::newRow("ü") << QStringLiteral("Lǚ lü") << QStringLiteral("lvlv");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only punctuation") << QStringLiteral(" '-·，。") << QString();
    }

    void normalisesQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(Pinyin::normaliseQuery(query), expected);
    }

    void prefixSearch()
    {
        const QString name = QStringLiteral("张三");
        for (const char* q :
             {"zs", "zhangs", "zhang san", "Zhang San", "san", "zhang", "z", "s", "ZS", "zhangsan"})
            QVERIFY2(finds(name, q), q);
        for (const char* q : {"ls", "sz", "zhangsi", "zsx", "zhangsanfeng", ""})
            QVERIFY2(!finds(name, q), q);

        QVERIFY(finds(QStringLiteral("曾小乐"), "zxy"));
        QVERIFY(finds(QStringLiteral("曾小乐"), "zeng xiao yue"));
        QVERIFY(finds(QStringLiteral("曾小乐"), "cengxiaole"));
        QVERIFY(finds(QStringLiteral("曾小乐"), "xiaoy"));
        QVERIFY(finds(QStringLiteral("单田芳"), "stf"));
        QVERIFY(finds(QStringLiteral("单田芳"), "shan tian"));
        QVERIFY(finds(QStringLiteral("单田芳"), "dtf"));
        QVERIFY(finds(QStringLiteral("吕小花"), "lvx"));
        QVERIFY(finds(QStringLiteral("吕小花"), "lǚ"));
        QVERIFY(finds(QStringLiteral("李A"), "lia"));
        QVERIFY(finds(QStringLiteral("李A"), "La"));
        QVERIFY(!finds(QStringLiteral("李A"), "lb"));
    }

    // Cost of searchKeys for typical names (the demo data generator calls it 100,000 times).
    void searchKeysCost()
    {
        const QStringList names = typicalNames();
        QElapsedTimer timer;
        timer.start();
        Pinyin::searchKeys(names.front()); // loads the table
        const qint64 loadNs = timer.nsecsElapsed();
        qsizetype keys = 0;
        timer.restart();
        for (const QString& n : names)
            keys += Pinyin::searchKeys(n).size();
        const qint64 ns = timer.nsecsElapsed();
        qInfo("searchKeys: %.2f µs per name, %.1f keys per name (%lld names); first call %.1f ms",
              double(ns) / 1000.0 / double(names.size()), double(keys) / double(names.size()),
              static_cast<long long>(names.size()), double(loadNs) / 1e6);
        QVERIFY(keys > names.size());
    }

    void searchKeysBenchmark()
    {
        const QStringList names = typicalNames();
        QBENCHMARK
        {
            for (const QString& n : names)
                Pinyin::searchKeys(n);
        }
    }

private:
    // 10,000 two- and three-character names from common surnames and given-name characters, some
    // of them polyphonic.
    static QStringList typicalNames()
    {
        const QList<uint> surnames =
            QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曾单").toUcs4();
        const QList<uint> given =
            QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂乐行长重").toUcs4();
        QStringList names;
        names.reserve(10000);
        for (qsizetype i = 0; i < 10000; ++i) {
            QList<uint> n{surnames[i % surnames.size()], given[(i * 7) % given.size()]};
            if (i % 3 != 0)
                n.append(given[(i * 13 + 5) % given.size()]);
            names.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(n.constData()), n.size()));
        }
        return names;
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "TestPinyin.moc"
