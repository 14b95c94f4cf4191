#include "ReferralDesk.h"

#include "DeviceRegistry.h"
#include "PlatformStore.h"
#include "RecordTable.h"
#include "StoreTransaction.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace kq::platform {

namespace {

const QString Platform = QStringLiteral("platform");

// When the referral was made, sent with it: every workstation of the receiving centre opens the
// case with these, so the rows they derive (and push) are the same. The day is Beijing's.
QString referredAt()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString referredOn()
{
    return QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().toString(Qt::ISODate);
}

bool isCounty(const QString& s)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{6}$"));
    return pattern.match(s).hasMatch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<QString> ReferralDesk::assign(const Assignment& a)
{
    static const QRegularExpression idNumber(QStringLiteral("^[0-9]{17}[0-9Xx]$"));
    if (!m_devices.centre(a.centre))
        return Error(QStringLiteral("no centre %1").arg(a.centre), QStringLiteral("centre"));
    if (a.name.trimmed().isEmpty() || a.name.size() > 100)
        return Error(QStringLiteral("a name is 1-100 characters"), QStringLiteral("name"));
    if (a.gender != u"male" && a.gender != u"female" && a.gender != u"unknown")
        return Error(QStringLiteral("gender is male, female or unknown"), QStringLiteral("gender"));
    const QDate birth = QDate::fromString(a.birthDate, Qt::ISODate);
    if (a.birthDate.size() != 10 || !birth.isValid() || birth > QDate::currentDate())
        return Error(QStringLiteral("a birth date is YYYY-MM-DD and not in the future"),
                     QStringLiteral("birth-date"));
    if (!isCounty(a.county))
        return Error(QStringLiteral("a county is a 6-digit division code"), QStringLiteral("county"));
    if (!a.idNumber.isEmpty() && !idNumber.match(a.idNumber).hasMatch())
        return Error(QStringLiteral("an ID number is 18 characters (17 digits, then a digit or X)"),
                     QStringLiteral("id-number"));
    if (a.phone.size() > 32 || a.reference.size() > 64 || a.note.size() > 2000)
        return Error(QStringLiteral("phone, reference or note too long"), QStringLiteral("note"));

    const QString id = newId();
    const QJsonObject fields{{QStringLiteral("name"), a.name.trimmed()},
                             {QStringLiteral("gender"), a.gender},
                             {QStringLiteral("birth_date"), a.birthDate},
                             {QStringLiteral("id_number"), a.idNumber.toUpper()},
                             {QStringLiteral("phone"), a.phone},
                             {QStringLiteral("residence_county"), a.county},
                             {QStringLiteral("way_in"), Platform},
                             {QStringLiteral("platform_reference"), a.reference.isEmpty() ? id : a.reference},
                             {QStringLiteral("from_centre"), QString()},
                             {QStringLiteral("note"), a.note},
                             {QStringLiteral("referred_on"), referredOn()},
                             {QStringLiteral("referred_at"), referredAt()}};
    StoreTransaction tx(m_store);
    RecordTable(m_store).createNew(a.centre, QStringLiteral("referral"), id, fields, Platform);
    tx.commit();
    return id;
}

QString ReferralDesk::forwardTransfer(const QString& senderCentre, const QString& eventId,
                                      const QJsonObject& event)
{
    if (event.value(QStringLiteral("action")).toString() != u"transfer-out")
        return {};
    // details is JSON text written by LifecycleService::writeEvent: {"centre", "county", ...}.
    const QJsonObject details =
        QJsonDocument::fromJson(event.value(QStringLiteral("details")).toString().toUtf8()).object();
    const std::optional<Centre> target =
        m_devices.findCentre(details.value(QStringLiteral("centre")).toString());
    if (!target || target->code == senderCentre)
        return {};

    QJsonObject fields{{QStringLiteral("way_in"), Platform},
                       {QStringLiteral("platform_reference"), eventId},
                       {QStringLiteral("from_centre"), senderCentre},
                       {QStringLiteral("note"), event.value(QStringLiteral("reason")).toString()},
                       {QStringLiteral("referred_on"), referredOn()},
                       {QStringLiteral("referred_at"), referredAt()}};
    const std::optional<StoredRecord> client =
        RecordTable(m_store).find(senderCentre, event.value(QStringLiteral("client_id")).toString());
    if (client && client->entity == u"client" && !client->deleted) {
        // The registration fields the receiving workstation's referral holds (model/replica/
        // PlatformRecords.cpp). Not risk_level: the receiving centre assesses risk itself.
        for (const char* key :
             {"name", "gender", "birth_date", "id_number", "phone", "residence_county", "diagnosis_code"}) {
            const QJsonValue v = client->fields.value(QLatin1String(key));
            if (!v.isUndefined())
                fields.insert(QLatin1String(key), v);
        }
    }
    // The client moved: the county of the new residence is the one the receiving centre serves.
    const QString county = details.value(QStringLiteral("county")).toString();
    if (isCounty(county))
        fields.insert(QStringLiteral("residence_county"), county);
    const QString id = newId();
    RecordTable(m_store).createNew(target->code, QStringLiteral("referral"), id, fields, Platform);
    return id;
}

} // namespace kq::platform
