#include "FieldRevisions.h"
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

using kq::platform::FieldRevisions;

namespace {
// JSON written with single quotes, to keep the expectations readable.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

// The store's JSON text, written without QJsonDocument: record fields (the same values back) and
// the per-field revisions the merge reads (grouped, and the first per-field form still read).
class TestStoreText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNewRecordIsOneGroup()
    {
        const FieldRevisions r = FieldRevisions::allAt(7, QStringLiteral("dev-a"),
                                                       {QStringLiteral("phone"), QStringLiteral("name")});
        QCOMPARE(r.toText(), json("[[7,'dev-a',['name','phone']]]"));
        QCOMPARE(r.rev(QStringLiteral("phone")), 7);
        QCOMPARE(r.changedBy(QStringLiteral("name")), QStringLiteral("dev-a"));
        QCOMPARE(r.rev(QStringLiteral("address")), 0);
        QCOMPARE(r.changedBy(QStringLiteral("address")), QString());
    }

    void aChangeMovesTheFieldToItsGroup()
    {
        FieldRevisions r = FieldRevisions::allAt(7, QStringLiteral("dev-a"),
                                                 {QStringLiteral("name"), QStringLiteral("phone")});
        r.set(QStringLiteral("phone"), 9, QStringLiteral("dev-b"));
        r.set(QStringLiteral("address"), 9, QStringLiteral("dev-b"));
        QCOMPARE(r.toText(), json("[[7,'dev-a',['name']],[9,'dev-b',['address','phone']]]"));
        r.set(QStringLiteral("name"), 12, QStringLiteral("dev-a"));
        QCOMPARE(r.toText(), json("[[9,'dev-b',['address','phone']],[12,'dev-a',['name']]]"));
        QCOMPARE(FieldRevisions::fromText(r.toText()).toText(), r.toText());
    }

    void theFirstFormIsStillRead()
    {
        const FieldRevisions r = FieldRevisions::fromText(
            json("{'name':[3,'dev-a'],'phone':[5,'dev-b'],'risk_level':[3,'dev-a']}"));
        QCOMPARE(r.rev(QStringLiteral("phone")), 5);
        QCOMPARE(r.changedBy(QStringLiteral("phone")), QStringLiteral("dev-b"));
        QCOMPARE(r.changedBy(QStringLiteral("risk_level")), QStringLiteral("dev-a"));
        QCOMPARE(r.toText(), json("[[3,'dev-a',['name','risk_level']],[5,'dev-b',['phone']]]"));
    }

    void fieldsReadBackAsTheyWere()
    {
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("测试对象 \"引号\" \\ 😀")},
                                 {QStringLiteral("notes"), QStringLiteral("line\nbreak\ttab\u0001\u001f")},
                                 {QStringLiteral("risk_level"), -1},
                                 {QStringLiteral("big"), 9007199254740993LL},
                                 {QStringLiteral("ratio"), 0.1},
                                 {QStringLiteral("tiny"), 1e-300},
                                 {QStringLiteral("low_income"), false},
                                 {QStringLiteral("severe"), true},
                                 {QStringLiteral("phone"), QJsonValue::Null},
                                 {QStringLiteral(""), QString()},
                                 {QStringLiteral("list"), QJsonArray{1, QStringLiteral("a"), QJsonObject{}}}};
        const QByteArray text = kq::platform::JsonText::compact(fields);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), fields);
        QVERIFY(text.contains("9007199254740993"));
    }

    void typicalFieldsAreWhatQJsonDocumentWrites()
    {
        const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("测试对象0")},
                                 {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
                                 {QStringLiteral("risk_level"), -1},
                                 {QStringLiteral("disability_level"), 0},
                                 {QStringLiteral("low_income"), false},
                                 {QStringLiteral("address"), QStringLiteral("天河路1号 \"东\"")}};
        QCOMPARE(kq::platform::JsonText::compact(fields),
                 QJsonDocument(fields).toJson(QJsonDocument::Compact));
    }

    void aLoneSurrogateBecomesTheReplacementCharacter()
    {
        QByteArray out;
        kq::platform::JsonText::appendString(out, QString(QChar(0xd800)) + QStringLiteral("x"));
        QCOMPARE(out, QByteArray("\"\xef\xbf\xbdx\""));
    }

    void namesAreEscaped()
    {
        const FieldRevisions r = FieldRevisions::allAt(1, QStringLiteral("d\"1"),
                                                       {QStringLiteral("a\\b"), QStringLiteral("x\ny")});
        QCOMPARE(r.toText(), QByteArray("[[1,\"d\\\"1\",[\"a\\\\b\",\"x\\ny\"]]]"));
        QCOMPARE(FieldRevisions::fromText(r.toText()).changedBy(QStringLiteral("x\ny")),
                 QStringLiteral("d\"1"));
    }
};

QTEST_GUILESS_MAIN(TestStoreText)
#include "TestStoreText.moc"
