// "A flipped byte anywhere is detected" (issue 10). TestWorkspace::flippedByteAnywhereIsDetected
// flips fixed offsets of every page; this test flips one bit at seeded random offsets over the whole
// database file and over the key-slot sidecar, and holds the stronger promise the issue means: each
// time, signing in fails as damaged/tampered, or `kangqiao check` (integrity_check) reports it, or —
// where the flipped byte carries nothing — every row reads back exactly as before. Changed data is
// never returned silently.

#include "CaseFixture.h"

#include "keys/KeySlotFile.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace kq;
using namespace kq::test;

namespace {

constexpr quint32 kSeed = 20261210; // fixed: a failure names an offset that fails again
constexpr int kDatabaseFlips = 40;
constexpr int kSidecarFlips = 16;
constexpr qint64 kPage = 4096;
constexpr qint64 kPadding = 12; // SQLCipher 3: the last 12 reserved bytes of a page are random padding

// Every row of every table, each as one line of quoted values, sorted: the store's content.
QByteArray contentDigest(Database& db)
{
    QStringList tables;
    {
        Statement s = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (s.step())
            tables << s.text(0);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        QStringList columns;
        {
            Statement s = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toStdString());
            while (s.step())
                columns << QStringLiteral("quote(\"%1\")").arg(s.text(1));
        }
        QStringList rows;
        Statement s = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"")
                                     .arg(columns.join(QStringLiteral("||'|'||")), table)
                                     .toStdString());
        while (s.step())
            rows << s.text(0);
        rows.sort();
        hash.addData(table.toUtf8() + '\n' + rows.join(u'\n').toUtf8() + '\n');
    }
    return hash.result();
}

void flipBit(const QString& path, qint64 offset, int bit)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ (1 << bit))));
}

void copyFolder(const QTemporaryDir& from, const QTemporaryDir& to)
{
    for (const QString& name : QDir(from.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY(QFile::copy(from.filePath(name), to.filePath(name)));
}

// What `kangqiao check` (integrity_check, foreign_key_check) and then signing in make of a store.
// The check reads first, with the raw key and without writing anything, so the content can be
// compared with the pristine store's; signing in writes (the sign-in's audit entry) and comes second.
struct Verdict {
    enum Kind { RefusedAsTampered, RefusedOtherwise, CheckFailed, Unchanged, Changed } kind;
    QString detail;
};

Verdict check(const QString& path, const SecureBytes& key, const QByteArray& expected)
{
    try {
        Database db(path, key, Database::OpenMode::ExistingOnly);
        const QString integrity = db.queryText("PRAGMA integrity_check");
        if (integrity != QStringLiteral("ok"))
            return {Verdict::CheckFailed, integrity};
        if (db.queryText("PRAGMA foreign_key_check") != QString())
            return {Verdict::CheckFailed, QStringLiteral("foreign_key_check")};
        return contentDigest(db) == expected ? Verdict{Verdict::Unchanged, {}}
                                             : Verdict{Verdict::Changed, {}};
    } catch (const StoreError& e) {
        return {Verdict::CheckFailed, e.message()};
    }
}

Verdict signIn(const StorePaths& paths, const Clock& clock)
{
    Workspace ws(paths, clock);
    const Result<void> r = ws.unlock(sampleSetup().username, secret(kPassword));
    if (!r)
        return {r.error().code == Workspace::Tampered ? Verdict::RefusedAsTampered
                                                      : Verdict::RefusedOtherwise,
                QStringLiteral("%1 %2").arg(r.error().code).arg(r.error().message)};
    return {Verdict::Unchanged, {}};
}

} // namespace

class TestSecurityTamper : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_pristine;
    ManualClock m_clock{kMondayMorning};
    QByteArray m_digest;
    SecureBytes m_key;
    qint64 m_size = 0;

private Q_SLOTS:
    void initTestCase()
    {
        createStore(pathsIn(m_pristine), m_clock);
        {
            Workspace ws(pathsIn(m_pristine), m_clock);
            KQ_VERIFY_OK(ws.unlock(sampleSetup().username, secret(kPassword)));
            // Enough records that the tables, their indexes and the audit log span many pages.
            CaseDriver driver(ws);
            for (int i = 0; i < 40; ++i) {
                ClientRecord person = samplePerson(QStringLiteral("测试对象%1").arg(i));
                person.notes = QStringLiteral("备注 %1 ").arg(i).repeated(20);
                driver.apply(person, voluntaryApplication(QDate(2026, 11, 23)));
            }
            m_key = copyOf(ws.databaseKey());
        } // closed: the WAL is folded in, as on a laptop that was shut down
        {
            Database db(pathsIn(m_pristine).database, m_key, Database::OpenMode::ExistingOnly);
            m_digest = contentDigest(db);
        }
        m_size = QFileInfo(pathsIn(m_pristine).database).size();
        QVERIFY2(m_size >= 20 * kPage, qPrintable(QString::number(m_size)));
        QVERIFY(!QFileInfo::exists(pathsIn(m_pristine).database + QStringLiteral("-wal")));
        // The pristine copy itself reads back as counted.
        QTemporaryDir dir;
        copyFolder(m_pristine, dir);
        QCOMPARE(check(pathsIn(dir).database, m_key, m_digest).kind, Verdict::Unchanged);
        QCOMPARE(signIn(pathsIn(dir), m_clock).kind, Verdict::Unchanged);
    }

    void flippedBitAtRandomOffsetsOfTheDatabaseIsDetected_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("bit");
        QRandomGenerator random(kSeed);
        for (int i = 0; i < kDatabaseFlips; ++i) {
            const qint64 offset = qint64(random.bounded(quint64(m_size)));
            const int bit = int(random.bounded(8));
            QTest::addRow("%lld.%d", offset, bit) << offset << bit;
        }
        // And both ends of the file, which a random pick may miss.
        QTest::addRow("first byte") << qint64(0) << 0;
        QTest::addRow("last page data") << m_size - kPage + 100 << 3;
    }

    void flippedBitAtRandomOffsetsOfTheDatabaseIsDetected()
    {
        QFETCH(qint64, offset);
        QFETCH(int, bit);
        QTemporaryDir dir;
        copyFolder(m_pristine, dir);
        flipBit(pathsIn(dir).database, offset, bit);
        if (QTest::currentTestFailed())
            return;
        const Verdict checked = check(pathsIn(dir).database, m_key, m_digest);
        const Verdict signedIn = signIn(pathsIn(dir), m_clock);
        const qint64 within = offset % kPage;
        const QString where = QStringLiteral("page %1, byte %2: check %3 %4, sign-in %5 %6")
                                  .arg(offset / kPage)
                                  .arg(within)
                                  .arg(checked.kind)
                                  .arg(checked.detail)
                                  .arg(signedIn.kind)
                                  .arg(signedIn.detail);
        // Never changed data that reads as sound.
        QVERIFY2(checked.kind != Verdict::Changed, qPrintable(where));
        // Damage is reported as damage (exit 6), not as a wrong password or a foreign file.
        QVERIFY2(signedIn.kind != Verdict::RefusedOtherwise, qPrintable(where));
        // Refused at sign-in, or reported by the check; only the random padding at the end of a
        // page carries nothing, so only there may a flip pass unnoticed — every row as it was.
        if (signedIn.kind != Verdict::RefusedAsTampered && checked.kind != Verdict::CheckFailed)
            QVERIFY2(checked.kind == Verdict::Unchanged && within >= kPage - kPadding, qPrintable(where));
    }

    void flippedBitInTheSidecarNeverOpensOtherData_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("bit");
        const qint64 size = QFileInfo(pathsIn(m_pristine).keySlots()).size();
        QVERIFY(size > 200);
        QRandomGenerator random(kSeed + 1);
        for (int i = 0; i < kSidecarFlips; ++i) {
            const qint64 offset = qint64(random.bounded(quint64(size)));
            const int bit = int(random.bounded(7)); // stays ASCII, as an editor's slip would
            QTest::addRow("%lld.%d", offset, bit) << offset << bit;
        }
    }

    void flippedBitInTheSidecarNeverOpensOtherData()
    {
        QFETCH(qint64, offset);
        QFETCH(int, bit);
        QTemporaryDir dir;
        copyFolder(m_pristine, dir);
        flipBit(pathsIn(dir).keySlots(), offset, bit);
        if (QTest::currentTestFailed())
            return;
        // The sidecar is only the sealed key: a damaged slot either does not open (the .bak copy
        // takes over when the file no longer parses) or opens the very same store.
        const Verdict signedIn = signIn(pathsIn(dir), m_clock);
        if (signedIn.kind == Verdict::Unchanged) {
            // The same key opens the same, sound store (the sign-in's audit entry added since).
            const Verdict checked = check(pathsIn(dir).database, m_key, QByteArray());
            QVERIFY2(checked.kind != Verdict::CheckFailed, qPrintable(checked.detail));
        }
        qInfo("sidecar byte %lld: %s", offset,
              qPrintable(signedIn.detail.isEmpty() ? QStringLiteral("opened") : signedIn.detail));
    }

    void damagedSlotOfTheSigningInPersonIsNotAWrongPassword()
    {
        // One character changed inside wang.li's sealed secret key: the file still parses, but its
        // checksum (key file version 2) does not match, so the intact .bak copy is read instead.
        QTemporaryDir dir;
        copyFolder(m_pristine, dir);
        const Result<KeySlotFile> slots = KeySlotFile::load(pathsIn(dir).keySlots());
        KQ_VERIFY_OK(slots);
        QByteArray sealed;
        for (const KeySlot& slot : slots.value().slots)
            if (slot.username == sampleSetup().username)
                sealed = slot.sealedSecretKey.toBase64();
        QByteArray bytes = fileBytes(pathsIn(dir).keySlots());
        const qsizetype at = bytes.indexOf(sealed);
        QVERIFY(!sealed.isEmpty() && at >= 0);
        const qsizetype middle = at + sealed.size() / 2;
        bytes[middle] = bytes[middle] == 'A' ? 'B' : 'A';
        QVERIFY(writeBytes(pathsIn(dir).keySlots(), bytes));
        QVERIFY(fileBytes(pathsIn(dir).keySlots() + QStringLiteral(".bak")).contains(sealed));

        const Verdict v = signIn(pathsIn(dir), m_clock);
        // The backup copy of the slot opens the store; it is not a wrong password.
        QVERIFY2(v.kind == Verdict::Unchanged, qPrintable(v.detail));
        // Whatever it says, it opens nothing else.
        QVERIFY(v.kind != Verdict::Changed);
    }
};

QTEST_GUILESS_MAIN(TestSecurityTamper)
#include "TestSecurityTamper.moc"
