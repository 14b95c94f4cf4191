#include "DemoCases.h"

#include "assessments/AssessmentRepository.h"
#include "assessments/PlanRepository.h"
#include "auth/Actor.h"
#include "lifecycle/LifecycleService.h"
#include "scales/ScaleLibrary.h"
#include "services/ServiceCatalogue.h"
#include "store/Journal.h"

#include <array>

namespace kq {

namespace {
using S = CaseState;
using A = CaseAction;

// Share of clients in each state on the day the demo is made (per thousand).
struct Share {
    CaseState state;
    int perMille;
    int minDays; // how long ago the application was, by state
    int maxDays;
};
constexpr std::array kShares{
    Share{S::Applied, 40, 0, 9},
    Share{S::Registered, 40, 3, 14},
    Share{S::NotRegistered, 25, 10, 400},
    Share{S::Waiting, 70, 20, 200},
    Share{S::Referred, 30, 8, 25},
    Share{S::Assessing, 40, 10, 40},
    Share{S::AwaitingAgreement, 40, 15, 50},
    Share{S::InService, 520, 60, 1000},
    Share{S::Hospitalised, 30, 90, 900},
    Share{S::TransferredOut, 30, 120, 900},
    Share{S::Closed, 135, 200, 1100},
};

constexpr std::array kHospitals{u"北京安定医院", u"北京回龙观医院", u"北京大学第六医院",
                                u"朝阳区精神卫生中心"};
constexpr std::array kGoals{u"按时服药，能说出药名和剂量", u"每周参加两次日间训练",
                            u"学会乘公交车独立往返中心",   u"能独立完成简单家务",
                            u"改善与家人的沟通",           u"参加职业技能培训并尝试实习"};
constexpr std::array kFrequencies{u"每周1次", u"每周2次", u"每周3次", u"每月2次", u"每日"};

CaseInput on(const QDate& day, const QString& reason = {}, QVariantMap details = {})
{
    CaseInput in;
    in.at = QDateTime(day, QTime(10, 0));
    in.reason = reason;
    in.details = std::move(details);
    return in;
}
} // namespace

DemoCases::DemoCases(quint32 seed, QDate today, Journal& journal, const ScaleLibrary& scales,
                     QStringList staff)
    : m_random(seed ^ 0x5eedca5e), m_today(today), m_journal(journal), m_scales(scales),
      m_staff(std::move(staff)), m_documents(seed, today, journal)
{
}

CaseState DemoCases::pickState()
{
    int roll = m_random.bounded(1000);
    for (const Share& s : kShares) {
        if (roll < s.perMille)
            return s.state;
        roll -= s.perMille;
    }
    return S::InService;
}

Result<QString> DemoCases::add(const Actor& actor, ClientRecord client)
{
    const CaseState target = pickState();
    const Share* share = &kShares.front();
    for (const Share& s : kShares)
        if (s.state == target)
            share = &s;
    const QDate appliedOn =
        m_today.addDays(-(share->minDays + m_random.bounded(share->maxDays - share->minDays + 1)));

    Application app;
    app.appliedOn = appliedOn;
    const int way = m_random.bounded(100);
    if (way < 45) {
        app.wayIn = WayIn::Hospital;
        app.hospital = QString::fromUtf16(kHospitals[m_random.bounded(int(kHospitals.size()))]);
        app.department = QStringLiteral("精神科");
        app.patientConsented = true;
        app.guardianConsented = m_random.bounded(10) < 8;
    } else if (way < 75) {
        app.wayIn = WayIn::Voluntary;
        app.applicant = m_random.bounded(2) ? QStringLiteral("client") : QStringLiteral("guardian");
    } else if (way < 90) {
        app.wayIn = WayIn::Reported;
        app.reporterKind =
            Application::reporterKinds()[m_random.bounded(int(Application::reporterKinds().size()))];
        app.reporterName = QStringLiteral("社区网格员");
        app.channel = Application::channels()[m_random.bounded(int(Application::channels().size()))];
    } else {
        app.wayIn = WayIn::Platform;
        app.platformReference = QStringLiteral("ZJ-%1-%2")
                                    .arg(appliedOn.year())
                                    .arg(m_random.bounded(1000000), 6, 10, QLatin1Char('0'));
        app.fromOrganisation = QStringLiteral("区残联");
    }
    const QString manager = client.caseManager.isEmpty() ? actor.username : client.caseManager;
    Result<ClientRepository::Saved> saved = LifecycleService(m_journal).apply(actor, client, app);
    if (!saved)
        return saved.error();
    client.id = saved.value().id;
    if (Result<void> walked = walk(actor, client, target, appliedOn, manager); !walked)
        return walked.error();
    return client.id;
}

Result<void> DemoCases::walk(const Actor& actor, const ClientRecord& client, CaseState target,
                             QDate appliedOn, const QString& manager)
{
    const QString& id = client.id;
    LifecycleService cases(m_journal);
    QDate day = appliedOn;
    // Each step a few days after the last, never past today: later steps of a recent case bunch up.
    auto step = [&](int minDays, int maxDays) {
        day = std::min(m_today, day.addDays(minDays + m_random.bounded(maxDays - minDays + 1)));
        return day;
    };
    auto perform = [&](CaseAction a, const CaseInput& in) -> Result<void> {
        Result<CaseState> r = cases.perform(actor, id, a, in);
        if (!r)
            return r.error();
        return {};
    };
    auto reached = [&]() { return cases.facts(id)->state == target; };
    const std::optional<CaseFacts> start = cases.facts(id);
    if (!start || start->state == target)
        return {};

    if (start->state == S::Applied) {
        if (WaysIn::needsReview(start->wayIn))
            if (Result<void> r = perform(A::ReviewNeeds, on(step(0, 2), QStringLiteral("社工入户评估需求")));
                !r)
                return r;
        if (target == S::NotRegistered)
            return perform(A::DeclineRegistration, on(step(1, 4), QStringLiteral("不符合服务条件")));
        if (Result<void> r = perform(A::Register, on(step(1, 4))); !r)
            return r;
        if (reached())
            return {};
        if (target == S::Waiting || m_random.bounded(10) < 2) {
            if (Result<void> r =
                    perform(A::PlaceOnWaitingList, on(step(1, 5), QStringLiteral("暂无服务名额")));
                !r)
                return r;
            if (target == S::Waiting)
                return {};
            step(20, 80); // a wait shorter than three months, then a place frees up
        }
        if (Result<void> r = perform(
                A::ReferToCentre, on(step(1, 4), {}, {{QStringLiteral("centre"), QStringLiteral("本中心")}}));
            !r)
            return r;
    }
    if (reached())
        return {};
    if (target == S::TransferredOut && m_random.bounded(3) == 0)
        return perform(A::TransferOut, on(step(1, 10), QStringLiteral("迁居外区"),
                                          {{QStringLiteral("county"), QStringLiteral("110108")}}));
    if (Result<void> r = perform(A::AcceptReferral, on(step(1, 5))); !r)
        return r;
    if (reached())
        return {};

    // Intake assessment with SDSS, then the plan.
    AssessmentRepository assessments(m_journal, m_scales);
    auto assess = [&](Assessment::Kind kind) -> Result<QString> {
        Assessment a;
        a.clientId = id;
        a.kind = kind;
        a.assessedOn = step(2, 10);
        a.participants = {{QStringLiteral("psychiatrist"), QStringLiteral("刘医生")},
                          {QStringLiteral("social_worker"), QStringLiteral("王社工")}};
        if (m_random.bounded(2))
            a.participants.append({QStringLiteral("rehab_therapist"), QStringLiteral("陈治疗师")});
        a.riskLevel = m_random.bounded(100) < 85 ? m_random.bounded(3) : 3 + m_random.bounded(3);
        a.opinion = QStringLiteral("建议参加日间训练与家庭支持服务");
        if (const ScaleDefinition* sdss = m_scales.find(QStringLiteral("sdss"))) {
            Assessment::ScaleEntry e;
            e.scaleId = sdss->id;
            for (const ScaleItem& item : sdss->items)
                e.answers.insert(
                    item.id,
                    item.options[m_random.bounded(int(std::min<qsizetype>(3, item.options.size())))].value);
            a.scales.append(e);
        }
        if (kind == Assessment::Kind::Transfer) {
            const QStringList outcomes{QStringLiteral("employment"), QStringLiteral("sheltered_employment"),
                                       QStringLiteral("other_service"), QStringLiteral("community_living")};
            a.outcome = outcomes[m_random.bounded(int(outcomes.size()))];
            a.progress = {QStringLiteral("improved"), QStringLiteral("stable"), QStringLiteral("independent"),
                          QStringLiteral("yes"), QStringLiteral("supported")};
        }
        Result<AssessmentRepository::Recorded> r = assessments.record(actor, a);
        if (!r)
            return r.error();
        return r.value().id;
    };
    Result<QString> intake = assess(Assessment::Kind::Intake);
    if (!intake)
        return intake.error();
    const ServiceCatalogue catalogue = ServiceCatalogue::load(m_journal.database());
    Plan plan;
    plan.clientId = id;
    plan.assessmentId = intake.value();
    plan.startsOn = day;
    plan.responsible = manager;
    const int goals = 1 + m_random.bounded(3);
    for (int g = 0; g < goals; ++g)
        plan.goals.append({{}, QString::fromUtf16(kGoals[m_random.bounded(int(kGoals.size()))])});
    const QList<ServiceEntry> contents = catalogue.contents();
    const QList<ServiceEntry> forms = catalogue.forms();
    for (int i = 0; i < 1 + m_random.bounded(3); ++i)
        plan.services.append({contents[m_random.bounded(int(contents.size()))].key,
                              forms[m_random.bounded(int(forms.size()))].key,
                              QString::fromUtf16(kFrequencies[m_random.bounded(int(kFrequencies.size()))])});
    if (Result<QString> r = PlanRepository(m_journal).save(actor, plan); !r)
        return r.error();
    if (Result<void> r = perform(A::CompleteIntake, on(step(0, 3))); !r)
        return r;
    if (reached())
        return {};
    // Consent and agreement signed on paper (scanned) the day service starts. The case event keeps
    // the paper reference too: the lifecycle asks for documents in force today, and a case that
    // started years ago has long since renewed its first agreement.
    CaseInput signedOnPaper = on(step(1, 7));
    signedOnPaper.document = QStringLiteral("纸质协议");
    if (Result<void> r = m_documents.startService(actor, client, day); !r)
        return r;
    if (Result<void> r = perform(A::StartService, signedOnPaper); !r)
        return r;

    // In service: periodic assessments every half year or so, up to where the target needs the case.
    // In service: a periodic assessment about every half year; most centres keep up, a few fall behind.
    while (day.addMonths(6) < m_today && m_random.bounded(100) < 99) {
        step(150, 180);
        if (Result<QString> r = assess(Assessment::Kind::Periodic); !r)
            return r.error();
    }
    if (target == S::InService)
        return m_documents.renewBefore(actor, m_today.addDays(1));
    // The agreement ends with a hospital stay, a transfer or the closure (its clause 7.3); what was
    // due for renewal before then was renewed (or lapsed) first.
    auto endAgreement = [&](const QDate& on, const QString& reason) -> Result<void> {
        if (Result<void> r = m_documents.renewBefore(actor, on); !r)
            return r;
        return m_documents.endAgreement(actor, on, reason);
    };
    if (target == S::Hospitalised || (target == S::Closed && m_random.bounded(10) < 2)) {
        const QString hospital = QString::fromUtf16(kHospitals[m_random.bounded(int(kHospitals.size()))]);
        const QDate admitted = step(5, 60);
        if (Result<void> r = endAgreement(admitted, QStringLiteral("住院治疗，协议终止")); !r)
            return r;
        if (Result<void> r = perform(A::GreenChannel, on(admitted, QStringLiteral("病情波动，拒绝服药"),
                                                         {{QStringLiteral("hospital"), hospital}}));
            !r)
            return r;
        if (target == S::Hospitalised)
            return {};
        const QDate resumed = step(14, 45);
        if (Result<void> r = m_documents.signAgreement(actor, resumed); !r)
            return r;
        if (Result<void> r = perform(A::ResumeService, on(resumed)); !r)
            return r;
    }
    if (target == S::TransferredOut) {
        // Signed before the transfer: afterwards the record is read-only here.
        const QDate transferred = step(5, 60);
        if (Result<void> r = endAgreement(transferred, QStringLiteral("迁居外区，协议终止")); !r)
            return r;
        return perform(A::TransferOut, on(transferred, QStringLiteral("迁居外区"),
                                          {{QStringLiteral("county"), QStringLiteral("110108")}}));
    }
    if (target == S::Closed) {
        if (Result<QString> r = assess(Assessment::Kind::Transfer); !r)
            return r.error();
        const QDate closedOn = step(1, 10);
        if (Result<void> r = endAgreement(closedOn, QStringLiteral("结案，服务终止")); !r)
            return r;
        const QDate followUpOn = closedOn.addMonths(1);
        if (Result<void> r =
                perform(A::Close, on(closedOn, {},
                                     {{QStringLiteral("follow_up_on"), followUpOn.toString(Qt::ISODate)}}));
            !r)
            return r;
        // The follow-up call was made for nearly every case closed long enough ago.
        if (followUpOn < m_today && m_random.bounded(100) < 92) {
            day = followUpOn;
            return perform(A::RecordFollowUp, on(step(0, 5), QStringLiteral("电话回访：情况稳定")));
        }
    }
    return {};
}

} // namespace kq
