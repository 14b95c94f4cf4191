#include "identity/PhoneNumber.h"

#include <QTest>

using namespace kq;

class TestPhoneNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("mobile");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("13812345678") << true
                                << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile 19x") << QStringLiteral("19912345678") << QStringLiteral("19912345678") << true
                                    << QStringLiteral("199 1234 5678");
        QTest::newRow("mobile, spaces") << QStringLiteral(" 138 1234 5678 ") << QStringLiteral("13812345678")
                                        << true << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile, dashes") << QStringLiteral("138-1234-5678") << QStringLiteral("13812345678")
                                        << true << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile, +86") << QStringLiteral("+86 138 1234 5678") << QStringLiteral("13812345678")
                                     << true << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile, +86-") << QStringLiteral("+86-13812345678") << QStringLiteral("13812345678")
                                      << true << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile, (+86)") << QStringLiteral("(+86) 13812345678") << QStringLiteral("13812345678")
                                       << true << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile, 0086") << QStringLiteral("0086 13812345678") << QStringLiteral("13812345678")
                                      << true << QStringLiteral("138 1234 5678");
        QTest::newRow("mobile, full-width")
            << QStringLiteral("１３８１２３４５６７８") << QStringLiteral("13812345678") << true
            << QStringLiteral("138 1234 5678");
        QTest::newRow("Beijing") << QStringLiteral("010-12345678") << QStringLiteral("01012345678") << false
                                 << QStringLiteral("010-12345678");
        QTest::newRow("Beijing, plain") << QStringLiteral("01062345678") << QStringLiteral("01062345678")
                                        << false << QStringLiteral("010-62345678");
        QTest::newRow("Beijing, brackets")
            << QStringLiteral("(010) 6234 5678") << QStringLiteral("01062345678") << false
            << QStringLiteral("010-62345678");
        QTest::newRow("full-width brackets")
            << QStringLiteral("（010）62345678") << QStringLiteral("01062345678") << false
            << QStringLiteral("010-62345678");
        QTest::newRow("Guangzhou") << QStringLiteral("020-87654321") << QStringLiteral("02087654321") << false
                                   << QStringLiteral("020-87654321");
        QTest::newRow("Chongqing") << QStringLiteral("023 6123 4567") << QStringLiteral("02361234567")
                                   << false << QStringLiteral("023-61234567");
        QTest::newRow("Hangzhou") << QStringLiteral("0571-87654321") << QStringLiteral("057187654321")
                                  << false << QStringLiteral("0571-87654321");
        QTest::newRow("7 digits") << QStringLiteral("0931-8765432") << QStringLiteral("09318765432") << false
                                  << QStringLiteral("0931-8765432");
        QTest::newRow("landline, +86") << QStringLiteral("+86 10 6234 5678") << QStringLiteral("01062345678")
                                       << false << QStringLiteral("010-62345678");
        QTest::newRow("landline, +86 (0)")
            << QStringLiteral("+86 (0)571 8765 4321") << QStringLiteral("057187654321") << false
            << QStringLiteral("0571-87654321");
        QTest::newRow("landline, 0086")
            << QStringLiteral("0086-571-87654321") << QStringLiteral("057187654321") << false
            << QStringLiteral("0571-87654321");
        QTest::newRow("extension, dash")
            << QStringLiteral("010-62345678-123") << QStringLiteral("01062345678-123") << false
            << QStringLiteral("010-62345678-123");
        QTest::newRow("extension, 转")
            << QStringLiteral("0571-87654321转8001") << QStringLiteral("057187654321-8001") << false
            << QStringLiteral("0571-87654321-8001");
        QTest::newRow("extension, ext")
            << QStringLiteral("(020) 8765 4321 ext. 12") << QStringLiteral("02087654321-12") << false
            << QStringLiteral("020-87654321-12");
        QTest::newRow("extension, EXT")
            << QStringLiteral("02087654321EXT12") << QStringLiteral("02087654321-12") << false
            << QStringLiteral("020-87654321-12");
        QTest::newRow("extension, 7-digit number")
            << QStringLiteral("0931-8765432-5") << QStringLiteral("09318765432-5") << false
            << QStringLiteral("0931-8765432-5");
    }
    void acceptsValidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QFETCH(bool, mobile);
        QFETCH(QString, formatted);
        const auto phone = PhoneNumber::parse(input);
        QVERIFY2(phone.ok(), qPrintable(phone.ok() ? QString() : phone.error().message));
        QCOMPARE(phone.value().digits, digits);
        QCOMPARE(phone.value().kind == PhoneNumber::Kind::Mobile, mobile);
        QCOMPARE(phone.value().formatted(), formatted);
        // Normalised and formatted forms parse back to the same number.
        for (const QString& again : {phone.value().digits, phone.value().formatted()}) {
            const auto reparsed = PhoneNumber::parse(again);
            QVERIFY2(reparsed.ok(), qPrintable(again));
            QCOMPARE(reparsed.value().digits, digits);
        }
    }

    void rejectsInvalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a phone number.");
        QTest::newRow("blank")
            << QStringLiteral("  - ")
            << QStringLiteral("A phone number may contain only digits, spaces, dashes, brackets, a leading "
                              "+86 and an extension.");
        QTest::newRow("letters") << QStringLiteral("138abcd5678")
                                 << QStringLiteral(
                                        "A phone number may contain only digits, spaces, dashes, brackets, a "
                                        "leading +86 and an extension.");
        QTest::newRow("plus inside")
            << QStringLiteral("138+12345678")
            << QStringLiteral("A phone number may contain only digits, spaces, dashes, brackets, a "
                              "leading +86 and an extension.");
        QTest::newRow("mobile 10 digits")
            << QStringLiteral("1381234567")
            << QStringLiteral("A mobile number has 11 digits; this one has 10.");
        QTest::newRow("mobile 12 digits")
            << QStringLiteral("138123456789")
            << QStringLiteral("A mobile number has 11 digits; this one has 12.");
        QTest::newRow("mobile 12x") << QStringLiteral("12812345678")
                                    << QStringLiteral("A mobile number starts with 13 to 19.");
        QTest::newRow("mobile +86, short")
            << QStringLiteral("+86 138 1234 567")
            << QStringLiteral("A mobile number has 11 digits; this one has 10.");
        QTest::newRow("no area code 8")
            << QStringLiteral("62345678")
            << QStringLiteral("Add the area code to the landline number, e.g. 010-12345678 or "
                              "0571-8765432.");
        QTest::newRow("no area code 7")
            << QStringLiteral("876-5432")
            << QStringLiteral("Add the area code to the landline number, e.g. 010-12345678 or "
                              "0571-8765432.");
        QTest::newRow("neither") << QStringLiteral("12345")
                                 << QStringLiteral("A mobile number has 11 digits; this one has 5.");
        QTest::newRow("neither, 2")
            << QStringLiteral("2345")
            << QStringLiteral("This is neither a mobile number (11 digits starting with 1) nor a "
                              "landline number with area code (starting with 0).");
        QTest::newRow("area 011")
            << QStringLiteral("011-62345678")
            << QStringLiteral("The area code is not valid: it is 010, 020 to 029, or four digits such "
                              "as 0571.");
        QTest::newRow("area 00")
            << QStringLiteral("00-62345678")
            << QStringLiteral("The area code is not valid: it is 010, 020 to 029, or four digits such as "
                              "0571.");
        QTest::newRow("local too short")
            << QStringLiteral("010-623456")
            << QStringLiteral("After the area code 010 a landline number has 7 or 8 digits; this "
                              "one has 6.");
        QTest::newRow("local too long")
            << QStringLiteral("0571876543210")
            << QStringLiteral("After the area code 0571 a landline number has 7 or 8 digits; this "
                              "one has 9.");
        QTest::newRow("local starts 0")
            << QStringLiteral("010-02345678")
            << QStringLiteral("After the area code 010 a landline number cannot start with 0.");
        QTest::newRow("mobile extension")
            << QStringLiteral("13812345678转12") << QStringLiteral("A mobile number has no extension.");
        QTest::newRow("missing extension") << QStringLiteral("010-62345678转")
                                           << QStringLiteral("The extension after the number is missing.");
        QTest::newRow("long extension") << QStringLiteral("010-62345678转1234567")
                                        << QStringLiteral("The extension must be 1 to 6 digits.");
        QTest::newRow("letter extension")
            << QStringLiteral("010-62345678 ext ab")
            << QStringLiteral("A phone number may contain only digits, spaces, dashes, "
                              "brackets, a leading +86 and an extension.");
    }
    void rejectsInvalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto phone = PhoneNumber::parse(input, QStringLiteral("guardian-phone"));
        QVERIFY(!phone.ok());
        QCOMPARE(phone.error().message, message);
        QCOMPARE(phone.error().field, QStringLiteral("guardian-phone"));
    }

    void namesTheDefaultField()
    {
        const auto phone = PhoneNumber::parse(QStringLiteral("123"));
        QVERIFY(!phone.ok());
        QCOMPARE(phone.error().field, QStringLiteral("phone"));
    }

    void masks_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("Beijing") << QStringLiteral("01062345678") << QStringLiteral("010-****5678");
        QTest::newRow("Hangzhou") << QStringLiteral("057187654321") << QStringLiteral("0571-****4321");
        QTest::newRow("7 digits") << QStringLiteral("09318765432") << QStringLiteral("0931-***5432");
        QTest::newRow("extension") << QStringLiteral("01062345678-123") << QStringLiteral("010-****5678");
        QTest::newRow("unnormalised") << QStringLiteral("+86 138 1234 5678") << QStringLiteral("138****5678");
        QTest::newRow("invalid") << QStringLiteral("12345678") << QStringLiteral("123***78");
        QTest::newRow("short") << QStringLiteral("110") << QStringLiteral("***");
        QTest::newRow("empty") << QString() << QString();
    }
    void masks()
    {
        QFETCH(QString, digits);
        QFETCH(QString, masked);
        QCOMPARE(PhoneNumber::mask(digits), masked);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
