#include "identity/ResidentId.h"

#include <QTest>

using namespace kq;

namespace {
const QDate kToday(2025, 6, 1);
}

class TestResidentId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void composeBuildsANumberThatParsesBack()
    {
        const QString number = ResidentId::compose(QStringLiteral("110105"), QDate(1990, 3, 7), 123);
        QCOMPARE(number, QStringLiteral("110105199003071239"));
        const Result<ResidentId> parsed = ResidentId::parse(number, QDate(2026, 1, 5));
        QVERIFY(parsed);
        QCOMPARE(parsed.value().gender, Gender::Male);
        const Result<ResidentId> woman = ResidentId::parse(
            ResidentId::compose(QStringLiteral("110105"), QDate(1975, 1, 1), 122), QDate(2026, 1, 5));
        QVERIFY(woman);
        QCOMPARE(woman.value().gender, Gender::Female); // even sequence
        QVERIFY(ResidentId::parse(ResidentId::compose(QStringLiteral("440106"), QDate(2001, 2, 28), 8),
                                  QDate(2026, 1, 5)));
    }

    void computesCheckCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("check");
        QTest::newRow("9") << QStringLiteral("11010519900307123") << QChar(u'9');
        QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(u'X');
        QTest::newRow("0") << QStringLiteral("11010520250601001") << QChar(u'0');
        QTest::newRow("4") << QStringLiteral("44030819850715123") << QChar(u'4');
        QTest::newRow("too short") << QStringLiteral("1101051990030712") << QChar();
        QTest::newRow("too long") << QStringLiteral("110105199003071239") << QChar();
        QTest::newRow("letter") << QStringLiteral("1101051990030712A") << QChar();
    }
    void computesCheckCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, check);
        QCOMPARE(ResidentId::checkCharacter(first17), check);
    }

    void acceptsValidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<Gender>("gender");
        QTest::addColumn<bool>("legacy");
        QTest::newRow("male") << QStringLiteral("110105199003071239") << QStringLiteral("110105199003071239")
                              << QDate(1990, 3, 7) << Gender::Male << false;
        QTest::newRow("female, check X")
            << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << Gender::Female << false;
        QTest::newRow("lower-case x")
            << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << Gender::Female << false;
        QTest::newRow("second X") << QStringLiteral("44030819850715008X")
                                  << QStringLiteral("44030819850715008X") << QDate(1985, 7, 15)
                                  << Gender::Female << false;
        QTest::newRow("shenzhen") << QStringLiteral("440308198507151234")
                                  << QStringLiteral("440308198507151234") << QDate(1985, 7, 15)
                                  << Gender::Male << false;
        QTest::newRow("leap day") << QStringLiteral("330106200002294564")
                                  << QStringLiteral("330106200002294564") << QDate(2000, 2, 29)
                                  << Gender::Female << false;
        QTest::newRow("check 8") << QStringLiteral("510123199001010018")
                                 << QStringLiteral("510123199001010018") << QDate(1990, 1, 1) << Gender::Male
                                 << false;
        QTest::newRow("sequence 999")
            << QStringLiteral("650101199912319991") << QStringLiteral("650101199912319991")
            << QDate(1999, 12, 31) << Gender::Male << false;
        QTest::newRow("check 2") << QStringLiteral("310115201211110052")
                                 << QStringLiteral("310115201211110052") << QDate(2012, 11, 11)
                                 << Gender::Male << false;
        QTest::newRow("abolished area code")
            << QStringLiteral("123456198001010121") << QStringLiteral("123456198001010121")
            << QDate(1980, 1, 1) << Gender::Female << false;
        QTest::newRow("born 1900-01-01")
            << QStringLiteral("11010519000101001X") << QStringLiteral("11010519000101001X")
            << QDate(1900, 1, 1) << Gender::Male << false;
        QTest::newRow("born today") << QStringLiteral("110105202506010010")
                                    << QStringLiteral("110105202506010010") << kToday << Gender::Male
                                    << false;
        QTest::newRow("spaces") << QStringLiteral(" 110105 19900307 1239 ")
                                << QStringLiteral("110105199003071239") << QDate(1990, 3, 7) << Gender::Male
                                << false;
        QTest::newRow("legacy, check X")
            << QStringLiteral("110105491231002") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << Gender::Female << true;
        QTest::newRow("legacy") << QStringLiteral("440308850715123") << QStringLiteral("440308198507151234")
                                << QDate(1985, 7, 15) << Gender::Male << true;
        QTest::newRow("legacy 1900") << QStringLiteral("330106000101456")
                                     << QStringLiteral("330106190001014560") << QDate(1900, 1, 1)
                                     << Gender::Female << true;
        QTest::newRow("legacy, spaces")
            << QStringLiteral("440308 850715 123") << QStringLiteral("440308198507151234")
            << QDate(1985, 7, 15) << Gender::Male << true;
    }
    void acceptsValidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, number);
        QFETCH(QDate, birth);
        QFETCH(Gender, gender);
        QFETCH(bool, legacy);
        const auto id = ResidentId::parse(input, kToday);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(id.value().number, number);
        QCOMPARE(id.value().areaCode, number.left(6));
        QCOMPARE(id.value().birthDate, birth);
        QCOMPARE(id.value().gender, gender);
        QCOMPARE(id.value().upgradedFromLegacy, legacy);
        // The normalised number parses to itself.
        const auto again = ResidentId::parse(id.value().number, kToday);
        QVERIFY(again.ok());
        QCOMPARE(again.value().number, number);
        QVERIFY(!again.value().upgradedFromLegacy);
    }

    void rejectsInvalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong check") << QStringLiteral("110105199003071238")
                                     << QStringLiteral(
                                            "The check character should be 9: the number was mistyped.");
        QTest::newRow("X expected") << QStringLiteral("110105194912310021")
                                    << QStringLiteral(
                                           "The check character should be X: the number was mistyped.");
        QTest::newRow("X not expected")
            << QStringLiteral("11010519900307123X")
            << QStringLiteral("The check character should be 9: the number was mistyped.");
        QTest::newRow("swapped digits")
            << QStringLiteral("110105199003071329")
            << QStringLiteral("The check character should be 7: the number was mistyped.");
        QTest::newRow("30 February") << QStringLiteral("110105199902301234")
                                     << QStringLiteral(
                                            "The birth date 19990230 in the ID number is not a valid date.");
        QTest::newRow("29 February 1900")
            << QStringLiteral("110105190002291234")
            << QStringLiteral("The birth date 19000229 in the ID number is not a valid date.");
        QTest::newRow("month 13") << QStringLiteral("110105199913011234")
                                  << QStringLiteral(
                                         "The birth date 19991301 in the ID number is not a valid date.");
        QTest::newRow("tomorrow") << QStringLiteral("110105202506020016")
                                  << QStringLiteral(
                                         "The birth date 20250602 in the ID number is in the future.");
        QTest::newRow("future") << QStringLiteral("110105203001010014")
                                << QStringLiteral(
                                       "The birth date 20300101 in the ID number is in the future.");
        QTest::newRow("before 1900") << QStringLiteral("110105189912310011")
                                     << QStringLiteral(
                                            "The birth date 18991231 in the ID number is before 1900.");
        QTest::newRow("letter") << QStringLiteral("11010519900307A239")
                                << QStringLiteral("The ID number may contain only digits and, as its last "
                                                  "character, X.");
        QTest::newRow("X inside") << QStringLiteral("1101051990X3071239")
                                  << QStringLiteral("The ID number may contain only digits and, as its last "
                                                    "character, X.");
        QTest::newRow("dashes") << QStringLiteral("110105-19900307-1239")
                                << QStringLiteral("The ID number may contain only digits and, as its last "
                                                  "character, X.");
        QTest::newRow("17 digits") << QStringLiteral("11010519900307123")
                                   << QStringLiteral(
                                          "The ID number must have 18 characters (or 15 for an old "
                                          "number); this one has 17.");
        QTest::newRow("19 digits") << QStringLiteral("1101051990030712391")
                                   << QStringLiteral(
                                          "The ID number must have 18 characters (or 15 for an old "
                                          "number); this one has 19.");
        QTest::newRow("16 digits") << QStringLiteral("1101054912310021")
                                   << QStringLiteral(
                                          "The ID number must have 18 characters (or 15 for an old "
                                          "number); this one has 16.");
        QTest::newRow("legacy with X")
            << QStringLiteral("11010549123100X")
            << QStringLiteral("A 15-digit ID number has no check character: it contains only digits.");
        QTest::newRow("legacy bad date")
            << QStringLiteral("110105990230123")
            << QStringLiteral("The birth date 19990230 in the ID number is not a valid date.");
        QTest::newRow("area 9")
            << QStringLiteral("910105199003071239")
            << QStringLiteral("The area code (the first six digits) must start with a digit from 1 to 8.");
        QTest::newRow("area 0")
            << QStringLiteral("010105199003071239")
            << QStringLiteral("The area code (the first six digits) must start with a digit from 1 to 8.");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the resident ID number.");
        QTest::newRow("spaces only") << QStringLiteral("   ")
                                     << QStringLiteral("Enter the resident ID number.");
    }
    void rejectsInvalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto id = ResidentId::parse(input, kToday);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().message, message);
        QCOMPARE(id.error().field, QStringLiteral("id-number"));
    }

    void masks_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18") << QStringLiteral("110105199003071234") << QStringLiteral("110105********1234");
        QTest::newRow("18 with X") << QStringLiteral("11010519491231002X")
                                   << QStringLiteral("110105********002X");
        QTest::newRow("15") << QStringLiteral("110105491231002") << QStringLiteral("110**********02");
        QTest::newRow("6") << QStringLiteral("123456") << QStringLiteral("123*56");
        QTest::newRow("5") << QStringLiteral("12345") << QStringLiteral("*****");
        QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("*");
        QTest::newRow("empty") << QString() << QString();
    }
    void masks()
    {
        QFETCH(QString, number);
        QFETCH(QString, masked);
        QCOMPARE(ResidentId::mask(number), masked);
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "TestResidentId.moc"
