#include "GuiTestSupport.h"
#include "SignedDocumentSamples.h"

#include "common/Banner.h"
#include "groups/GroupsPage.h"
#include "sessions/GroupActivityRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace kq;
using namespace kq::test;

// Group work as the centre's staff do it, by keyboard: a roster built by typing initials or
// pinyin, and the attendance of a fifteen-person group taken in one pass.
class TestGroupsUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;
    QString m_itemKey;

    QDate today() const { return m_store.today(); }
    GroupActivityRepository repo() { return GroupActivityRepository(m_store.journal()); }
    const Actor& actor() { return m_store.ws().actor(); }

    // In service since 2 November with a consent and an agreement in force, so the gate lets them in.
    QString client(const QString& name)
    {
        const QDate from(2026, 11, 2);
        const QString id = CaseDriver(m_store.ws())
                               .admit(samplePerson(name), hospitalApplication(from), CaseState::InService);
        signedOk(m_store.journal(), actor(), sampleConsent(id, from));
        signedOk(m_store.journal(), actor(), sampleAgreement(id, from, m_itemKey));
        return id;
    }

    static void showPage(ui::GroupsPage& page)
    {
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        page.activate();
    }

    // Shortcuts go to the active window; on offscreen a dialog opened from a key press becomes
    // active only once its activation event has been processed.
    static void waitUntilActive(QDialog* d) { QTRY_COMPARE(QApplication::activeWindow(), d); }

private Q_SLOTS:
    void init()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
        m_itemKey = addDayTraining(m_store.journal(), actor());
    }
    void cleanup() { m_store.close(); }

    void takesAttendanceOfFifteenByKeyboard()
    {
        const QStringList names{QStringLiteral("安宁"), QStringLiteral("白雪"), QStringLiteral("陈刚"),
                                QStringLiteral("邓丽"), QStringLiteral("范伟"), QStringLiteral("高峰"),
                                QStringLiteral("黄河"), QStringLiteral("金鑫"), QStringLiteral("李娜"),
                                QStringLiteral("马超"), QStringLiteral("宁静"), QStringLiteral("潘虹"),
                                QStringLiteral("孙悦"), QStringLiteral("王强"), QStringLiteral("周芳")};
        GroupActivity meeting;
        meeting.topic = QStringLiteral("社交技能训练：自我介绍");
        meeting.facilitators = {actor().username};
        meeting.heldOn = today();
        meeting.startsAt = QTime(9, 30);
        meeting.content = QStringLiteral("social_skills");
        meeting.capacity = 15;
        for (const QString& name : names)
            meeting.roster.append({client(name), {}, {}, {}});
        const Result<GroupActivityRepository::Saved> created = repo().create(actor(), meeting);
        KQ_VERIFY_OK(created);
        const QString id = created.value().ids[0];

        ui::GroupsPage page(m_store.ws());
        showPage(page);
        auto* list = child<QTreeWidget>(&page, "groupList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("15 / 15"));
        QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("Not yet"));

        QStringList absent;
        QString noted;
        withDialog(
            [&] { QTest::keyClick(list, Qt::Key_T, Qt::ControlModifier); },
            [&](QDialog* d) {
                waitUntilActive(d);
                auto* table = child<QTableWidget>(d, "attendanceTable");
                auto* count = child<QLabel>(d, "attendanceCount");
                QCOMPARE(table->rowCount(), 15);
                QCOMPARE(count->text(),
                         QStringLiteral("0 present · 0 absent · 15 not marked · 15 on the roster"));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier); // All present
                QTRY_COMPARE(count->text(), // a mnemonic clicks with a short animation
                             QStringLiteral("15 present · 0 absent · 0 not marked · 15 on the roster"));

                // Rows 3, 7 and 12 stayed away; Space on each (in the table, from the top).
                table->setFocus();
                QCOMPARE(table->currentRow(), 0);
                int row = 0;
                for (int target : {3, 7, 12}) {
                    for (; row < target; ++row)
                        QTest::keyClick(table, Qt::Key_Down);
                    QTest::keyClick(table, Qt::Key_Space);
                    absent << table->item(row, 0)->data(Qt::UserRole).toString();
                }
                QCOMPARE(count->text(),
                         QStringLiteral("12 present · 3 absent · 0 not marked · 15 on the roster"));

                // A note for row 12: Right to its note, F2, type, Enter. (Tab leaves the table.)
                QTest::keyClick(table, Qt::Key_Right);
                QCOMPARE(table->currentColumn(), 1);
                QTest::keyClick(table, Qt::Key_F2);
                QWidget* editor = QApplication::focusWidget();
                QVERIFY(editor && editor != table);
                typeText(editor, QStringLiteral("家属来电请假"));
                QTest::keyClick(editor, Qt::Key_Return);
                QCoreApplication::processEvents();
                QVERIFY(d->isVisible()); // Enter ends the note, it does not save
                QCOMPARE(table->item(12, 1)->text(), QStringLiteral("家属来电请假"));
                noted = absent.last();

                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(!d->isVisible());
            });

        const GroupActivity stored = repo().find(actor(), id).value();
        QVERIFY(stored.attendanceTaken());
        QCOMPARE(stored.presentCount(), 12);
        int absentCount = 0;
        for (const GroupActivity::Attendee& a : stored.roster) {
            QCOMPARE(a.present, std::optional<bool>(!absent.contains(a.clientId)));
            absentCount += a.present == false ? 1 : 0;
            QCOMPARE(a.note, a.clientId == noted ? QStringLiteral("家属来电请假") : QString());
        }
        QCOMPARE(absentCount, 3);
        QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("12 present"));
        QCOMPARE(child<ui::Banner>(&page, "banner")->text(), QStringLiteral("Attendance saved: 12 present."));
    }

    void buildsARosterByTypingInitials()
    {
        const QString wang = client(QStringLiteral("王强"));
        const QString li = client(QStringLiteral("李娜"));
        // Same initials as 王强, but not in service: not offered.
        CaseDriver(m_store.ws()).apply(samplePerson(QStringLiteral("吴琴")), hospitalApplication(today()));

        ui::GroupsPage page(m_store.ws());
        showPage(page);
        withDialog(
            [&] { QTest::keyClick(child<QTreeWidget>(&page, "groupList"), Qt::Key_N, Qt::ControlModifier); },
            [&](QDialog* d) {
                waitUntilActive(d);
                auto* search = child<QLineEdit>(d, "rosterSearch");
                auto* matches = child<QListWidget>(d, "rosterMatches");
                auto* roster = child<QListWidget>(d, "rosterList");
                typeInto(d, "rosterSearch", QStringLiteral("wq"));
                QCOMPARE(matches->count(), 1);
                QVERIFY(matches->item(0)->text().startsWith(QStringLiteral("王强")));
                QTest::keyClick(search, Qt::Key_Return);
                QVERIFY(d->isVisible()); // Enter adds; it does not save
                QVERIFY(search->text().isEmpty());
                typeText(search, QStringLiteral("lina"));
                QTest::keyClick(search, Qt::Key_Return);
                QCOMPARE(roster->count(), 2);
                QCOMPARE(child<QLabel>(d, "rosterCount")->text(), QStringLiteral("2 / 12"));

                // No topic: refused, the topic marked, the roster kept.
                click(child<QPushButton>(d, "save"));

                QVERIFY(d->isVisible());
                QCOMPARE(child<ui::Banner>(d, "banner")->text(),
                         QStringLiteral("Enter the topic of the meeting."));
                QCOMPARE(d->focusWidget(), child<QWidget>(d, "topic"));
                QCOMPARE(roster->count(), 2);

                typeText(child<QWidget>(d, "topic"), QStringLiteral("服药自我管理"));
                QTest::keyClick(d->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                QVERIFY2(!d->isVisible(), qPrintable(child<ui::Banner>(d, "banner")->text()));
            });

        const QList<GroupActivity> meetings = repo().between(actor(), today(), today()).value();
        QCOMPARE(meetings.size(), 1);
        QCOMPARE(meetings[0].topic, QStringLiteral("服药自我管理"));
        QCOMPARE(meetings[0].facilitators, QStringList{actor().username});
        QCOMPARE(meetings[0].form, QStringLiteral("group_work"));
        QStringList ids;
        for (const GroupActivity::Attendee& a : meetings[0].roster)
            ids << a.clientId;
        QCOMPARE(ids, (QStringList{li, wang}));
        QCOMPARE(child<QTreeWidget>(&page, "groupList")->topLevelItemCount(), 1);
    }

    void frontDeskBooksClientsByTypingInitials()
    {
        const QString wang = client(QStringLiteral("王强"));
        const QString li = client(QStringLiteral("李娜"));
        const QString zhang = client(QStringLiteral("张伟"));
        // In service without a consent or an agreement: the gate refuses her, naming her.
        CaseDriver(m_store.ws())
            .admit(samplePerson(QStringLiteral("赵敏")), hospitalApplication(QDate(2026, 11, 2)),
                   CaseState::InService);
        GroupActivity planned;
        planned.topic = QStringLiteral("社交技能训练");
        planned.facilitators = {actor().username};
        planned.heldOn = today().addDays(3);
        planned.startsAt = QTime(14, 0);
        planned.content = QStringLiteral("social_skills");
        planned.capacity = 8;
        planned.roster = {{zhang, {}, {}, {}}};
        const Result<GroupActivityRepository::Saved> created = repo().create(actor(), planned);
        KQ_VERIFY_OK(created);
        const QString id = created.value().ids[0];

        // The front desk signs in.
        addAccount(m_store.ws(), QStringLiteral("qian.hui"), QStringLiteral("钱慧"), Role::FrontDesk);
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("qian.hui"), secret(kStaffPassword)));
        QCOMPARE(actor().role, Role::FrontDesk);

        ui::GroupsPage page(m_store.ws());
        showPage(page);
        auto* list = child<QTreeWidget>(&page, "groupList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(child<QPushButton>(&page, "bookClients")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "openGroupActivity")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "newGroupActivity")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "takeAttendance")->isVisible());

        withDialog([&] { QTest::keyClick(list, Qt::Key_Return); },
                   [&](QDialog* d) {
                       waitUntilActive(d);
                       QCOMPARE(d->objectName(), QStringLiteral("bookingDialog"));
                       QCOMPARE(child<QLabel>(d, "bookingTopic")->text(), QStringLiteral("社交技能训练"));
                       QCOMPARE(child<QLabel>(d, "bookingTime")->text(),
                                QStringLiteral("14:00–15:30 (90 min)"));
                       QCOMPARE(child<QLabel>(d, "bookingCapacity")->text(), QStringLiteral("8 people"));
                       auto* search = child<QLineEdit>(d, "rosterSearch");
                       auto* roster = child<QListWidget>(d, "rosterList");
                       QCOMPARE(QApplication::focusWidget(), search);
                       QCOMPARE(roster->count(), 1);
                       for (const QString& initials :
                            {QStringLiteral("wq"), QStringLiteral("ln"), QStringLiteral("zm")}) {
                           typeText(search, initials);
                           QTest::keyClick(search, Qt::Key_Return);
                           QVERIFY(d->isVisible()); // Enter adds; it does not save
                       }
                       QCOMPARE(roster->count(), 4);
                       QCOMPARE(child<QLabel>(d, "rosterCount")->text(), QStringLiteral("4 / 8"));

                       // Refused, naming her; the roster is kept.
                       QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY(d->isVisible());
                       const QString refusal = child<ui::Banner>(d, "banner")->text();
                       QVERIFY2(refusal.startsWith(QStringLiteral("赵敏: No signed consent form")),
                                qPrintable(refusal));
                       QCOMPARE(roster->count(), 4);

                       // Take her off: to the roster, where she (added last) is the one selected, Delete;
                       // then save.
                       QTest::keyClick(search, Qt::Key_Tab);
                       QCOMPARE(QApplication::focusWidget(), roster);
                       QCOMPARE(roster->selectedItems().size(), 1);
                       QCOMPARE(roster->currentItem()->text(), QStringLiteral("赵敏"));
                       QTest::keyClick(roster, Qt::Key_Delete);
                       QCOMPARE(roster->count(), 3);
                       QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY2(!d->isVisible(), qPrintable(child<ui::Banner>(d, "banner")->text()));
                   });

        const GroupActivity stored = repo().find(actor(), id).value();
        QStringList ids;
        for (const GroupActivity::Attendee& a : stored.roster)
            ids << a.clientId;
        QCOMPARE(ids, (QStringList{li, wang, zhang}));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("3 / 8"));
        QCOMPARE(child<ui::Banner>(&page, "banner")->text(),
                 QStringLiteral("The roster of “社交技能训练” was saved."));
    }
};

QTEST_MAIN(TestGroupsUi)
#include "TestGroupsUi.moc"
