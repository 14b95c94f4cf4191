#include "auth/PasswordPolicy.h"

#include <QTest>

using namespace kq;

class TestPasswordPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void weakPasswordsAreNotAcceptable_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("username");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("short") << QStringLiteral("Ab1-xyz") << QString();
        QTest::newRow("one below the minimum") << QStringLiteral("Ab1-xyzQw") << QString();
        QTest::newRow("common word with suffix") << QStringLiteral("password2024!") << QString();
        QTest::newRow("common, upper case") << QStringLiteral("PASSWORD2024!") << QString();
        QTest::newRow("keyboard walk") << QStringLiteral("Qwerty!2345678") << QString();
        QTest::newRow("digits") << QStringLiteral("1234567890abc") << QString();
        QTest::newRow("pinyin favourite") << QStringLiteral("woaini1314520") << QString();
        QTest::newRow("contains username") << QStringLiteral("My-wang.li-2024") << QStringLiteral("wang.li");
        QTest::newRow("contains username, other case")
            << QStringLiteral("My-WANG.LI-2024") << QStringLiteral("wang.li");
        QTest::newRow("one character repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << QString();
        QTest::newRow("two characters repeated") << QStringLiteral("abababababababab") << QString();
        QTest::newRow("four characters repeated") << QStringLiteral("Ab1!Ab1!Ab1!Ab1!") << QString();
        QTest::newRow("long but one kind of character") << QStringLiteral("kangqiaoriver") << QString();
    }

    void weakPasswordsAreNotAcceptable()
    {
        QFETCH(QString, password);
        QFETCH(QString, username);
        const PasswordStrength s = PasswordPolicy::evaluate(password, username);
        QVERIFY2(!s.acceptable(), qPrintable(PasswordPolicy::levelName(s.level)));
        QVERIFY(s.level <= PasswordStrength::Weak);
        QVERIFY(!s.hint.isEmpty()); // the person is told what to change
    }

    void shortPasswordHintNamesTheMinimumLength()
    {
        const PasswordStrength s = PasswordPolicy::evaluate(QStringLiteral("Ab1-x"));
        QCOMPARE(s.level, PasswordStrength::TooWeak);
        QVERIFY(s.hint.contains(QString::number(PasswordPolicy::kMinimumLength)));
    }

    void eachProblemGetsItsOwnHint()
    {
        const QString shortHint = PasswordPolicy::evaluate(QStringLiteral("Ab1-x")).hint;
        const QString commonHint = PasswordPolicy::evaluate(QStringLiteral("password2024!")).hint;
        const QString repeatHint = PasswordPolicy::evaluate(QStringLiteral("abababababab")).hint;
        QVERIFY(shortHint != commonHint);
        QVERIFY(commonHint != repeatHint);
        QVERIFY(shortHint != repeatHint);
    }

    void minimumLengthWithVarietyIsAcceptable()
    {
        const PasswordStrength s = PasswordPolicy::evaluate(QStringLiteral("Ab1-xyzQw9"));
        QVERIFY(s.acceptable());
    }

    void longMixedPasswordIsStrong()
    {
        const PasswordStrength s =
            PasswordPolicy::evaluate(QStringLiteral("Correct-Horse-7-Battery"), QStringLiteral("wang.li"));
        QCOMPARE(s.level, PasswordStrength::Strong);
        QVERIFY(s.acceptable());
        QCOMPARE(PasswordPolicy::levelName(s.level), QStringLiteral("Strong"));
    }

    void chinesePassphraseIsAcceptable()
    {
        const PasswordStrength s = PasswordPolicy::evaluate(QStringLiteral("我们的康复中心在朝阳区2024"));
        QVERIFY2(s.acceptable(), qPrintable(s.hint));
    }

    void longerIsNeverWeaker()
    {
        // Adding characters of a new kind and length never lowers the level.
        const auto level = [](const char* p) { return PasswordPolicy::evaluate(QString::fromUtf8(p)).level; };
        QVERIFY(level("kangqiaoriver") <= level("kangqiao river 7"));
        QVERIFY(level("kangqiao river 7") <= level("Kangqiao river 7 bridge"));
        QCOMPARE(level("Kangqiao river 7 bridge"), PasswordStrength::Strong);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
