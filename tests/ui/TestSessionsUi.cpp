#include "GuiTestSupport.h"
#include "SessionFixture.h"

#include "assessments/PlanRepository.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientsPage.h"
#include "common/Banner.h"
#include "core/DateText.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionLogRepository.h"
#include "sessions/SessionsPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

using namespace kq;
using namespace kq::test;

class TestSessionsUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    QString m_itemKey;
    int m_keys = 0; // keys pressed besides the typed notes

    const Actor& me() { return m_store.ws().actor(); }
    QDate today() const { return m_store.today(); }
    SessionLogRepository sessions() { return SessionLogRepository(m_store.journal()); }

    // One key press as a person would make it, to whatever has the focus; counted.
    void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, key, modifiers);
    }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
        m_itemKey = addDayTraining(m_store.journal(), me());
        m_keys = 0;
    }
    void cleanup() { m_store.close(); }

    void logsASessionFromTheClientListWithKeysOnly()
    {
        const QString client = servedClient(m_store.ws(), me(), QStringLiteral("王强"), m_itemKey, today());
        const Plan plan = PlanRepository(m_store.journal()).current(me(), client).value();
        ui::ClientsPage page(m_store.ws());
        page.resize(1200, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        page.activate();

        // The client is found by the initials of the name; the search itself is not counted.
        typeText(QApplication::focusWidget(), QStringLiteral("wq"));
        press(&page, Qt::Key_Return); // one match: opens the client
        const QString notes = QStringLiteral("按时服药，参加手工小组，情绪平稳。");
        withDialog([&] { press(&page, Qt::Key_J, Qt::ControlModifier); },
                   [&](QDialog* d) {
                       // The dialog opens with the focus in the notes (activation reaches the widget a moment
                       // later).
                       QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(d, "observations"));
                       typeText(QApplication::focusWidget(), notes);
                       press(d, Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY(!d->isVisible());
                   });
        qInfo("A complete session log took %d keys besides the notes.", m_keys);
        QCOMPARE(m_keys, 3); // Enter, Ctrl+J, Ctrl+Return: the README says so

        const QList<SessionLog> logs = sessions().list(me(), client).value();
        QCOMPARE(logs.size(), 1);
        const SessionLog& l = logs.first();
        // Everything but the notes came from the plan, the clock and the defaults.
        QCOMPARE(l.observations, notes);
        QCOMPARE(l.staff, me().username);
        QCOMPARE(l.heldOn, today());
        QCOMPARE(l.startsAt, QTime(8, 0)); // written at 09:00 after an hour's session
        QCOMPARE(l.minutes, 60);
        QCOMPARE(l.contents, plan.services.first().content.split(QLatin1Char(' ')));
        QCOMPARE(l.form, plan.services.first().form);
        QCOMPARE(l.goalId, plan.goals.first().id);
        QCOMPARE(l.place, ServicePlace::Centre);
        // The record shows it on its sessions tab.
        auto* table = child<QTableWidget>(&page, "sessionsTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 8)->text().startsWith(QStringLiteral("按时服药")));
        // The case tab counts the next follow-up from this contact (risk not assessed: 3 months).
        const QString due = child<QLabel>(&page, "caseDue")->text();
        QVERIFY2(due.contains(QStringLiteral("Follow-up due (risk not yet assessed)")), qPrintable(due));
        QVERIFY2(due.contains(dateText(today().addMonths(3))), qPrintable(due));
    }

    void theNextLogStartsFromTheLastOne()
    {
        const QString client = servedClient(m_store.ws(), me(), QStringLiteral("王强"), m_itemKey, today());
        SessionLog last = sampleSession(client, me().username, today());
        last.contents = {QStringLiteral("social_skills"), QStringLiteral("medication_training")};
        last.place = ServicePlace::Home;
        last.minutes = 40;
        KQ_VERIFY_OK(sessions().save(me(), last));
        ui::SessionDialog d(m_store.ws(), client, QStringLiteral("王强"));
        auto* contents = child<QListWidget>(&d, "contents");
        QStringList ticked;
        for (int i = 0; i < contents->count(); ++i)
            if (contents->item(i)->checkState() == Qt::Checked)
                ticked << contents->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(ticked,
                 (QStringList{QStringLiteral("medication_training"), QStringLiteral("social_skills")}));
        QCOMPARE(child<QComboBox>(&d, "place")->currentData().toString(), QStringLiteral("home"));
        QCOMPARE(child<QSpinBox>(&d, "minutes")->value(), 40);
        QCOMPARE(child<QTimeEdit>(&d, "startsAt")->time(), QTime(9, 30));
        // Date shortcuts: T is today, Down a day earlier.
        auto* heldOn = child<QLineEdit>(&d, "heldOn");
        heldOn->setFocus();
        QTest::keyClick(heldOn, Qt::Key_Down);
        QCOMPARE(heldOn->text(), QStringLiteral("2026-11-22"));
        QTest::keyClick(heldOn, Qt::Key_T);
        QCOMPARE(heldOn->text(), QStringLiteral("2026-11-23"));
    }

    void aRefusalKeepsWhatWasTyped()
    {
        // Admitted but nothing signed: the consent gate refuses, naming what is missing.
        const QString client = CaseDriver(m_store.ws())
                                   .admit(samplePerson(QStringLiteral("李梅")),
                                          hospitalApplication(today().addDays(-20)), CaseState::InService);
        ui::SessionDialog d(m_store.ws(), client, QStringLiteral("李梅"));
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        typeText(QApplication::focusWidget(), QStringLiteral("家访"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(d.isVisible());
        auto* banner = d.findChild<ui::Banner*>();
        QCOMPARE(banner->kind(), ui::Banner::Kind::Error);
        QVERIFY(banner->text().contains(QStringLiteral("No signed consent form in force on 2026-11-23.")));
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&d, "heldOn"));
        QCOMPARE(child<QPlainTextEdit>(&d, "observations")->toPlainText(), QStringLiteral("家访"));
        QCOMPARE(sessions().list(me(), client).value().size(), 0);
    }

    void amendsAfterTheWindowAskingWhy()
    {
        const QString client = servedClient(m_store.ws(), me(), QStringLiteral("王强"), m_itemKey, today());
        const QString id = sessions().save(me(), sampleSession(client, me().username, today())).value().id;
        m_store.clock().advance(qint64(SessionLog::kEditDays + 1) * 24 * 3600 * 1000);
        ui::SessionsPanel panel(m_store.ws());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.showClient(client, QStringLiteral("王强"));
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 1);
        table->setFocus();
        table->setCurrentCell(0, 0);
        withDialog([&] { QTest::keyClick(table, Qt::Key_Return); },
                   [&](QDialog* d) {
                       auto* dialog = qobject_cast<ui::SessionDialog*>(d);
                       QCOMPARE(dialog->mode(), ui::SessionDialog::Mode::Amend);
                       auto* notes = child<QPlainTextEdit>(d, "observations");
                       QTRY_COMPARE(QApplication::focusWidget(), notes);
                       notes->selectAll();
                       typeText(notes, QStringLiteral("拒绝服药"));
                       QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY(d->isVisible()); // no reason yet
                       QCOMPARE(QApplication::focusWidget(), child<QWidget>(d, "reason"));
                       typeText(QApplication::focusWidget(), QStringLiteral("记录有误"));
                       QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY(!d->isVisible());
                   });
        const SessionLog amended = sessions().find(me(), id).value();
        QVERIFY(amended.amended);
        QCOMPARE(amended.observations, QStringLiteral("拒绝服药"));
        QCOMPARE(sessions().amendments(me(), id).value().first().reason, QStringLiteral("记录有误"));
        QCOMPARE(table->item(0, 9)->text(), QStringLiteral("Amended"));
    }
};

QTEST_MAIN(TestSessionsUi)
#include "TestSessionsUi.moc"
