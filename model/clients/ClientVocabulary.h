#pragma once

#include "ClientRecord.h"

#include <QString>
#include <QStringList>

namespace kq {

// Stable keys (database, CLI, sync) and translated names for the client record's coded fields.
namespace ClientVocabulary {

QString genderKey(Gender g);
Gender genderFromKey(const QString& key);
QString genderName(Gender g);

QString severeDisorderKey(SevereDisorder d);
SevereDisorder severeDisorderFromKey(const QString& key);
QString severeDisorderName(SevereDisorder d);
QList<SevereDisorder> severeDisorders(); // None first

QString insuranceKey(MedicalInsurance m);
MedicalInsurance insuranceFromKey(const QString& key);
QString insuranceName(MedicalInsurance m);
QList<MedicalInsurance> insurances();

QStringList relationKeys();
QString relationName(const QString& key); // in the interface's language
// The relation as a document written in `language` (a FormTemplate language) names it, whatever
// the interface's language: a Chinese agreement says 父母 even when the window is in English.
QString relationName(const QString& key, const QString& language);

// Age groups: child under 14 (PIPL art. 31: guardian consent), adolescent 14–17, adult 18–59,
// older 60+ (老年人权益保障法 art. 2).
AgeGroup ageGroupOn(const QDate& birthDate, const QDate& day);
QString ageGroupKey(AgeGroup g);
QString ageGroupName(AgeGroup g);
int ageOn(const QDate& birthDate, const QDate& day);

// 0..5 as defined in 严重精神障碍管理治疗工作规范 (2018); -1 "not assessed".
QString riskLevelName(int level);       // "3 – unstable" style short label
QString riskLevelDefinition(int level); // the full definition, shown as help
bool isUnstable(int level);             // 3–5

QString statusName(const QString& statusKey);
// Lifecycle states (CaseState keys, in workflow order); LifecycleRules says which may follow which.
QStringList statusKeys();

} // namespace ClientVocabulary
} // namespace kq
