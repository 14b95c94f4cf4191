#include "scales/LocalText.h"
#include "scales/ScaleDefinition.h"
#include "scales/ScaleLibrary.h"
#include "scales/ScaleScore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace kq;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject text(const char* en)
{
    return {{QStringLiteral("zh"), s("中文")}, {QStringLiteral("en"), s(en)}};
}

QJsonObject option(int value)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("label"), text("option")}};
}

QJsonObject item(const char* id, QJsonArray options = {option(0), option(1), option(2)})
{
    return {{QStringLiteral("id"), s(id)},
            {QStringLiteral("text"), text("item")},
            {QStringLiteral("options"), options}};
}

// A small valid definition: items a and b scored 0–2, total 0–4, two bands, one rule.
QJsonObject valid()
{
    return {{QStringLiteral("id"), s("test")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), text("Test scale")},
            {QStringLiteral("items"), QJsonArray{item("a"), item("b")}},
            {QStringLiteral("total"), QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 4}}},
            {QStringLiteral("bands"), QJsonArray{QJsonObject{{QStringLiteral("min"), 0},
                                                             {QStringLiteral("max"), 1},
                                                             {QStringLiteral("label"), text("low")}},
                                                 QJsonObject{{QStringLiteral("min"), 2},
                                                             {QStringLiteral("max"), 4},
                                                             {QStringLiteral("label"), text("high")},
                                                             {QStringLiteral("flagged"), true}}}},
            {QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("kind"), s("total-at-least")},
                                                             {QStringLiteral("value"), 3},
                                                             {QStringLiteral("label"), text("rule")}}}}};
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject with(QJsonObject o, const char* key, const QJsonValue& value)
{
    o.insert(s(key), value);
    return o;
}

QJsonObject without(QJsonObject o, const char* key)
{
    o.remove(s(key));
    return o;
}

// `valid()` with the first element of the list under `key` changed by `edit`.
QJsonObject editFirst(const char* key, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject o = valid();
    QJsonArray list = o.value(s(key)).toArray();
    QJsonObject first = list.at(0).toObject();
    edit(first);
    list.replace(0, first);
    o.insert(s(key), list);
    return o;
}

QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/kangqiao/scales/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

// Answers with every item at `value`, then the listed overrides.
ScaleAnswers uniform(const ScaleDefinition& scale, int value, const ScaleAnswers& overrides = {})
{
    ScaleAnswers answers;
    for (const ScaleItem& i : scale.items)
        answers.insert(i.id, i.option(value) ? value : i.maxScore());
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

// Barthel answers at full marks with some items lowered: 100 minus what was taken off.
ScaleAnswers barthel(const ScaleDefinition& scale, const ScaleAnswers& lowered)
{
    ScaleAnswers answers;
    for (const ScaleItem& i : scale.items)
        answers.insert(i.id, i.maxScore());
    for (auto it = lowered.cbegin(); it != lowered.cend(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

} // namespace

#define KQ_VERIFY_OK(result)                                                                                 \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message))

class TestScales : public QObject {
    Q_OBJECT

private:
    ScaleLibrary m_library;

    const ScaleDefinition& scale(const char* id)
    {
        const ScaleDefinition* found = m_library.find(s(id));
        if (!found)
            qFatal("scale %s is not shipped", id);
        return *found;
    }

private Q_SLOTS:
    void shippedScalesLoad()
    {
        QVERIFY2(m_library.loadErrors().isEmpty(),
                 qPrintable(m_library.loadErrors().isEmpty() ? QString()
                                                             : m_library.loadErrors().front().message));
        QStringList ids;
        for (const ScaleDefinition& d : m_library.all())
            ids << d.id;
        QCOMPARE(ids, QStringList({s("barthel"), s("lawton-adl"), s("sdss")}));
        for (const QString& id : ids)
            QVERIFY(m_library.isShipped(id));

        QCOMPARE(scale("sdss").items.size(), 10);
        QCOMPARE(scale("sdss").totalMin, 0);
        QCOMPARE(scale("sdss").totalMax, 20);
        QCOMPARE(scale("sdss").items.front().text.zh, s("职业和工作"));
        QCOMPARE(scale("sdss").items.back().text.zh, s("责任心和计划性"));
        QCOMPARE(scale("barthel").items.size(), 10);
        QCOMPARE(scale("barthel").totalMin, 0);
        QCOMPARE(scale("barthel").totalMax, 100);
        QCOMPARE(scale("barthel").item(s("transfers"))->maxScore(), 15);
        QCOMPARE(scale("barthel").item(s("bathing"))->maxScore(), 5);
        QCOMPARE(scale("lawton-adl").items.size(), 14);
        QCOMPARE(scale("lawton-adl").totalMin, 14);
        QCOMPARE(scale("lawton-adl").totalMax, 56);
        QCOMPARE(scale("lawton-adl").items.front().text.zh, s("乘公共车辆"));
        QCOMPARE(scale("lawton-adl").items.back().text.zh, s("处理自己钱财"));

        // Shipped scales are complete in both languages.
        for (const ScaleDefinition& d : m_library.all()) {
            QVERIFY2(!d.name.zh.isEmpty() && !d.name.en.isEmpty(), qPrintable(d.id));
            QVERIFY2(!d.source.zh.isEmpty() && !d.source.en.isEmpty(), qPrintable(d.id));
            for (const ScaleItem& i : d.items) {
                QVERIFY2(!i.text.zh.isEmpty() && !i.text.en.isEmpty(), qPrintable(d.id + u' ' + i.id));
                for (const ScaleOption& o : i.options)
                    QVERIFY2(!o.label.zh.isEmpty() && !o.label.en.isEmpty(), qPrintable(d.id + u' ' + i.id));
            }
        }
    }

    void sdssExcludesNotApplicableAndFlagsFromTwo()
    {
        const ScaleDefinition& sdss = scale("sdss");
        const ScaleAnswers one = uniform(sdss, 0, {{s("work"), 1}, {s("marriage"), 9}, {s("parenting"), 9}});
        auto r = score(sdss, one);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 1);
        QCOMPARE(r.value().answered, 10);
        QCOMPARE(r.value().excluded, QStringList({s("marriage"), s("parenting")}));
        QVERIFY(r.value().complete());
        QVERIFY(!r.value().flagged);
        QVERIFY(r.value().flags.isEmpty());

        ScaleAnswers two = one;
        two.insert(s("withdrawal"), 1);
        r = score(sdss, two);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 2);
        QVERIFY(r.value().flagged);
        QCOMPARE(r.value().flags, QStringList{s("Social-function deficit")});

        // Every item not applicable: 9s add nothing.
        r = score(sdss, uniform(sdss, 9));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 0);
        QCOMPARE(r.value().excluded.size(), 10);
        QVERIFY(!r.value().flagged);

        r = score(sdss, uniform(sdss, 2));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 20);
    }

    void barthelBands()
    {
        const ScaleDefinition& b = scale("barthel");
        auto r = score(b, barthel(b, {}));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 100);
        QCOMPARE(r.value().bandIndex, std::optional<int>(0));
        QCOMPARE(r.value().band, s("Independent"));
        QVERIFY(!r.value().flagged);

        // Barthel totals move in steps of 5: 60 | 65 and 40 | 45 are the reachable sides of each cut.
        const auto bandAt = [&](const ScaleAnswers& lowered, int total) {
            auto result = score(b, barthel(b, lowered));
            if (!result.ok() || result.value().total != total)
                qFatal("unexpected Barthel total");
            return result.value();
        };
        const ScaleResult at65 =
            bandAt({{s("stairs"), 0}, {s("mobility"), 0}, {s("bathing"), 0}, {s("grooming"), 0}}, 65);
        QCOMPARE(at65.band, s("Mild dependence"));
        QVERIFY(!at65.flagged);
        const ScaleResult at60 = bandAt({{s("stairs"), 0}, {s("mobility"), 0}, {s("transfers"), 0}}, 60);
        QCOMPARE(at60.band, s("Moderate dependence"));
        QVERIFY(at60.flagged);
        const ScaleResult at45 = bandAt({{s("stairs"), 0},
                                         {s("mobility"), 0},
                                         {s("transfers"), 0},
                                         {s("grooming"), 0},
                                         {s("feeding"), 0}},
                                        45);
        QCOMPARE(at45.band, s("Moderate dependence"));
        const ScaleResult at40 = bandAt({{s("stairs"), 0},
                                         {s("mobility"), 0},
                                         {s("transfers"), 0},
                                         {s("feeding"), 0},
                                         {s("dressing"), 0}},
                                        40);
        QCOMPARE(at40.band, s("Severe dependence"));
        QVERIFY(at40.flagged);
        QCOMPARE(at40.bandIndex, std::optional<int>(3));

        // The exact cuts 60/61 and 40/41, with a one-point option added to the shipped bands.
        ScaleDefinition fine = b;
        fine.items[0].options.append(ScaleOption{1, {s("一分"), s("one point")}, false});
        const auto fineBand = [&](int restTotal) {
            ScaleAnswers answers = uniform(fine, 0);
            answers.insert(s("feeding"), 1);
            answers.insert(s("transfers"), 15);
            answers.insert(s("mobility"), 15);
            answers.insert(s("dressing"), 10);
            answers.insert(s("bowels"), restTotal >= 50 ? 10 : 0);
            answers.insert(s("bladder"), restTotal >= 60 ? 10 : 0);
            auto result = score(fine, answers);
            if (!result.ok() || result.value().total != restTotal + 1)
                qFatal("unexpected fine Barthel total");
            return result.value();
        };
        QCOMPARE(fineBand(40).total, 41);
        QCOMPARE(fineBand(40).band, s("Moderate dependence"));
        QCOMPARE(fineBand(60).total, 61);
        QCOMPARE(fineBand(60).band, s("Mild dependence"));
        QVERIFY(!fineBand(60).flagged);
        QCOMPARE(b.bands[1].min, 61);
        QCOMPARE(b.bands[2].max, 60);
        QCOMPARE(b.bands[2].min, 41);
        QCOMPARE(b.bands[3].max, 40);
    }

    void adlFlagsTotalOrTwoItemsAtThree()
    {
        const ScaleDefinition& adl = scale("lawton-adl");
        const QString byTotal = s("Marked functional impairment (total 22 or more)");
        const QString byItems = s("Marked functional impairment (two or more items at 3 or more)");
        const QStringList ids = [&] {
            QStringList list;
            for (const ScaleItem& i : adl.items)
                list << i.id;
            return list;
        }();
        // `twos` items at 2 and `threes` items at 3, the rest at 1.
        const auto answers = [&](int twos, int threes) {
            ScaleAnswers a = uniform(adl, 1);
            for (int i = 0; i < threes; ++i)
                a.insert(ids[i], 3);
            for (int i = threes; i < threes + twos; ++i)
                a.insert(ids[i], 2);
            return a;
        };

        auto r = score(adl, answers(0, 0));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 14);
        QVERIFY(!r.value().flagged);

        r = score(adl, answers(7, 0));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 21);
        QVERIFY(!r.value().flagged);
        QVERIFY(r.value().flags.isEmpty());

        r = score(adl, answers(8, 0));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 22);
        QVERIFY(r.value().flagged);
        QCOMPARE(r.value().flags, QStringList{byTotal});

        r = score(adl, answers(5, 1)); // one item at 3 is not enough
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 21);
        QVERIFY(!r.value().flagged);

        r = score(adl, answers(0, 2));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 18);
        QVERIFY(r.value().flagged);
        QCOMPARE(r.value().flags, QStringList{byItems});

        r = score(adl, answers(4, 2));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 22);
        QCOMPARE(r.value().flags, QStringList({byTotal, byItems}));
    }

    void refusesAnswersOutsideTheOptions()
    {
        const ScaleDefinition& b = scale("barthel");
        auto r = score(b, barthel(b, {{s("feeding"), 7}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, s("feeding"));
        QVERIFY2(r.error().message.contains(s("'feeding'")) && r.error().message.contains(s("7")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(s("0, 5, 10")), qPrintable(r.error().message));

        // 9 is "not applicable" in SDSS only.
        r = score(b, barthel(b, {{s("stairs"), 9}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, s("stairs"));

        r = score(b, barthel(b, {{s("swimming"), 5}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, s("swimming"));
        QVERIFY2(r.error().message.contains(s("'swimming'")), qPrintable(r.error().message));
    }

    void reportsMissingItems()
    {
        const ScaleDefinition& sdss = scale("sdss");
        auto r = score(sdss, {{s("work"), 2}, {s("self-care"), 1}, {s("interest"), 9}});
        KQ_VERIFY_OK(r);
        QVERIFY(!r.value().complete());
        QCOMPARE(r.value().answered, 3);
        QCOMPARE(r.value().total, 3);
        QCOMPARE(r.value().excluded, QStringList{s("interest")});
        QCOMPARE(r.value().missing,
                 QStringList({s("marriage"), s("parenting"), s("withdrawal"), s("outside-activities"),
                              s("household-inactivity"), s("family-role"), s("responsibility")}));
        QVERIFY(r.value().flagged); // 3 already passes 2, whatever the rest

        // No band for a partial answer set: the missing answers could change it.
        const ScaleDefinition& b = scale("barthel");
        ScaleAnswers partial = barthel(b, {});
        partial.remove(s("stairs"));
        r = score(b, partial);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 90);
        QCOMPARE(r.value().missing, QStringList{s("stairs")});
        QVERIFY(!r.value().bandIndex.has_value());
        QVERIFY(r.value().band.isEmpty());
        QVERIFY(!r.value().flagged);

        // ADL: a rule fires early only when the lowest possible rest (1 per item) still reaches 22.
        const ScaleDefinition& adl = scale("lawton-adl");
        ScaleAnswers answers;
        for (int i = 0; i < 10; ++i)
            answers.insert(adl.items[i].id, 2); // 20, plus at least 4 for the missing four
        r = score(adl, answers);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().total, 20);
        QCOMPARE(r.value().missing.size(), 4);
        QVERIFY(r.value().flagged);
        answers.clear();
        for (int i = 0; i < 5; ++i)
            answers.insert(adl.items[i].id, 2); // 10, plus at least 9: 19 could still end below 22
        r = score(adl, answers);
        KQ_VERIFY_OK(r);
        QVERIFY(!r.value().flagged);
    }

    void parsesAValidDefinition()
    {
        auto r = ScaleDefinition::parse(bytes(valid()), s("test.json"));
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().id, s("test"));
        QCOMPARE(r.value().items.size(), 2);
        QCOMPARE(r.value().bands.size(), 2);
        QCOMPARE(r.value().rules.size(), 1);
        QCOMPARE(r.value().rules[0].value, 3);
        auto scored = score(r.value(), {{s("a"), 2}, {s("b"), 1}});
        KQ_VERIFY_OK(scored);
        QCOMPARE(scored.value().total, 3);
        QCOMPARE(scored.value().bandIndex, std::optional<int>(1));
        QCOMPARE(scored.value().flags, QStringList{s("rule")});
    }

    void refusesMalformedDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("bad JSON") << QByteArray("{\"id\": \"x\",")
                                  << s("test.json: the file is not valid JSON");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << s("test.json: the file must hold one JSON object.");
        QTest::newRow("empty file") << QByteArray() << s("test.json: the file is not valid JSON");
        QTest::newRow("huge file") << QByteArray(ScaleDefinition::kMaxFileBytes + 1, ' ')
                                   << s("test.json: the file is larger than 1024 KB");
        QTest::newRow("missing items")
            << bytes(without(valid(), "items")) << s("test.json: the scale has no 'items'.");
        QTest::newRow("empty items") << bytes(with(valid(), "items", QJsonArray{}))
                                     << s("test.json: the scale has no items.");
        QTest::newRow("items not a list") << bytes(with(valid(), "items", s("a, b")))
                                          << s("test.json: 'items' of the scale must be a list.");
        QTest::newRow("item without options")
            << bytes(editFirst("items", [](QJsonObject& i) { i.remove(s("options")); }))
            << s("test.json: item 'a' has no options.");
        QTest::newRow("item with empty options")
            << bytes(editFirst("items", [](QJsonObject& i) { i.insert(s("options"), QJsonArray{}); }))
            << s("test.json: item 'a' has no options.");
        QTest::newRow("duplicate item ids") << bytes(with(valid(), "items", QJsonArray{item("a"), item("a")}))
                                            << s("test.json: the item id 'a' is used twice.");
        QTest::newRow("empty item id") << bytes(with(valid(), "items", QJsonArray{item(""), item("b")}))
                                       << s("test.json: item 1 has the id ''");
        QTest::newRow("item id with spaces")
            << bytes(with(valid(), "items", QJsonArray{item("a"), item("b c")}))
            << s("test.json: item 2 has the id 'b c'");
        QTest::newRow("missing item id")
            << bytes(editFirst("items", [](QJsonObject& i) { i.remove(s("id")); }))
            << s("test.json: item 1 has no 'id'.");
        QTest::newRow("duplicate option values")
            << bytes(with(valid(), "items",
                          QJsonArray{item("a", {option(0), option(1), option(1)}), item("b")}))
            << s("test.json: item 'a' has two options with the value 1.");
        QTest::newRow("fractional value") << bytes(editFirst("items", [](QJsonObject& i) {
            i.insert(s("options"),
                     QJsonArray{option(0), QJsonObject{{s("value"), 1.5}, {s("label"), text("x")}}});
        })) << s("test.json: 'value' of option 2 of item 'a' must be a whole number");
        QTest::newRow("value as text") << bytes(editFirst("items", [](QJsonObject& i) {
            i.insert(s("options"), QJsonArray{QJsonObject{{s("value"), s("1")}, {s("label"), text("x")}}});
        })) << s("test.json: 'value' of option 1 of item 'a' must be a whole number");
        QTest::newRow("enormous value") << bytes(editFirst("items", [](QJsonObject& i) {
            i.insert(s("options"), QJsonArray{QJsonObject{{s("value"), 1e300}, {s("label"), text("x")}}});
        })) << s("test.json: 'value' of option 1 of item 'a' must be a whole number");
        QTest::newRow("only not applicable") << bytes(editFirst("items", [](QJsonObject& i) {
            i.insert(s("options"), QJsonArray{with(option(9), "notApplicable", true)});
        })) << s("test.json: item 'a' has only not-applicable options.");
        QTest::newRow("misspelt field") << bytes(editFirst("items", [](QJsonObject& i) {
            i.insert(s("options"), QJsonArray{option(0), option(1), with(option(2), "notApplicabel", true)});
        })) << s("test.json: option 3 of item 'a' has an unknown field 'notApplicabel'.");
        QTest::newRow("text without language")
            << bytes(with(valid(), "name", QJsonObject{{s("fr"), s("Échelle")}}))
            << s("test.json: 'name' of the scale has the unknown language 'fr'");
        QTest::newRow("empty text") << bytes(with(valid(), "name", QJsonObject{{s("zh"), s(" ")}}))
                                    << s("test.json: 'name' of the scale has neither Chinese");
        QTest::newRow("text as string") << bytes(with(valid(), "name", s("Test")))
                                        << s("test.json: 'name' of the scale must be an object");
        QTest::newRow("bad scale id")
            << bytes(with(valid(), "id", s("../etc"))) << s("test.json: the scale id '../etc' is not valid");
        QTest::newRow("version zero") << bytes(with(valid(), "version", 0))
                                      << s("test.json: the version of the scale must be 1 or more.");
        QTest::newRow("missing total")
            << bytes(without(valid(), "total")) << s("test.json: the scale has no 'total'.");
        QTest::newRow("total mismatch")
            << bytes(with(valid(), "total", QJsonObject{{s("min"), 0}, {s("max"), 5}}))
            << s("test.json: the total range 0–5 does not match the items, which add up to 0–4.");
        QTest::newRow("band out of range")
            << bytes(editFirst("bands", [](QJsonObject& b) { b.insert(s("max"), 30); }))
            << s("test.json: band 1 (0–30) lies outside the total range 0–4.");
        QTest::newRow("band below range")
            << bytes(editFirst("bands", [](QJsonObject& b) { b.insert(s("min"), -1); }))
            << s("test.json: band 1 (-1–1) lies outside the total range 0–4.");
        QTest::newRow("band upside down")
            << bytes(editFirst("bands", [](QJsonObject& b) { b.insert(s("min"), 2); }))
            << s("test.json: band 1 has its minimum 2 above its maximum 1.");
        QTest::newRow("bands overlap")
            << bytes(editFirst("bands", [](QJsonObject& b) { b.insert(s("max"), 2); }))
            << s("test.json: band 1 and band 2 overlap.");
        QTest::newRow("unknown rule kind")
            << bytes(editFirst("rules", [](QJsonObject& r) { r.insert(s("kind"), s("total-above")); }))
            << s("test.json: rule 1 has the unknown kind 'total-above'");
        QTest::newRow("rule never fires")
            << bytes(editFirst("rules", [](QJsonObject& r) { r.insert(s("value"), 5); }))
            << s("test.json: rule 1: the value 5 must be more than 0 and at most 4, or the rule always or "
                 "never fires.");
        QTest::newRow("count on a total rule")
            << bytes(editFirst("rules", [](QJsonObject& r) { r.insert(s("count"), 2); }))
            << s("test.json: rule 1 has an unknown field 'count'.");
        QTest::newRow("items rule without count")
            << bytes(editFirst("rules", [](QJsonObject& r) { r.insert(s("kind"), s("items-at-least")); }))
            << s("test.json: rule 1 has no 'count'.");
        QTest::newRow("items rule count too high") << bytes(editFirst("rules", [](QJsonObject& r) {
            r.insert(s("kind"), s("items-at-least"));
            r.insert(s("count"), 3);
        })) << s("test.json: rule 1: the count 3 must be from 1 to 2");
        QTest::newRow("items rule out of reach") << bytes(editFirst("rules", [](QJsonObject& r) {
            r.insert(s("kind"), s("items-at-least"));
            r.insert(s("value"), 3);
            r.insert(s("count"), 1);
        })) << s("test.json: rule 1 can never fire");
        QTest::newRow("items rule always fires") << bytes(editFirst("rules", [](QJsonObject& r) {
            r.insert(s("kind"), s("items-at-least"));
            r.insert(s("value"), 0);
            r.insert(s("count"), 2);
        })) << s("test.json: rule 1 always fires: every option of 2 items is 0 or more.");

        QJsonArray many;
        for (int i = 0; i <= ScaleDefinition::kMaxItems; ++i)
            many.append(item(QByteArray("i" + QByteArray::number(i)).constData()));
        QTest::newRow("too many items") << bytes(with(valid(), "items", many))
                                        << s("test.json: the scale has 201 items; at most 200 are allowed.");
        QJsonArray options;
        for (int v = 0; v <= ScaleDefinition::kMaxOptions; ++v)
            options.append(option(v));
        QTest::newRow("too many options") << bytes(with(valid(), "items", QJsonArray{item("a", options)}))
                                          << s("test.json: item 'a' has 51 options; at most 50 are allowed.");
    }

    void refusesMalformedDefinitions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto r = ScaleDefinition::parse(json, s("test.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(expected),
                 qPrintable(s("got: ") + r.error().message + s("\nwanted: ") + expected));
        QVERIFY(r.error().message.endsWith(u'.'));
    }

    // Truncated and corrupted copies of the shipped files: each either parses or is refused naming
    // the file, and none crashes (a first taste of the fuzzing to come).
    void survivesCorruptedFiles()
    {
        QRandomGenerator random(20260105);
        int refused = 0;
        for (const char* name : {"sdss.json", "barthel.json", "lawton-adl.json"}) {
            const QByteArray original = resource(s(name));
            QVERIFY(!original.isEmpty());
            for (int n = 0; n < 400; ++n) {
                QByteArray copy = original;
                if (n % 2 == 0) {
                    copy.truncate(random.bounded(int(copy.size())));
                } else {
                    for (int k = 0; k < 3; ++k)
                        copy[random.bounded(int(copy.size()))] = char(random.bounded(256));
                }
                auto r = ScaleDefinition::parse(copy, s(name));
                if (!r.ok()) {
                    ++refused;
                    QVERIFY2(r.error().message.startsWith(s(name) + s(": ")), qPrintable(r.error().message));
                }
            }
        }
        QVERIFY(refused > 600);
    }

    void centreDirectoryAddsScales()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(s("centre-wellbeing.json")),
                  bytes(with(valid(), "id", s("centre-wellbeing"))));
        writeFile(dir.filePath(s("my-sdss.json")), resource(s("sdss.json")));
        writeFile(dir.filePath(s("broken.json")), "{ \"id\": ");
        writeFile(dir.filePath(s("notes.txt")), "not a scale");

        const ScaleLibrary library(dir.path());
        QStringList ids;
        for (const ScaleDefinition& d : library.all())
            ids << d.id;
        QCOMPARE(ids, QStringList({s("barthel"), s("lawton-adl"), s("sdss"), s("centre-wellbeing")}));
        QVERIFY(!library.isShipped(s("centre-wellbeing")));
        QVERIFY(library.find(s("centre-wellbeing")));
        QCOMPARE(library.find(s("centre-wellbeing"))->items.size(), 2);
        QCOMPARE(library.find(s("sdss"))->items.size(), 10); // the shipped one, not the copy

        QCOMPARE(library.loadErrors().size(), 2);
        const Error& broken = library.loadErrors().at(0);
        QCOMPARE(broken.code, int(ScaleLibrary::Invalid));
        QVERIFY2(broken.message.startsWith(s("broken.json: the file is not valid JSON")),
                 qPrintable(broken.message));
        const Error& duplicate = library.loadErrors().at(1);
        QCOMPARE(duplicate.code, int(ScaleLibrary::DuplicateId));
        QCOMPARE(duplicate.message, s("my-sdss.json: the scale id 'sdss' is already used by a scale shipped "
                                      "with Kangqiao; the file is "
                                      "skipped."));
    }

    void missingCentreDirectoryHoldsNoScales()
    {
        const ScaleLibrary library(s("/nonexistent/kangqiao-scales"));
        QCOMPARE(library.all().size(), 3);
        QVERIFY(library.loadErrors().isEmpty());
    }

    void textFollowsTheLocale()
    {
        const QLocale saved;
        const LocalText both{s("功能明显障碍"), s("Marked impairment")};
        QCOMPARE(both.text(QLocale(QLocale::Chinese, QLocale::China)), s("功能明显障碍"));
        QCOMPARE(both.text(QLocale(QLocale::English, QLocale::UnitedKingdom)), s("Marked impairment"));
        const LocalText chineseOnly{s("只有中文"), {}};
        const LocalText englishOnly{{}, s("English only")};
        QCOMPARE(chineseOnly.text(QLocale(QLocale::English)), s("只有中文"));
        QCOMPARE(englishOnly.text(QLocale(QLocale::Chinese)), s("English only"));

        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(both.text(), s("功能明显障碍"));
        auto r = score(scale("sdss"), uniform(scale("sdss"), 1));
        QLocale::setDefault(saved);
        KQ_VERIFY_OK(r);
        QCOMPARE(r.value().flags, QStringList{s("社会功能缺陷")});
    }
};

QTEST_GUILESS_MAIN(TestScales)
#include "TestScales.moc"
