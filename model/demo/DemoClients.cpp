#include "DemoClients.h"

#include "clients/ClientVocabulary.h"
#include "geo/Divisions.h"
#include "identity/ResidentId.h"

#include <QSet>

#include <array>
#include <cmath>

namespace kq {

namespace {

// The most common surnames, roughly in order of frequency (weighted by position below).
constexpr std::array kSurnames{
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡",
    u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
    u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程", u"苏",
    u"魏", u"吕", u"丁", u"任", u"沈", u"姚", u"卢", u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金",
    u"石", u"廖", u"贾", u"夏", u"韦", u"付", u"方", u"白", u"邹", u"孟", u"熊", u"秦", u"邱", u"江", u"尹",
    u"薛", u"闫", u"段", u"雷", u"侯", u"龙", u"史", u"陶", u"黎", u"贺", u"顾", u"毛", u"郝", u"龚", u"邵",
    u"万", u"钱", u"严", u"覃", u"武", u"戴", u"莫", u"孔", u"向", u"汤", u"单", u"解", u"区", u"仇"};
constexpr char16_t kMaleChars[] = u"伟强磊军勇杰涛明超斌辉刚健平华建国志文博宇浩然俊峰海鹏晨阳鑫亮宏林波东";
constexpr char16_t kFemaleChars[] = u"芳娜敏静丽艳娟霞燕玲桂兰英梅琳婷雪慧颖倩佳欣怡雯晶洁红萍琴云秀月";
constexpr std::array kDiagnoses{u"F20.0", u"F20.3", u"F20.9", u"F25.0", u"F22.0", u"F31.2",
                                u"F31.6", u"F06.2", u"F70.1", u"F32.2", u"F33.1", u"F41.1"};

SevereDisorder severeFor(const QString& code)
{
    if (code.startsWith(u"F20"))
        return SevereDisorder::Schizophrenia;
    if (code.startsWith(u"F25"))
        return SevereDisorder::Schizoaffective;
    if (code.startsWith(u"F22"))
        return SevereDisorder::PersistentDelusional;
    if (code.startsWith(u"F31"))
        return SevereDisorder::Bipolar;
    if (code.startsWith(u"F06"))
        return SevereDisorder::EpilepsyRelated;
    if (code.startsWith(u"F70"))
        return SevereDisorder::IntellectualDisabilityRelated;
    return SevereDisorder::None;
}

} // namespace

DemoClients::DemoClients(quint32 seed, QDate today, QStringList caseManagers)
    : m_random(seed), m_today(today), m_caseManagers(std::move(caseManagers))
{
    // Keep the demo in a few provinces, as a real centre's clients live nearby: mostly Beijing,
    // some from elsewhere (migrants keep their household registration).
    for (const Divisions::County& c : Divisions::instance().all())
        if (c.code.startsWith(u"11") || c.code.startsWith(u"13") || c.code.startsWith(u"37") ||
            c.code.startsWith(u"41"))
            m_counties << c.code;
}

QString DemoClients::personName(const QString& surname, Gender gender)
{
    const std::u16string_view pool =
        gender == Gender::Male ? std::u16string_view(kMaleChars) : std::u16string_view(kFemaleChars);
    QString name = surname;
    const int given = m_random.bounded(10) < 7 ? 2 : 1;
    for (int i = 0; i < given; ++i)
        name += QChar(pool[m_random.bounded(int(pool.size()))]);
    return name;
}

QString DemoClients::phone()
{
    static constexpr std::array kPrefixes{"138", "139", "137", "135", "136", "150", "151", "152", "158",
                                          "159", "186", "187", "188", "130", "131", "132", "155", "156",
                                          "185", "133", "153", "180", "181", "189", "177", "199"};
    QString p = QString::fromLatin1(kPrefixes[m_random.bounded(int(kPrefixes.size()))]);
    p += QStringLiteral("%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
    return p;
}

QString DemoClients::idNumber(const QString& county, const QDate& birth, Gender gender)
{
    for (;;) {
        int sequence = m_random.bounded(1000);
        if ((sequence % 2 == 1) != (gender == Gender::Male))
            sequence = (sequence + 1) % 1000;
        const QString number = ResidentId::compose(county, birth, sequence);
        if (!m_usedIds.contains(number)) {
            m_usedIds.insert(number);
            return number;
        }
    }
}

Guardian DemoClients::guardianFor(const ClientRecord& client, int index)
{
    const int age = ClientVocabulary::ageOn(client.birthDate, m_today);
    Guardian g;
    const Gender gender = m_random.bounded(2) ? Gender::Male : Gender::Female;
    const QString clientSurname = client.name.left(1);
    if (age < 45 && index == 0) {
        g.relation = QStringLiteral("parent");
        g.name = personName(gender == Gender::Male ? clientSurname
                                                   : QString::fromUtf16(kSurnames[m_random.bounded(40)]),
                            gender);
    } else if (index == 0 && m_random.bounded(3) > 0) {
        g.relation = QStringLiteral("spouse");
        g.name = personName(QString::fromUtf16(kSurnames[m_random.bounded(60)]), gender);
    } else {
        g.relation = age >= 60 ? QStringLiteral("child") : QStringLiteral("sibling");
        g.name = personName(clientSurname, gender);
    }
    g.phone = phone();
    g.address = client.address;
    g.legalGuardian = index == 0;
    g.signingContact = index == 0;
    return g;
}

ClientRecord DemoClients::next()
{
    ClientRecord r;
    r.gender = m_random.bounded(100) < 54 ? Gender::Male : Gender::Female;
    // Surnames weighted towards the common ones.
    const int pick = int(std::min<double>(kSurnames.size() - 1, std::pow(m_random.generateDouble(), 2.2) *
                                                                    double(kSurnames.size())));
    r.name = personName(QString::fromUtf16(kSurnames[pick]), r.gender);
    const int age = 12 + int(std::pow(m_random.generateDouble(), 1.3) * 70); // most clients are adults
    r.birthDate = m_today.addYears(-age).addDays(-m_random.bounded(365));
    r.residenceCounty = m_counties.isEmpty() ? QStringLiteral("110105")
                                             : m_counties[m_random.bounded(int(m_counties.size()))];
    r.householdCounty =
        m_random.bounded(10) < 8 ? r.residenceCounty : m_counties[m_random.bounded(int(m_counties.size()))];
    r.idNumber = idNumber(r.householdCounty, r.birthDate, r.gender);
    r.phone = m_random.bounded(10) < 8 ? phone() : QString();
    static constexpr std::array kStreets{u"建国路", u"朝阳北路", u"和平里街", u"团结湖路", u"光华路",
                                         u"安慧里", u"劲松街",   u"望京西路", u"双井街",   u"幸福村路"};
    r.address = QStringLiteral("%1%2号院%3号楼%4单元%5室")
                    .arg(QString::fromUtf16(kStreets[m_random.bounded(int(kStreets.size()))]))
                    .arg(1 + m_random.bounded(120))
                    .arg(1 + m_random.bounded(20))
                    .arg(1 + m_random.bounded(6))
                    .arg(101 + m_random.bounded(20) * 100 + m_random.bounded(4));
    r.diagnosisCode = QString::fromUtf16(kDiagnoses[m_random.bounded(int(kDiagnoses.size()))]);
    r.severeDisorder = severeFor(r.diagnosisCode);
    const int riskRoll = m_random.bounded(100);
    r.riskLevel = riskRoll < 55   ? 0
                  : riskRoll < 80 ? 1
                  : riskRoll < 92 ? 2
                  : riskRoll < 97 ? 3
                  : riskRoll < 99 ? 4
                                  : 5;
    r.riskAssessedOn = m_today.addDays(-m_random.bounded(180));
    r.riskAssessor =
        m_caseManagers.isEmpty() ? QString() : m_caseManagers[m_random.bounded(int(m_caseManagers.size()))];
    if (m_random.bounded(100) < 45) {
        r.disabilityLevel = 1 + m_random.bounded(4);
        r.disabilityCertificate = r.idNumber + QStringLiteral("6%1").arg(r.disabilityLevel);
    }
    r.lowIncome = m_random.bounded(100) < 18;
    r.hardshipAllowance = r.disabilityLevel > 0 && m_random.bounded(100) < 40;
    r.severeDisabilityCare = r.disabilityLevel > 0 && r.disabilityLevel <= 2 && m_random.bounded(100) < 60;
    r.guardianshipReward = m_random.bounded(100) < 25;
    r.insurance =
        m_random.bounded(100) < 70 ? MedicalInsurance::UrbanRuralResident : MedicalInsurance::UrbanEmployee;
    r.caseManager =
        m_caseManagers.isEmpty() ? QString() : m_caseManagers[m_random.bounded(int(m_caseManagers.size()))];
    const int guardians = age < 14 ? 2 : 1 + (m_random.bounded(10) < 3 ? 1 : 0);
    for (int i = 0; i < guardians; ++i)
        r.guardians.append(guardianFor(r, i));
    return r;
}

} // namespace kq
