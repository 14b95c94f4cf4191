#include "keys/RecoveryKey.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kq;

namespace {

const QString kCrockford = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QString text(const SecureBytes& key)
{
    return QString::fromLatin1(key.chars(), qsizetype(key.size()));
}

// A fixed, valid key with both 0 and 1 in it, for the substitution tests.
QString sampleKey()
{
    QString k;
    while (k.size() < 52)
        k += QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ10");
    return k.left(52);
}

} // namespace

class TestRecoveryKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatedKeyIs52CrockfordCharacters()
    {
        for (int i = 0; i < 20; ++i) {
            const SecureBytes key = RecoveryKey::generate();
            QCOMPARE(key.size(), std::size_t(52));
            for (QChar c : text(key))
                QVERIFY2(kCrockford.contains(c), qPrintable(text(key)));
        }
    }

    void generatedKeysDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(text(RecoveryKey::generate()));
        QCOMPARE(seen.size(), 50);
    }

    void formatGroupsOfFourWithDashes()
    {
        const SecureBytes key = RecoveryKey::generate();
        const QString shown = RecoveryKey::format(key);
        static const QRegularExpression grouped(QStringLiteral("^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$"));
        QVERIFY2(grouped.match(shown).hasMatch(), qPrintable(shown));
        QCOMPARE(QString(shown).remove(u'-'), text(key));
    }

    void formattedKeyNormalisesBack()
    {
        const SecureBytes key = RecoveryKey::generate();
        QVERIFY(RecoveryKey::normalise(RecoveryKey::format(key)).equals(key));
    }

    void typedVariantsAreAccepted_data()
    {
        QTest::addColumn<QString>("typed");
        const QString k = sampleKey();
        QString grouped;
        for (int i = 0; i < k.size(); i += 4)
            grouped += (i ? QStringLiteral(" ") : QString()) + k.mid(i, 4);
        QTest::newRow("as generated") << k;
        QTest::newRow("lower case") << k.toLower();
        QTest::newRow("groups with spaces") << grouped;
        QTest::newRow("groups with dashes") << QString(grouped).replace(u' ', u'-');
        QTest::newRow("leading and trailing space, tab, newline")
            << QStringLiteral("  ") + k.left(26) + QStringLiteral("\t\n") + k.mid(26) + QStringLiteral(" ");
        QTest::newRow("O for zero") << QString(k).replace(u'0', u'O');
        QTest::newRow("lower-case o for zero") << QString(k).replace(u'0', u'o');
        QTest::newRow("I for one") << QString(k).replace(u'1', u'I');
        QTest::newRow("L for one") << QString(k).replace(u'1', u'L');
        QTest::newRow("lower-case l for one") << QString(k).replace(u'1', u'l');
    }

    void typedVariantsAreAccepted()
    {
        QFETCH(QString, typed);
        const SecureBytes normalised = RecoveryKey::normalise(typed);
        QCOMPARE(text(normalised), sampleKey());
    }

    void impossibleKeysAreRejected_data()
    {
        QTest::addColumn<QString>("typed");
        const QString k = sampleKey();
        QTest::newRow("empty") << QString();
        QTest::newRow("only dashes") << QStringLiteral("----");
        QTest::newRow("one short") << k.left(51);
        QTest::newRow("one long") << k + QStringLiteral("A");
        QTest::newRow("twice") << k + k;
        QTest::newRow("U is not Crockford") << k.left(51) + QStringLiteral("U");
        QTest::newRow("punctuation") << k.left(51) + QStringLiteral("*");
        QTest::newRow("underscore separator") << k.left(26) + QStringLiteral("_") + k.mid(26);
        QTest::newRow("chinese character") << k.left(51) + QStringLiteral("康");
        QTest::newRow("full-width letter") << k.left(51) + QStringLiteral("Ａ");
        QTest::newRow("nul character") << k.left(51) + QChar(u'\0');
    }

    void impossibleKeysAreRejected()
    {
        QFETCH(QString, typed);
        QVERIFY(RecoveryKey::normalise(typed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
