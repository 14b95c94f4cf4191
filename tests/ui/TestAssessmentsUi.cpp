#include "GuiTestSupport.h"
#include "TestStore.h"

#include "accounts/AccountService.h"
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
#include <QTimer>

using namespace kq;
using namespace kq::test;

namespace {
ClientRecord person(const QString& name)
{
    ClientRecord r;
    r.name = name;
    r.gender = Gender::Female;
    r.birthDate = QDate(1985, 6, 7);
    r.residenceCounty = QStringLiteral("110105");
    return r;
}

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
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<Workspace> m_workspace;

    LifecycleService cases() { return LifecycleService(m_workspace->journal()); }
    QDate today() const { return m_clock.now().toLocalTime().date(); }

    // Runs `fill` on the modal dialog that `trigger` opens.
    void withDialog(const std::function<void()>& trigger, const std::function<void(QDialog*)>& fill)
    {
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            fill(dialog);
            ran = true;
            if (dialog->isVisible() && QTest::currentTestFailed())
                dialog->reject();
        });
        trigger();
        QVERIFY(ran);
    }

    // A client whose referral the centre has just accepted: the intake assessment is next.
    QString assessing(const QString& name)
    {
        Application a;
        a.wayIn = WayIn::Hospital;
        a.appliedOn = QDate(2026, 11, 2);
        a.hospital = QStringLiteral("北京回龙观医院");
        a.patientConsented = true;
        const Actor& me = m_workspace->actor();
        const QString id = cases().apply(me, person(name), a).value().id;
        CaseInput centre;
        centre.details.insert(QStringLiteral("centre"), QStringLiteral("本中心"));
        if (!cases().perform(me, id, CaseAction::Register, {}).ok() ||
            !cases().perform(me, id, CaseAction::ReferToCentre, centre).ok() ||
            !cases().perform(me, id, CaseAction::AcceptReferral, {}).ok())
            qFatal("could not move the case along");
        return id;
    }

    QString inService(const QString& name)
    {
        const QString id = assessing(name);
        const Actor& me = m_workspace->actor();
        Assessment intake;
        intake.clientId = id;
        intake.assessedOn = today();
        intake.participants = {{QStringLiteral("psychiatrist"), QStringLiteral("李建国")},
                               {QStringLiteral("social_worker"), QStringLiteral("王丽")}};
        intake.opinion = QStringLiteral("建议日间训练");
        const ScaleLibrary library;
        const QString assessmentId =
            AssessmentRepository(m_workspace->journal(), library).record(me, intake).value().id;
        Plan plan;
        plan.clientId = id;
        plan.assessmentId = assessmentId;
        plan.startsOn = today();
        plan.responsible = QStringLiteral("wang.li");
        plan.goals = {{{}, QStringLiteral("按时服药")}};
        plan.services = {{QStringLiteral("medication_training"), QStringLiteral("day_training"),
                          QStringLiteral("每周2次")}};
        CaseInput paper;
        paper.document = QStringLiteral("纸质协议 2026-9");
        if (!PlanRepository(m_workspace->journal()).save(me, plan).ok() ||
            !cases().perform(me, id, CaseAction::CompleteIntake, {}).ok() ||
            !cases().perform(me, id, CaseAction::StartService, paper).ok())
            qFatal("could not start service");
        return id;
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
        isolateSettings(m_dir);
        createStore(pathsIn(m_dir), m_clock);
        m_workspace = std::make_unique<Workspace>(pathsIn(m_dir), m_clock);
        KQ_VERIFY_OK(m_workspace->unlock(QStringLiteral("wang.li"), secret(kPassword)));
    }

    void intakeAssessmentAndPlanCompleteTheIntake()
    {
        const QString id = assessing(QStringLiteral("周芳"));
        ui::ClientDetailWidget detail(*m_workspace);
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
            AssessmentRepository(m_workspace->journal(), library).list(m_workspace->actor(), id).value();
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
        QCOMPARE(ClientRepository(m_workspace->journal()).load(m_workspace->actor(), id)->riskLevel, 1);

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

        const Plan plan = PlanRepository(m_workspace->journal()).current(m_workspace->actor(), id).value();
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
        const QString id = inService(QStringLiteral("赵敏"));
        ui::ClientDetailWidget detail(*m_workspace);
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
        const Assessment latest = AssessmentRepository(m_workspace->journal(), library)
                                      .list(m_workspace->actor(), id)
                                      .value()
                                      .first();
        QCOMPARE(latest.outcome, QStringLiteral("sheltered_employment"));
        QCOMPARE(latest.progress.employmentAbility, QStringLiteral("supported"));
        // Closing was waiting for exactly this.
        QVERIFY(child<QPushButton>(&detail, "action-close")->isEnabled());
    }

    void settingsChangeTheReviewInterval()
    {
        ui::SettingsPage page(*m_workspace);
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
        click(child<QPushButton>(&page, "saveWorkflow"));
        QCOMPARE(CentreSettings::load(m_workspace->database()).reviewIntervalMonths(), 3);
        QVERIFY(child<ui::Banner>(&page, "banner")->text().startsWith(QStringLiteral("Saved.")));

        // A new plan is now reviewed after three months.
        const QString id = assessing(QStringLiteral("钱伟"));
        Assessment intake;
        intake.clientId = id;
        intake.assessedOn = today();
        intake.participants = {{QStringLiteral("nurse"), QStringLiteral("陈护士")},
                               {QStringLiteral("social_worker"), QStringLiteral("王丽")}};
        intake.opinion = QStringLiteral("居家康复指导");
        const ScaleLibrary library;
        KQ_VERIFY_OK(
            AssessmentRepository(m_workspace->journal(), library).record(m_workspace->actor(), intake));
        ui::ClientDetailWidget detail(*m_workspace);
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
        const QString id = assessing(QStringLiteral("孙涛"));
        const QString password = QStringLiteral("Blue-River-Stone-42");
        KQ_VERIFY_OK(AccountService(*m_workspace, KdfParams::fastest())
                         .create(QStringLiteral("front.desk"), QStringLiteral("张前台"), Role::FrontDesk,
                                 secret(password)));
        m_workspace->lock();
        KQ_VERIFY_OK(m_workspace->unlock(QStringLiteral("front.desk"), secret(password)));
        ui::ClientDetailWidget detail(*m_workspace);
        detail.show();
        detail.showClient(id);
        auto* tabs = detail.findChild<QTabWidget*>();
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(detail.assessmentsPanel())));
        QVERIFY(!detail.findChild<QPushButton*>(QStringLiteral("caseRecordAssessment")));
    }
};

QTEST_MAIN(TestAssessmentsUi)
#include "TestAssessmentsUi.moc"
