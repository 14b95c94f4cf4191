#pragma once

#include "identity/ResidentId.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kq {

// One of the six severe mental disorders (严重精神障碍管理治疗工作规范 2018), if any.
enum class SevereDisorder {
    None,
    Schizophrenia,
    Schizoaffective,
    PersistentDelusional,
    Bipolar,
    EpilepsyRelated,
    IntellectualDisabilityRelated
};

enum class AgeGroup { Child, Adolescent, Adult, Older };

enum class MedicalInsurance { Unknown, UrbanEmployee, UrbanRuralResident, None, Other };

struct Guardian {
    QString id;
    QString name;
    QString relation; // key: parent, spouse, child, sibling, relative, committee, other
    QString phone;    // normalised digits
    QString address;
    bool legalGuardian = false;  // 法定监护人 (else a family carer)
    bool signingContact = false; // signs consents and agreements with the client; at most one
};

// A client's registration record as the front desk and case managers edit it.
struct ClientRecord {
    QString id;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString idNumber; // 18-digit resident ID, or empty when the person has none to hand
    QString phone;
    QString address;
    QString householdCounty; // 户籍 county division code
    QString residenceCounty; // 现居住 county division code

    // Clinical: only roles with ViewClinicalRecords see them, EditClinicalRecords change them.
    QString diagnosisCode; // ICD-10 F code, e.g. F20.0
    SevereDisorder severeDisorder = SevereDisorder::None;
    int riskLevel = -1; // 0..5, -1 = not yet assessed
    QDate riskAssessedOn;
    QString riskAssessor;

    QString disabilityCertificate;     // 残疾人证号, empty if none
    int disabilityLevel = 0;           // 1..4 (一级..四级), 0 = none
    bool lowIncome = false;            // 低保
    bool hardshipAllowance = false;    // 困难残疾人生活补贴
    bool severeDisabilityCare = false; // 重度残疾人护理补贴
    bool guardianshipReward = false;   // 监护以奖代补
    MedicalInsurance insurance = MedicalInsurance::Unknown;

    QString caseManager; // username of the assigned case manager
    QString status = QStringLiteral("registered");
    QString notes;
    QList<Guardian> guardians;

    qint64 rev = 0;
};

} // namespace kq
