#include "ClientValidator.h"

#include "ClientVocabulary.h"
#include "geo/Divisions.h"
#include "identity/PhoneNumber.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientValidator)
};

void checkText(ClientCheck& check, QString& value, const QString& field, const QString& label, int maxLength,
               bool required)
{
    value = value.trimmed();
    if (required && value.isEmpty())
        check.errors.append(Error{Tr::tr("%1 is required.").arg(label), field});
    else if (value.size() > maxLength)
        check.errors.append(
            Error{Tr::tr("%1 is longer than %2 characters.").arg(label).arg(maxLength), field});
    else if (hasHiddenCharacters(value) && field != u"notes" && field != u"address")
        check.errors.append(Error{Tr::tr("%1 contains control or direction characters.").arg(label), field});
}

void checkCounty(ClientCheck& check, const QString& code, const QString& field, const QString& label,
                 bool required)
{
    if (code.isEmpty()) {
        if (required)
            check.errors.append(Error{Tr::tr("%1 is required.").arg(label), field});
        return;
    }
    if (!Divisions::instance().isCounty(code))
        check.errors.append(
            Error{Tr::tr("%1 %2 is not a county-level division code.").arg(label, code), field});
}

void checkGuardians(ClientCheck& check, ClientRecord& r, const QDate& today)
{
    int signing = 0;
    bool legal = false;
    for (int i = 0; i < r.guardians.size(); ++i) {
        Guardian& g = r.guardians[i];
        const QString prefix = QStringLiteral("guardian-%1-").arg(i + 1);
        const QString who = Tr::tr("Guardian %1").arg(i + 1);
        checkText(check, g.name, prefix + QStringLiteral("name"), Tr::tr("%1: name").arg(who), 40, true);
        checkText(check, g.address, prefix + QStringLiteral("address"), Tr::tr("%1: address").arg(who), 200,
                  false);
        if (!ClientVocabulary::relationKeys().contains(g.relation))
            check.errors.append(
                Error{Tr::tr("%1: choose the relation.").arg(who), prefix + QStringLiteral("relation")});
        if (g.phone.trimmed().isEmpty()) {
            check.errors.append(
                Error{Tr::tr("%1: a phone number is required.").arg(who), prefix + QStringLiteral("phone")});
        } else if (Result<PhoneNumber> p = PhoneNumber::parse(g.phone, prefix + QStringLiteral("phone")); p) {
            g.phone = p.value().digits;
        } else {
            check.errors.append(Error{Tr::tr("%1: %2").arg(who, p.error().message), p.error().field});
        }
        signing += g.signingContact ? 1 : 0;
        legal = legal || g.legalGuardian;
    }
    if (r.guardians.size() == 1 && signing == 0) {
        r.guardians[0].signingContact = true;
        signing = 1;
    }
    if (!r.guardians.isEmpty() && signing != 1)
        check.errors.append(Error{Tr::tr("Mark exactly one guardian as the one who signs with the client."),
                                  QStringLiteral("signing-contact")});
    const bool child =
        r.birthDate.isValid() && ClientVocabulary::ageGroupOn(r.birthDate, today) == AgeGroup::Child;
    if (child && !legal)
        check.errors.append(
            Error{Tr::tr("A client under 14 needs a legal guardian, who consents on their behalf."),
                  QStringLiteral("guardians")});
    // PIPL art. 31: for a child it is a legal guardian who signs.
    for (const Guardian& g : r.guardians)
        if (child && legal && signing == 1 && g.signingContact && !g.legalGuardian)
            check.errors.append(
                Error{Tr::tr("For a client under 14 the guardian who signs must be a legal guardian."),
                      QStringLiteral("signing-contact")});
}

} // namespace

QString ClientCheck::summary() const
{
    QStringList lines;
    for (const Error& e : errors)
        lines << e.message;
    return lines.join(u'\n');
}

ClientCheck ClientValidator::normalise(ClientRecord& r, const QDate& today)
{
    ClientCheck check;
    checkText(check, r.name, QStringLiteral("name"), Tr::tr("Name"), 40, true);

    if (!r.idNumber.trimmed().isEmpty()) {
        Result<ResidentId> id = ResidentId::parse(r.idNumber, today);
        if (!id) {
            check.errors.append(id.error());
        } else {
            const ResidentId& v = id.value();
            r.idNumber = v.number;
            if (v.upgradedFromLegacy)
                check.notices
                    << Tr::tr("The 15-digit ID number was upgraded to %1.").arg(ResidentId::mask(v.number));
            if (!Divisions::instance().isCounty(v.areaCode))
                check.notices << Tr::tr("The ID number's area code %1 is not a current county; it may be an "
                                        "abolished one. Please check it.")
                                     .arg(v.areaCode);
            if (!r.birthDate.isValid())
                r.birthDate = v.birthDate;
            else if (r.birthDate != v.birthDate)
                check.errors.append(Error{Tr::tr("The birth date does not match the ID number (%1).")
                                              .arg(v.birthDate.toString(Qt::ISODate)),
                                          QStringLiteral("birth-date")});
            if (r.gender == Gender::Unknown)
                r.gender = v.gender;
            else if (r.gender != v.gender)
                check.errors.append(
                    Error{Tr::tr("The gender does not match the ID number."), QStringLiteral("gender")});
        }
    } else {
        r.idNumber.clear();
    }

    if (!r.birthDate.isValid())
        check.errors.append(Error{Tr::tr("The birth date is required."), QStringLiteral("birth-date")});
    else if (r.birthDate > today)
        check.errors.append(Error{Tr::tr("The birth date is in the future."), QStringLiteral("birth-date")});
    else if (r.birthDate.year() < 1900)
        check.errors.append(Error{Tr::tr("The birth date is before 1900."), QStringLiteral("birth-date")});
    if (r.gender == Gender::Unknown)
        check.errors.append(Error{Tr::tr("Choose the gender."), QStringLiteral("gender")});

    if (!r.phone.trimmed().isEmpty()) {
        if (Result<PhoneNumber> p = PhoneNumber::parse(r.phone); p)
            r.phone = p.value().digits;
        else
            check.errors.append(p.error());
    } else {
        r.phone.clear();
    }
    checkText(check, r.address, QStringLiteral("address"), Tr::tr("Address"), 200, false);
    checkCounty(check, r.householdCounty, QStringLiteral("household-county"), Tr::tr("Household county"),
                false);
    checkCounty(check, r.residenceCounty, QStringLiteral("residence-county"), Tr::tr("County of residence"),
                true);

    static const QRegularExpression icd10(QStringLiteral("^F[0-9]{2}(\\.[0-9]{1,2})?$"));
    r.diagnosisCode = r.diagnosisCode.trimmed().toUpper();
    if (!r.diagnosisCode.isEmpty() && !icd10.match(r.diagnosisCode).hasMatch())
        check.errors.append(Error{Tr::tr("The diagnosis must be an ICD-10 F code such as F20 or F20.0."),
                                  QStringLiteral("diagnosis")});
    if (r.riskLevel < -1 || r.riskLevel > 5)
        check.errors.append(Error{Tr::tr("The risk level must be 0 to 5."), QStringLiteral("risk-level")});
    if (r.riskLevel >= 0 && !r.riskAssessedOn.isValid())
        check.errors.append(
            Error{Tr::tr("Give the date of the risk assessment."), QStringLiteral("risk-assessed-on")});
    if (r.riskAssessedOn.isValid() && r.riskAssessedOn > today)
        check.errors.append(
            Error{Tr::tr("The risk assessment date is in the future."), QStringLiteral("risk-assessed-on")});
    checkText(check, r.riskAssessor, QStringLiteral("risk-assessor"), Tr::tr("Risk assessor"), 40, false);

    if (r.disabilityLevel < 0 || r.disabilityLevel > 4)
        check.errors.append(Error{Tr::tr("The disability level must be 1 to 4, or none."),
                                  QStringLiteral("disability-level")});
    checkText(check, r.disabilityCertificate, QStringLiteral("disability-certificate"),
              Tr::tr("Disability certificate number"), 30, r.disabilityLevel > 0);
    checkText(check, r.caseManager, QStringLiteral("case-manager"), Tr::tr("Case manager"), 32, false);
    checkText(check, r.notes, QStringLiteral("notes"), Tr::tr("Notes"), 4000, false);
    if (!ClientVocabulary::statusKeys().contains(r.status))
        check.errors.append(
            Error{Tr::tr("Unknown client status %1.").arg(r.status), QStringLiteral("status")});
    checkGuardians(check, r, today);
    return check;
}

} // namespace kq
