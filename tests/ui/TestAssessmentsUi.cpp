#include "CaseFixture.h"
#include "GuiTestSupport.h"

#include "admin/SettingsPage.h"
#include "assessments/AssessmentRepository.h"
#include "assessments/AssessmentsPanel.h"
#include "assessments/PlanRepository.h"
#include "assessments/ScaleForm.h"
#include "centre/CentreSettings.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientRepository.h"
#include "common/Banner.h"
#include "common/DateField.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

using namespace kq;
using namespace kq::test;

namespace {
// Moves a closed combo box with the arrow key until it shows `data`, as a person would.
void chooseByKeyboard(QComboBox* combo, const QString& data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), data);
}

void pressDown(QWidget* w, int times)
{
    w->setFocus();
    for (int i = 0; i < times; ++i)
        QTest::keyClick(w, Qt::Key_Down);
}

QString bannerText(QWidget* dialog)
{
    return child<ui::Banner>(dialog, "banner")->text();
}
} // namespace

// Assessments and plans as people record them: the intake with its scale scored as it is
// answered, the plan that follows, the case tab noticing both, and the post-service assessment
// that cannot be saved without its outcome.
class TestAssessmentsUi : public QObject {
    Q_OBJECT

private:
    StoreFixture m_store;

    QDate today() const { return m_store.today(); }

    // A hospital-recommended client of 2 November, taken as far as `state`.
    QString admitted(const QString& name, CaseState state)
    {
        return CaseDriver(m_store.ws())
            .admit(samplePerson(name), hospitalApplication(QDate(2026, 11, 2)), state);
    }

    // The client's page, on its Assessments tab (reached with its mnemonic, Alt+M).
    void openAssessmentsTab(ui::ClientDetailWidget& detail, const QString& id)
    {
        detail.show();
        detail.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&detail));
        detail.showClient(id);
        QTest::keyClick(&detail, Qt::Key_M, Qt::AltModifier);
        QCOMPARE(detail.findChild<QTabWidget*>()->currentWidget(), detail.assessmentsPanel());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.open(kMondayMorning);
        isolateSettings(m_store.dir());
    }

    void intakeAssessmentAndPlanCompleteTheIntake()
    {
        const QString id = admitted(QStringLiteral("周芳"), CaseState::Assessing);
        ui::ClientDetailWidget detail(m_store.ws());
        openAssessmentsTab(detail, id);
        QCOMPARE(child<QComboBox>(&detail, "assessmentKind")->currentData().toString(),
                 QStringLiteral("intake"));
        QVERIFY(!child<QPushButton>(&detail, "writePlan")->isEnabled()); // nothing to plan from yet
        QCOMPARE(child<QLabel>(&detail, "currentPlan")->text(),
                 QStringLiteral("No rehabilitation plan yet."));

        withDialog(
            [&] { click(child<QPushButton>(&detail, "recordAssessment")); },
            [&](QDialog* d) {
                // The four disciplines, the signed-in social worker already named.
                QCOMPARE(child<QComboBox>(d, "participant1Role")->currentData().toString(),
                         QStringLiteral("psychiatrist"));
                QCOMPARE(child<QComboBox>(d, "participant4Role")->currentData().toString(),
                         QStringLiteral("social_worker"));
                QCOMPARE(child<QLineEdit>(d, "participant4Name")->text(), QStringLiteral("王丽"));
                typeInto(d, "participant1Name", QStringLiteral("李建国"));

                chooseByKeyboard(child<QComboBox>(d, "scalePicker"), QStringLiteral("sdss"));
                click(child<QPushButton>(d, "addScale"));
                auto* sdss = child<ui::ScaleForm>(d, "scale-sdss");
                auto* result = child<QLabel>(sdss, "scaleResult");
                QCOMPARE(d->focusWidget(), child<QWidget>(sdss, "item-work"));
                // Options: (not answered), 0, 1, 2, 9 = not applicable.
                pressDown(child<QComboBox>(sdss, "item-work"), 2); // 1
                QCOMPARE(result->text(), QStringLiteral("Total so far 1 · 9 of 10 item(s) not answered"));
                pressDown(child<QComboBox>(sdss, "item-withdrawal"), 3); // 2
                // Three points already flag a deficit, whatever the rest turn out to be.
                QCOMPARE(result->text(),
                         QStringLiteral("Total so far 3 · 8 of 10 item(s) not answered · Flagged: "
                                        "Social-function deficit"));
                pressDown(child<QComboBox>(sdss, "item-marriage"), 4);  // not applicable
                pressDown(child<QComboBox>(sdss, "item-parenting"), 4); // not applicable
                for (const char* item : {"outside-activities", "household-inactivity", "family-role",
                                         "self-care", "interest", "responsibility"})
                    pressDown(child<QComboBox>(sdss, (QByteArray("item-") + item).constData()), 1); // 0
                QVERIFY(sdss->isComplete());
                QCOMPARE(result->text(), QStringLiteral("Total 3 · 2 item(s) not applicable · Flagged: "
                                                        "Social-function deficit"));

                // No rehabilitation opinion: refused, the opinion marked and focused.
                click(child<QPushButton>(d, "save"));
                QVERIFY(d->isVisible());
                QVERIFY2(bannerText(d).contains(QStringLiteral("rehabilitation opinion")),
                         qPrintable(bannerText(d)));
                auto* opinion = child<QPlainTextEdit>(d, "opinion");
                QCOMPARE(d->focusWidget(), opinion);
                QVERIFY(!opinion->styleSheet().isEmpty());
                typeText(opinion, QStringLiteral("建议参加日间训练"));

                pressDown(child<QComboBox>(d, "riskLevel"), 2); // level 1
                QVERIFY(
                    child<QLabel>(d, "riskDefinition")->text().startsWith(QStringLiteral("Verbal threats")));
                click(child<QPushButton>(d, "save"));
                QVERIFY2(!d->isVisible(), qPrintable(bannerText(d)));
            });

        const ScaleLibrary library;
        const QList<Assessment> recorded =
            AssessmentRepository(m_store.journal(), library).list(m_store.ws().actor(), id).value();
        QCOMPARE(recorded.size(), 1);
        const Assessment& a = recorded.first();
        QCOMPARE(a.kind, Assessment::Kind::Intake);
        QCOMPARE(a.assessedOn, today());
        QCOMPARE(a.participants,
                 (QList<Assessment::Participant>{{QStringLiteral("psychiatrist"), QStringLiteral("李建国")},
                                                 {QStringLiteral("social_worker"), QStringLiteral("王丽")}}));
        QCOMPARE(a.opinion, QStringLiteral("建议参加日间训练"));
        QCOMPARE(a.riskLevel, 1);
        QCOMPARE(a.scales.size(), 1);
        QCOMPARE(a.scales.first().total, 3);
        QVERIFY(a.scales.first().flagged);
        QCOMPARE(a.scales.first().answers.value(QStringLiteral("marriage")), 9);
        QCOMPARE(ClientRepository(m_store.journal()).load(m_store.ws().actor(), id)->riskLevel, 1);

        // The list says it in words; the plan is next, and the case tab says so.
        auto* list = child<QTableWidget>(&detail, "assessmentList");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("Intake assessment"));
        QCOMPARE(list->item(0, 2)->text(), QStringLiteral("Psychiatrist 李建国, Social worker 王丽"));
        QCOMPARE(list->item(0, 3)->text(),
                 QStringLiteral("Social Disability Screening Schedule (SDSS): Total 3 · "
                                "2 item(s) not applicable · Flagged: "
                                "Social-function deficit"));
        QCOMPARE(list->item(0, 4)->text(), QStringLiteral("Level 1 – basically stable"));
        auto* complete = child<QPushButton>(&detail, "action-complete-intake");
        QVERIFY(!complete->isEnabled());
        QVERIFY(complete->toolTip().startsWith(QStringLiteral("No rehabilitation plan yet")));
        QVERIFY(child<QPushButton>(&detail, "caseWritePlan")->isEnabled());

        // Read in full with a double-click.
        withDialog(
            [&] {
                const QRect cell = list->visualItemRect(list->item(0, 0));
                // A real double-click: the first click, then the second one reported as double.
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
                QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
            },
            [&](QDialog* d) {
                const QString text = child<QTextBrowser>(d, "assessmentText")->toPlainText();
                QVERIFY2(text.contains(QStringLiteral("建议参加日间训练")), qPrintable(text));
                QVERIFY(text.contains(QStringLiteral("1 – Definite deficit")));
                QVERIFY(text.contains(QStringLiteral("9 – Not applicable")));
                d->reject();
            });

        QVERIFY(child<QPushButton>(&detail, "writePlan")->isEnabled());
        withDialog(
            [&] { click(child<QPushButton>(&detail, "writePlan")); },
            [&](QDialog* d) {
                QCOMPARE(child<QComboBox>(d, "assessment")->currentData().toString(), a.id);
                QCOMPARE(child<ui::DateField>(d, "startsOn")->date(), today());
                QCOMPARE(child<ui::DateField>(d, "reviewOn")->date(), today().addMonths(6));
                QCOMPARE(child<QComboBox>(d, "responsible")->currentData().toString(),
                         QStringLiteral("wang.li"));

                click(child<QPushButton>(d, "addGoal"));
                QWidget* editor = QApplication::focusWidget();
                QVERIFY(qobject_cast<QLineEdit*>(editor));
                typeText(editor, QStringLiteral("每周参加两次社交技能小组"));
                QTest::keyClick(editor, Qt::Key_Return);
                auto* goals = child<QListWidget>(d, "goals");
                QCOMPARE(goals->count(), 1);
                QTRY_COMPARE(goals->item(0)->text(), QStringLiteral("每周参加两次社交技能小组"));

                chooseByKeyboard(child<QComboBox>(d, "service1Content"), QStringLiteral("social_skills"));
                chooseByKeyboard(child<QComboBox>(d, "service1Form"), QStringLiteral("day_training"));
                // No frequency: refused, naming it.
                click(child<QPushButton>(d, "save"));
                QVERIFY(d->isVisible());
                auto* frequency = child<QLineEdit>(d, "service1Frequency");
                QCOMPARE(d->focusWidget(), frequency);
                QVERIFY2(bannerText(d).contains(QStringLiteral("how often")), qPrintable(bannerText(d)));
                typeText(frequency, QStringLiteral("每周2次"));
                click(child<QPushButton>(d, "save"));
                QVERIFY2(!d->isVisible(), qPrintable(bannerText(d)));
            });

        const Plan plan = PlanRepository(m_store.journal()).current(m_store.ws().actor(), id).value();
        QCOMPARE(plan.assessmentId, a.id);
        QCOMPARE(plan.reviewOn, today().addMonths(6));
        QCOMPARE(plan.goals.size(), 1);
        QCOMPARE(plan.goals.first().text, QStringLiteral("每周参加两次社交技能小组"));
        QCOMPARE(plan.services,
                 (QList<Plan::Service>{{QStringLiteral("social_skills"), QStringLiteral("day_training"),
                                        QStringLiteral("每周2次")}}));
        const QString shown = child<QLabel>(&detail, "currentPlan")->text();
        QVERIFY2(shown.contains(QStringLiteral("每周参加两次社交技能小组")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("每周2次")));
        QVERIFY(child<QPushButton>(&detail, "action-complete-intake")->isEnabled());

        // The next plan starts from this one, its goal keeping its id.
        withDialog([&] { click(child<QPushButton>(&detail, "writePlan")); },
                   [&](QDialog* d) {
                       auto* goals = child<QListWidget>(d, "goals");
                       QCOMPARE(goals->count(), 1);
                       QCOMPARE(goals->item(0)->data(Qt::UserRole).toString(), plan.goals.first().id);
                       QCOMPARE(child<QLineEdit>(d, "service1Frequency")->text(), QStringLiteral("每周2次"));
                       d->reject();
                   });
    }

    void postServiceAssessmentNeedsItsOutcome()
    {
        const QString id = admitted(QStringLiteral("赵敏"), CaseState::InService);
        ui::ClientDetailWidget detail(m_store.ws());
        openAssessmentsTab(detail, id);
        auto* kind = child<QComboBox>(&detail, "assessmentKind");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("periodic")); // in service
        QVERIFY(!child<QPushButton>(&detail, "action-close")->isEnabled());
        chooseByKeyboard(kind, QStringLiteral("transfer"));

        withDialog(
            [&] { click(child<QPushButton>(&detail, "recordAssessment")); },
            [&](QDialog* d) {
                QVERIFY(d->windowTitle().startsWith(QStringLiteral("Post-service (transfer) assessment")));
                QCOMPARE(child<QLineEdit>(d, "participant1Name")->text(), QStringLiteral("王丽"));
                click(child<QPushButton>(d, "save"));
                QVERIFY(d->isVisible());
                QVERIFY2(bannerText(d).startsWith(QStringLiteral("Choose the outcome")),
                         qPrintable(bannerText(d)));
                auto* outcome = child<QComboBox>(d, "outcome");
                QCOMPARE(d->focusWidget(), outcome);
                chooseByKeyboard(outcome, QStringLiteral("sheltered_employment"));
                // The five progress ratings are required too, the first one named next.
                click(child<QPushButton>(d, "save"));
                QVERIFY(d->isVisible());
                QCOMPARE(d->focusWidget(), child<QWidget>(d, "rehab-effect"));
                QVERIFY(outcome->styleSheet().isEmpty()); // the earlier mark is cleared
                chooseByKeyboard(child<QComboBox>(d, "rehab-effect"), QStringLiteral("improved"));
                chooseByKeyboard(child<QComboBox>(d, "illness-state"), QStringLiteral("stable"));
                chooseByKeyboard(child<QComboBox>(d, "self-care"), QStringLiteral("independent"));
                chooseByKeyboard(child<QComboBox>(d, "employment-wish"), QStringLiteral("yes"));
                chooseByKeyboard(child<QComboBox>(d, "employment-ability"), QStringLiteral("supported"));
                click(child<QPushButton>(d, "save"));
                QVERIFY2(!d->isVisible(), qPrintable(bannerText(d)));
            });

        auto* list = child<QTableWidget>(&detail, "assessmentList");
        QCOMPARE(list->rowCount(), 2); // newest first
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("Post-service (transfer) assessment"));
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("Public-welfare or sheltered employment"));
        QCOMPARE(list->item(1, 1)->text(), QStringLiteral("Intake assessment"));
        // Read in full from the keyboard too.
        withDialog(
            [&] {
                list->setFocus();
                list->setCurrentCell(0, 0);
                QTest::keyClick(list, Qt::Key_Return);
            },
            [&](QDialog* d) {
                const QString text = child<QTextBrowser>(d, "assessmentText")->toPlainText();
                QVERIFY2(
                    text.contains(QStringLiteral("Able to work with support or in sheltered employment")),
                    qPrintable(text));
                d->reject();
            });
        const ScaleLibrary library;
        const Assessment latest =
            AssessmentRepository(m_store.journal(), library).list(m_store.ws().actor(), id).value().first();
        QCOMPARE(latest.outcome, QStringLiteral("sheltered_employment"));
        QCOMPARE(latest.progress.employmentAbility, QStringLiteral("supported"));
        // Closing was waiting for exactly this.
        QVERIFY(child<QPushButton>(&detail, "action-close")->isEnabled());
    }

    void settingsChangeTheReviewInterval()
    {
        ui::SettingsPage page(m_store.ws());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        auto* months = child<QSpinBox>(&page, "reviewIntervalMonths");
        QVERIFY(months->isVisible());
        QCOMPARE(months->value(), CentreSettings::kDefaultReviewIntervalMonths);
        months->setFocus();
        QTest::keyClick(months, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(months, QStringLiteral("3"));
        // And session logs without signed documents: allowed with a warning, chosen by keyboard.
        auto* gate = child<QComboBox>(&page, "serviceGate");
        QCOMPARE(CentreSettings::load(m_store.db()).serviceGate(), CentreSettings::GateMode::Block);
        gate->setFocus();
        QTest::keyClick(gate, Qt::Key_Down);
        click(child<QPushButton>(&page, "saveWorkflow"));
        QCOMPARE(CentreSettings::load(m_store.db()).reviewIntervalMonths(), 3);
        QCOMPARE(CentreSettings::load(m_store.db()).serviceGate(), CentreSettings::GateMode::Warn);
        QVERIFY(child<ui::Banner>(&page, "banner")->text().startsWith(QStringLiteral("Saved.")));

        // A new plan is now reviewed after three months.
        const QString id = admitted(QStringLiteral("钱伟"), CaseState::Assessing);
        CaseDriver(m_store.ws()).recordIntake(id);
        ui::ClientDetailWidget detail(m_store.ws());
        openAssessmentsTab(detail, id);
        withDialog([&] { click(child<QPushButton>(&detail, "writePlan")); },
                   [&](QDialog* d) {
                       QCOMPARE(child<ui::DateField>(d, "reviewOn")->date(), today().addMonths(3));
                       // Moving the start moves the review with it.
                       typeInto(d, "startsOn", today().addDays(7).toString(Qt::ISODate));
                       QCOMPARE(child<ui::DateField>(d, "reviewOn")->date(), today().addDays(7).addMonths(3));
                       d->reject();
                   });
    }

    void frontDeskGetsNoAssessmentsTab()
    {
        const QString id = admitted(QStringLiteral("孙涛"), CaseState::Assessing);
        addAccount(m_store.ws(), QStringLiteral("front.desk"), QStringLiteral("张前台"), Role::FrontDesk);
        m_store.ws().lock();
        KQ_VERIFY_OK(m_store.ws().unlock(QStringLiteral("front.desk"), secret(kStaffPassword)));
        ui::ClientDetailWidget detail(m_store.ws());
        detail.show();
        detail.showClient(id);
        auto* tabs = detail.findChild<QTabWidget*>();
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(detail.assessmentsPanel())));
        QVERIFY(!detail.findChild<QPushButton*>(QStringLiteral("caseRecordAssessment")));
    }
};

QTEST_MAIN(TestAssessmentsUi)
#include "TestAssessmentsUi.moc"
