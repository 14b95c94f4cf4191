// The tour's client: registered with her guardian at the front desk, assessed, planned, signed up,
// served alone and in a group; then the dialogs of referral out and closure. Each dialog is the
// real one, filled by typing into its widgets; what it saves is what the next picture shows.

#include "DemoCentre.h"
#include "ScreenGrabber.h"
#include "ScreenshotTour.h"
#include "assessments/AssessmentDialog.h"
#include "assessments/PlanDialog.h"
#include "assessments/ScaleForm.h"
#include "clients/ClientDetailWidget.h"
#include "clients/ClientDialog.h"
#include "clients/ClientsPage.h"
#include "common/CountyEdit.h"
#include "core/Clock.h"
#include "documents/DocumentsPanel.h"
#include "documents/SignatureField.h"
#include "documents/SignaturePad.h"
#include "documents/SigningDialog.h"
#include "groups/AttendanceDialog.h"
#include "groups/GroupsPage.h"
#include "lifecycle/CaseActionDialog.h"
#include "schedule/WeekCalendarPage.h"
#include "sessions/GroupActivityRepository.h"
#include "sessions/SessionDialog.h"
#include "shell/MainWindow.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

namespace kq::shots {

namespace {
// Types as a person would: ASCII as key presses, Chinese as an input method commits it.
void type(QWidget* target, const QString& text)
{
    target->setFocus();
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(target, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(target, &commit);
        }
    }
}

bool typeInto(QWidget* parent, const char* name, const QString& text)
{
    QWidget* w = parent->findChild<QWidget*>(QLatin1String(name));
    if (!w)
        return false;
    if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->clear();
    type(w, text);
    return true;
}

bool choose(QWidget* parent, const char* name, const QVariant& data)
{
    auto* box = parent->findChild<QComboBox*>(QLatin1String(name));
    if (!box || box->findData(data) < 0)
        return false;
    box->setCurrentIndex(box->findData(data));
    return true;
}

bool tick(QWidget* parent, const char* name)
{
    auto* box = parent->findChild<QCheckBox*>(QLatin1String(name));
    if (!box)
        return false;
    box->setChecked(true);
    return true;
}

// A signature: a few strokes of handwriting-like waves, with the button held as a pen would.
void sign(QWidget* dialog, const char* field, int seed)
{
    auto* f = dialog->findChild<ui::SignatureField*>(QLatin1String(field));
    if (!f)
        return;
    QWidget* pad = f->pad();
    const int h = pad->height();
    for (int stroke = 0; stroke < 3; ++stroke) {
        const int x0 = 30 + stroke * 70 + seed * 7;
        const int y0 = h / 2 + (stroke % 2 ? -6 : 8);
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(x0, y0));
        for (int x = x0 + 4; x <= x0 + 60; x += 4) {
            const QPointF p(x, y0 + (h / 5.0) * std::sin((x - x0) / (6.0 + seed + stroke)));
            QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(x0 + 60, y0));
    }
}

bool clickSave(QWidget* dialog)
{
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("save"));
    if (!save)
        save = dialog->findChild<QPushButton*>(QStringLiteral("sign"));
    if (!save)
        return false;
    save->click();
    ScreenGrabber::settle();
    return !dialog->isVisible(); // accepted; a refusal keeps it open with the reason
}
} // namespace

bool ScreenshotTour::registerClient()
{
    m_window->showPage(QStringLiteral("clientsPage"));
    if (!m_grabber.save(m_window.get(), QStringLiteral("04-clients")))
        return false;

    // The front desk's form: the application first (a hospital's recommendation), then the person.
    ui::ClientDialog dialog(m_workspace, ClientRecord{}, m_window.get());
    dialog.show();
    m_clientName = QStringLiteral("林晓燕");
    const bool typed =
        choose(&dialog, "wayIn", QStringLiteral("hospital")) &&
        typeInto(&dialog, "hospital", QStringLiteral("北京回龙观医院")) &&
        tick(&dialog, "patientConsented") && tick(&dialog, "guardianConsented") &&
        typeInto(&dialog, "assessmentSummary", QStringLiteral("病情稳定，出院后建议社区康复")) &&
        typeInto(&dialog, "name", m_clientName) &&
        typeInto(&dialog, "idNumber", QStringLiteral("110105199103143623")) &&
        typeInto(&dialog, "phone", QStringLiteral("13911286354"));
    if (!typed)
        return failed(QStringLiteral("the registration form changed"));
    if (auto* county = dialog.findChild<ui::CountyEdit*>(QStringLiteral("residenceCounty")))
        county->setCode(QStringLiteral("110105"));
    if (auto* county = dialog.findChild<ui::CountyEdit*>(QStringLiteral("householdCounty")))
        county->setCode(QStringLiteral("110105"));
    typeInto(&dialog, "address", QStringLiteral("朝阳区劲松街道农光里12号楼3单元402"));
    choose(&dialog, "caseManager", QStringLiteral("li.na"));
    if (auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addGuardian")))
        add->click();
    const bool guardian = typeInto(&dialog, "guardian1Name", QStringLiteral("林建国")) &&
                          choose(&dialog, "guardian1Relation", QStringLiteral("parent")) &&
                          typeInto(&dialog, "guardian1Phone", QStringLiteral("13701153298"));
    if (!guardian)
        return failed(QStringLiteral("the guardian rows changed"));
    // Her father is her legal guardian and signs with her.
    if (QWidget* name = dialog.findChild<QWidget*>(QStringLiteral("guardian1Name")))
        for (auto* box : name->parentWidget()->findChildren<QCheckBox*>())
            box->setChecked(true);
    if (!m_grabber.save(&dialog, QStringLiteral("03-register-client"), QSize(900, 1000)))
        return false;
    if (!clickSave(&dialog))
        return failed(QStringLiteral("the registration was refused"));
    m_clientId = dialog.savedClientId();
    showClient(0);
    return m_grabber.save(m_window.get(), QStringLiteral("05-client-profile"));
}

bool ScreenshotTour::assessAndPlan()
{
    // A hospital's recommendation needs no review of needs: registered, referred here, accepted.
    if (!advance(CaseAction::Register) ||
        !advance(CaseAction::ReferToCentre,
                 {{}, {}, {}, {{QStringLiteral("centre"), QStringLiteral("本中心")}}}) ||
        !advance(CaseAction::AcceptReferral))
        return false;

    ui::AssessmentDialog assessment(m_workspace, m_clientId, m_clientName, Assessment::Kind::Intake,
                                    m_window.get());
    assessment.show();
    typeInto(&assessment, "participant1Name", QStringLiteral("刘医生"));
    typeInto(&assessment, "participant2Name", QStringLiteral("周护士"));
    typeInto(&assessment, "participant3Name", QStringLiteral("陈治疗师"));
    choose(&assessment, "riskLevel", 1);
    typeInto(&assessment, "findings",
             QStringLiteral("情绪平稳，服药依从性一般；社交退缩，日常生活基本自理。"));
    typeInto(&assessment, "opinion",
             QStringLiteral("建议参加日间训练（服药训练、社交技能训练）与家庭支持服务。"));
    if (ui::ScaleForm* sdss = assessment.addScale(QStringLiteral("sdss"))) {
        const QList<int> answers{1, 9, 9, 2, 1, 1, 0, 0, 1, 1};
        const QList<QComboBox*> items = sdss->findChildren<QComboBox*>();
        for (int i = 0; i < items.size() && i < answers.size(); ++i)
            items[i]->setCurrentIndex(std::max(0, items[i]->findData(answers[i])));
    }
    if (!m_grabber.save(&assessment, QStringLiteral("07-assessment"), QSize(1150, 760)))
        return false;
    if (!clickSave(&assessment))
        return failed(QStringLiteral("the intake assessment was refused"));

    ui::PlanDialog plan(m_workspace, m_clientId, m_clientName, m_window.get());
    plan.show();
    if (auto* goals = plan.findChild<QListWidget*>(QStringLiteral("goals"))) {
        for (const QString& goal :
             {QStringLiteral("按时服药，能说出药名和剂量"), QStringLiteral("每周参加两次日间训练"),
              QStringLiteral("能主动与小组成员交谈")}) {
            auto* item = new QListWidgetItem(goal, goals);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    choose(&plan, "service1Content", QStringLiteral("medication_training"));
    choose(&plan, "service1Form", QStringLiteral("day_training"));
    typeInto(&plan, "service1Frequency", QStringLiteral("每周2次"));
    if (auto* add = plan.findChild<QPushButton*>(QStringLiteral("addService")))
        add->click();
    choose(&plan, "service2Content", QStringLiteral("social_skills"));
    choose(&plan, "service2Form", QStringLiteral("group_work"));
    typeInto(&plan, "service2Frequency", QStringLiteral("每周1次"));
    if (!m_grabber.save(&plan, QStringLiteral("08-plan"), QSize(900, 700)))
        return false;
    if (!clickSave(&plan))
        return failed(QStringLiteral("the plan was refused"));
    if (!advance(CaseAction::CompleteIntake))
        return false;
    showClient(1); // the Case tab: awaiting the agreement, Start service waits for the signatures
    return m_grabber.save(m_window.get(), QStringLiteral("06-client-case"));
}

bool ScreenshotTour::signDocuments()
{
    ui::SigningDialog consent(m_workspace, m_clientId, FormTemplate::Kind::Consent, m_window.get());
    consent.resize(1150, 820);
    consent.show();
    ScreenGrabber::settle();
    sign(&consent, "clientSignature", 1);
    sign(&consent, "guardianSignature", 2);
    sign(&consent, "staffSignature", 3);
    if (!clickSave(&consent))
        return failed(QStringLiteral("the consent was not signed"));

    ui::SigningDialog agreement(m_workspace, m_clientId, FormTemplate::Kind::Agreement, m_window.get());
    agreement.resize(1150, 960); // the three signature pads in view
    agreement.show();
    ScreenGrabber::settle();
    // Day training twice a week, and lunch on training days.
    const QHash<QString, QString> chosen{{QStringLiteral("日间康复训练"), QStringLiteral("每周2次")},
                                         {QStringLiteral("午餐"), QStringLiteral("每次训练日")}};
    if (auto* lines = agreement.findChild<QTableWidget*>(QStringLiteral("agreementLines"))) {
        for (int row = 0; row < lines->rowCount(); ++row) {
            QTableWidgetItem* item = lines->item(row, 0);
            if (!chosen.contains(item->text()))
                continue;
            item->setCheckState(Qt::Checked);
            typeInto(&agreement, qPrintable(QStringLiteral("frequency-%1").arg(row + 1)),
                     chosen[item->text()]);
        }
    }
    sign(&agreement, "clientSignature", 1);
    sign(&agreement, "guardianSignature", 2);
    sign(&agreement, "staffSignature", 3);
    if (!m_grabber.save(&agreement, QStringLiteral("09-sign-agreement")))
        return false;
    if (!clickSave(&agreement))
        return failed(QStringLiteral("the agreement was not signed"));
    if (!advance(CaseAction::StartService))
        return false;

    ui::ClientDetailWidget* detail = showClient(3);
    if (!m_grabber.save(m_window.get(), QStringLiteral("10-documents")))
        return false;
    auto* open = detail->findChild<QPushButton*>(QStringLiteral("openDocument"));
    // The end of the agreement: the signatures as drawn, under the verification banner.
    return grabModal([open] { open->click(); }, QStringLiteral("11-document-view"),
                     [](QWidget* view) {
                         if (auto* text = view->findChild<QTextBrowser*>(QStringLiteral("documentText")))
                             text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
                     });
}

bool ScreenshotTour::logSession()
{
    ui::SessionDialog dialog(m_workspace, m_clientId, m_clientName, m_window.get());
    dialog.show();
    ScreenGrabber::settle();
    typeInto(&dialog, "observations",
             QStringLiteral("练习按时服药打卡，能说出两种药的名称和剂量。情绪平稳，主动问候组员。"));
    if (!m_grabber.save(&dialog, QStringLiteral("13-session-log")))
        return false;
    if (!clickSave(&dialog))
        return failed(QStringLiteral("the session log was refused"));
    showClient(4);
    return m_grabber.save(m_window.get(), QStringLiteral("14-client-sessions"));
}

bool ScreenshotTour::groupWork()
{
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    GroupActivityRepository groups(m_workspace.journal());
    const Result<QList<GroupActivity>> meetings = groups.between(m_workspace.actor(), today, today);
    QString meetingId; // the demo centre's own meeting today; the demo's history may hold one too
    for (const GroupActivity& a : meetings ? meetings.value() : QList<GroupActivity>())
        if (!a.attendanceTaken() && a.startsAt == QTime(9, 0))
            meetingId = a.id;
    if (meetingId.isEmpty())
        return failed(QStringLiteral("no group meeting today"));
    // The tour's client joins today's meeting, as the front desk books her (the roster is replaced
    // by the one booked: everyone already on it, and her).
    const Result<GroupActivity> before = groups.find(m_workspace.actor(), meetingId);
    if (!before)
        return failed(before.error().describe());
    QStringList roster;
    for (const GroupActivity::Attendee& a : before.value().roster)
        roster << a.clientId;
    if (Result<GroupActivityRepository::Saved> r =
            groups.book(m_workspace.actor(), meetingId, roster << m_clientId);
        !r)
        return failed(r.error().describe());
    if (!page("groupsPage", QStringLiteral("15-group-work")))
        return false;
    const Result<GroupActivity> meeting = groups.find(m_workspace.actor(), meetingId);
    if (!meeting)
        return failed(meeting.error().describe());
    ui::AttendanceDialog attendance(m_workspace, meeting.value(), m_window.get());
    attendance.show();
    ScreenGrabber::settle();
    if (auto* all = attendance.findChild<QPushButton*>(QStringLiteral("allPresent")))
        all->click();
    if (auto* table = attendance.findChild<QTableWidget*>(QStringLiteral("attendanceTable"));
        table && table->rowCount() > 2)
        table->item(2, 0)->setCheckState(Qt::Unchecked); // one absent
    if (!m_grabber.save(&attendance, QStringLiteral("16-attendance")))
        return false;
    attendance.reject();
    return page("calendarPage", QStringLiteral("17-calendar"));
}

bool ScreenshotTour::referralsAndClosure()
{
    const auto actionDialog = [this](CaseAction action, const QString& shot, const auto& fill) {
        ui::CaseActionDialog dialog(m_workspace, m_clientId, m_clientName, action, m_window.get());
        dialog.show();
        ScreenGrabber::settle();
        fill(&dialog);
        const bool ok = m_grabber.save(&dialog, shot);
        dialog.reject(); // shown, not recorded: the client stays in service for the pages after
        return ok;
    };
    return actionDialog(CaseAction::GreenChannel, QStringLiteral("18-green-channel"),
                        [](QWidget* d) {
                            typeInto(d, "hospital", QStringLiteral("北京安定医院"));
                            typeInto(d, "reason",
                                     QStringLiteral("近一周拒绝服药，夜间不眠，言语激惹，家属担心安全"));
                        }) &&
           actionDialog(CaseAction::TransferOut, QStringLiteral("19-transfer-out"),
                        [](QWidget* d) {
                            if (auto* county = d->findChild<ui::CountyEdit*>(QStringLiteral("county")))
                                county->setCode(QStringLiteral("110108"));
                            typeInto(d, "reason", QStringLiteral("随家人迁居海淀区"));
                        }) &&
           actionDialog(CaseAction::Close, QStringLiteral("20-close-case"), [](QWidget* d) {
               typeInto(d, "reason", QStringLiteral("康复目标已达成，推荐至辅助性就业岗位"));
           });
}

} // namespace kq::shots
