// Backup and restore from the window, as a supervisor does it (decision 0021): the reminder, a
// backup made in the background and listed, a good backup restored (everyone signed out, the
// restored store opens), a damaged one refused with the store untouched.

#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "backup/BackupDialog.h"
#include "backup/BackupPage.h"
#include "backup/RestoreDialog.h"
#include "clients/ClientRepository.h"
#include "common/Banner.h"
#include "shell/MainWindow.h"
#include "shell/OverviewPage.h"
#include "store/Backup.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;

class TestBackupUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    StoreFixture m_store;

    QString addClient(const QString& name)
    {
        return CaseDriver(m_store.ws()).apply(samplePerson(name), voluntaryApplication(m_store.today()));
    }

    // The main window on the Backups page, once the overview's worker (its own connection) is done.
    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto w = std::make_unique<ui::MainWindow>(m_store.ws(), m_store.clock());
        auto* overview = child<ui::OverviewPage>(w.get(), "overviewPage");
        QSignalSpy shown(overview, &ui::OverviewPage::dueListShown);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()) || (shown.isEmpty() && !shown.wait(30'000)))
            qFatal("the main window did not show its overview");
        return w;
    }

    static QByteArray hashOf(const QString& path)
    {
        return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
    }

    // Runs the restore dialog from the Backups page on `backup`; `then` runs after its check.
    void checkBackupInDialog(ui::MainWindow& w, const QString& backup,
                             const std::function<void(ui::RestoreDialog*, bool)>& then)
    {
        QVERIFY(w.showPage(QStringLiteral("backupPage")));
        auto* page = child<ui::BackupPage>(&w, "backupPage");
        withDialog([&] { click(child<QPushButton>(page, "restoreBackup")); },
                   [&](QDialog* d) {
                       auto* dialog = qobject_cast<ui::RestoreDialog*>(d);
                       QVERIFY(dialog);
                       QVERIFY(!child<QPushButton>(dialog, "replaceDatabase")->isEnabled());
                       typeInto(dialog, "restoreFile", backup);
                       typeInto(dialog, "restorePassword", kPassword);
                       QSignalSpy checked(dialog, &ui::RestoreDialog::checked);
                       click(child<QPushButton>(dialog, "checkBackup"));
                       QVERIFY(checked.wait(30'000));
                       then(dialog, checked.first().first().toBool());
                   });
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settings); }
    void init() { m_store.open(kMondayMorning); }
    void cleanup() { m_store.close(); }

    void backupIsMadeInTheBackgroundAndListed()
    {
        addClient(QStringLiteral("张三"));
        auto w = openWindow();
        // No backup yet: the overview says so.
        auto* reminder = child<ui::Banner>(w.get(), "overviewBackupReminder");
        QVERIFY(reminder->isVisible());
        QVERIFY2(reminder->text().contains(QStringLiteral("No backup")), qPrintable(reminder->text()));

        QVERIFY(w->showPage(QStringLiteral("backupPage")));
        auto* page = child<ui::BackupPage>(w.get(), "backupPage");
        QCOMPARE(child<QTableWidget>(page, "backupHistory")->rowCount(), 0);
        const QString out = m_store.dir().filePath(QStringLiteral("monday.kqbak"));
        withDialog([&] { click(child<QPushButton>(page, "backUpNow")); },
                   [&](QDialog* d) {
                       auto* dialog = qobject_cast<ui::BackupDialog*>(d);
                       QVERIFY(dialog);
                       typeInto(dialog, "backupFile", out);
                       typeInto(dialog, "backupPassword", kPassword);
                       QSignalSpy finished(dialog, &ui::BackupDialog::finished);
                       click(child<QPushButton>(dialog, "startBackup"));
                       // The click returned while the copy runs: the window was not held up by it.
                       QVERIFY(dialog->isRunning());
                       QVERIFY(child<QProgressBar>(dialog, "backupProgress")->isVisible());
                       QVERIFY(!child<QPushButton>(dialog, "startBackup")->isEnabled());
                       QVERIFY(finished.wait(30'000));
                       QCOMPARE(finished.first().first().toBool(), true);
                       auto* banner = child<ui::Banner>(dialog, "backupBanner");
                       QCOMPARE(banner->kind(), ui::Banner::Kind::Success);
                       QVERIFY2(banner->text().contains(out), qPrintable(banner->text()));
                       QVERIFY2(banner->text().contains(QLocale().formattedDataSize(QFileInfo(out).size())),
                                qPrintable(banner->text()));
                       dialog->reject();
                   });
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".keys")));
        QCOMPARE(QFileInfo(out).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // Listed on the page, with where it went; the reminder is gone.
        QVERIFY2(child<QLabel>(page, "lastBackup")->text().contains(out),
                 qPrintable(child<QLabel>(page, "lastBackup")->text()));
        auto* history = child<QTableWidget>(page, "backupHistory");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Backup made"));
        QVERIFY(!child<ui::Banner>(page, "backupReminder")->isVisible());
        QVERIFY(w->showPage(QStringLiteral("overviewPage")));
        QVERIFY(!reminder->isVisible());

        // Eight days later, with the reminder set to a week, it is back.
        m_store.clock().advance(qint64(8) * 24 * 3600 * 1000);
        QVERIFY(w->showPage(QStringLiteral("backupPage")));
        QVERIFY(child<ui::Banner>(page, "backupReminder")->isVisible());
        QVERIFY(child<ui::Banner>(page, "backupReminder")->text().contains(QStringLiteral("8 day")));
    }

    void aGoodBackupIsRestoredAndEveryoneSignsInAgain()
    {
        const QString before = addClient(QStringLiteral("张三"));
        const QString backup = m_store.dir().filePath(QStringLiteral("a.kqbak"));
        KQ_VERIFY_OK(Backup::write(m_store.ws(), secret(kPassword), backup, false));
        const QString after = addClient(QStringLiteral("李四"));
        auto w = openWindow();
        QSignalSpy signOut(w.get(), &ui::MainWindow::signOutRequested);

        checkBackupInDialog(*w, backup, [&](ui::RestoreDialog* dialog, bool ok) {
            QVERIFY(ok);
            const QString summary = child<QLabel>(dialog, "restoreSummary")->text();
            QVERIFY2(summary.contains(QStringLiteral("before-restore")), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("centre.kqdb")), qPrintable(summary));
            QVERIFY(m_store.ws().isOpen()); // nothing replaced yet
            auto* replace = child<QPushButton>(dialog, "replaceDatabase");
            QVERIFY(replace->isEnabled());
            click(replace);
        });
        QCOMPARE(signOut.size(), 1);
        QVERIFY(!m_store.ws().isOpen());
        QVERIFY2(w->signOutNotice().contains(QStringLiteral("was restored")), qPrintable(w->signOutNotice()));
        QVERIFY2(w->signOutNotice().contains(QStringLiteral("before-restore")),
                 qPrintable(w->signOutNotice()));
        w.reset();

        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("wang.li"), secret(kPassword)));
        QVERIFY(ClientRepository(m_store.journal()).load(m_store.ws().actor(), before));
        QVERIFY(!ClientRepository(m_store.journal()).load(m_store.ws().actor(), after));
    }

    void aDamagedBackupIsRefusedAndTheStoreIsUntouched()
    {
        const QString client = addClient(QStringLiteral("张三"));
        const QString backup = m_store.dir().filePath(QStringLiteral("a.kqbak"));
        KQ_VERIFY_OK(Backup::write(m_store.ws(), secret(kPassword), backup, false));
        QByteArray bytes = fileBytes(backup);
        for (qsizetype i = 4096 + 100; i < 4096 + 164; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        QVERIFY(writeBytes(backup, bytes));
        const QString db = m_store.ws().paths().database;
        auto w = openWindow();
        QSignalSpy signOut(w.get(), &ui::MainWindow::signOutRequested);
        const QByteArray storeBefore = hashOf(db);

        checkBackupInDialog(*w, backup, [&](ui::RestoreDialog* dialog, bool ok) {
            QVERIFY(!ok);
            auto* banner = child<ui::Banner>(dialog, "restoreBanner");
            QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
            QVERIFY2(banner->text().contains(QStringLiteral("damaged")), qPrintable(banner->text()));
            QVERIFY(!child<QPushButton>(dialog, "replaceDatabase")->isEnabled());
            dialog->reject();
        });
        QCOMPARE(signOut.size(), 0);
        QVERIFY(m_store.ws().isOpen());
        QCOMPARE(hashOf(db), storeBefore);
        QCOMPARE(filesIn(m_store.dir()).filter(QStringLiteral("restoring")), QStringList());
        QVERIFY(ClientRepository(m_store.journal()).load(m_store.ws().actor(), client));
    }
};

QTEST_MAIN(TestBackupUi)
#include "TestBackupUi.moc"
