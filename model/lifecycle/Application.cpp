#include "Application.h"

#include "core/DateText.h"
#include "core/TextLimits.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Application)
};

QString k(const char* s)
{
    return QString::fromLatin1(s);
}

// The free text kept for the way in (toDetails() drops the rest, so a field left over from another
// way in is not held against the application), checked as it is stored: trimmed.
std::optional<Error> checkTexts(const Application& a)
{
    using TextLimits::Kind;
    struct Field {
        const QString* value;
        const char* name;
        QString label;
        int max;
        Kind kind;
    };
    QList<Field> fields;
    switch (a.wayIn) {
    case WayIn::Hospital:
        fields = {
            {&a.hospital, "hospital", Tr::tr("The hospital"), TextLimits::kOrganisation, Kind::Line},
            {&a.department, "department", Tr::tr("The department"), TextLimits::kOrganisation, Kind::Line},
            {&a.doctor, "doctor", Tr::tr("The doctor"), TextLimits::kPersonName, Kind::Line},
            {&a.assessmentSummary, "assessment-summary", Tr::tr("The hospital's assessment"),
             TextLimits::kNotes, Kind::Text}};
        break;
    case WayIn::Voluntary:
        break;
    case WayIn::Reported:
        fields = {{&a.reporterName, "reporter", Tr::tr("The reporter's name"), TextLimits::kOrganisation,
                   Kind::Line}};
        break;
    case WayIn::Platform:
        fields = {{&a.platformReference, "platform-reference", Tr::tr("The platform's referral number"),
                   TextLimits::kReference, Kind::Line},
                  {&a.fromOrganisation, "from-organisation", Tr::tr("The referring organisation"),
                   TextLimits::kOrganisation, Kind::Line}};
        break;
    }
    fields.append({&a.notes, "notes", Tr::tr("The notes"), TextLimits::kNotes, Kind::Text});
    for (const Field& f : fields)
        if (std::optional<Error> e = TextLimits::check(f.value->trimmed(), k(f.name), f.label, f.max, f.kind))
            return e;
    return std::nullopt;
}
} // namespace

Result<void> Application::validate(const QDate& today) const
{
    if (!appliedOn.isValid())
        return Error{Tr::tr("Enter the date of the application."), k("applied-on")};
    if (appliedOn > today)
        return Error{Tr::tr("The application date cannot be in the future."), k("applied-on")};
    if (std::optional<Error> e = checkTexts(*this))
        return *e;
    switch (wayIn) {
    case WayIn::Hospital:
        if (hospital.trimmed().isEmpty())
            return Error{Tr::tr("Enter the hospital that recommended community rehabilitation."),
                         k("hospital")};
        if (!patientConsented && !guardianConsented)
            return Error{
                Tr::tr("A hospital recommendation needs the consent of the patient or the guardian."),
                k("consent")};
        break;
    case WayIn::Voluntary:
        if (applicant != u"client" && applicant != u"guardian")
            return Error{Tr::tr("Say whether the client or the guardian applied."), k("applicant")};
        break;
    case WayIn::Reported:
        if (!reporterKinds().contains(reporterKind))
            return Error{Tr::tr("Choose who made the report."), k("reporter-kind")};
        if (reporterName.trimmed().isEmpty())
            return Error{Tr::tr("Enter the name of the reporter."), k("reporter")};
        if (!channels().contains(channel))
            return Error{Tr::tr("Choose how the report arrived."), k("channel")};
        break;
    case WayIn::Platform:
        if (platformReference.trimmed().isEmpty())
            return Error{Tr::tr("Enter the platform's referral number."), k("platform-reference")};
        break;
    }
    return {};
}

QVariantMap Application::toDetails() const
{
    QVariantMap d{{k("way_in"), WaysIn::key(wayIn)}, {k("applied_on"), appliedOn.toString(Qt::ISODate)}};
    auto put = [&d](const char* key, const QString& v) {
        if (!v.trimmed().isEmpty())
            d.insert(k(key), v.trimmed());
    };
    switch (wayIn) {
    case WayIn::Hospital:
        put("hospital", hospital);
        put("department", department);
        put("doctor", doctor);
        put("assessment_summary", assessmentSummary);
        d.insert(k("patient_consented"), patientConsented);
        d.insert(k("guardian_consented"), guardianConsented);
        break;
    case WayIn::Voluntary:
        put("applicant", applicant);
        break;
    case WayIn::Reported:
        put("reporter_kind", reporterKind);
        put("reporter_name", reporterName);
        put("channel", channel);
        break;
    case WayIn::Platform:
        put("platform_reference", platformReference);
        put("from_organisation", fromOrganisation);
        break;
    }
    put("notes", notes);
    return d;
}

Application Application::fromDetails(const QVariantMap& d)
{
    Application a;
    a.wayIn = WaysIn::fromKey(d.value(k("way_in")).toString()).value_or(WayIn::Voluntary);
    a.appliedOn = QDate::fromString(d.value(k("applied_on")).toString(), Qt::ISODate);
    a.hospital = d.value(k("hospital")).toString();
    a.department = d.value(k("department")).toString();
    a.doctor = d.value(k("doctor")).toString();
    a.assessmentSummary = d.value(k("assessment_summary")).toString();
    a.patientConsented = d.value(k("patient_consented")).toBool();
    a.guardianConsented = d.value(k("guardian_consented")).toBool();
    a.applicant = d.value(k("applicant"), k("client")).toString();
    a.reporterKind = d.value(k("reporter_kind")).toString();
    a.reporterName = d.value(k("reporter_name")).toString();
    a.channel = d.value(k("channel")).toString();
    a.platformReference = d.value(k("platform_reference")).toString();
    a.fromOrganisation = d.value(k("from_organisation")).toString();
    a.notes = d.value(k("notes")).toString();
    return a;
}

QString Application::summary() const
{
    QString what;
    switch (wayIn) {
    case WayIn::Hospital:
        what = hospital;
        break;
    case WayIn::Voluntary:
        what = applicant == u"guardian" ? Tr::tr("applied by the guardian") : Tr::tr("applied by the client");
        break;
    case WayIn::Reported:
        what = Tr::tr("%1 %2, by %3").arg(reporterKindName(reporterKind), reporterName, channelName(channel));
        break;
    case WayIn::Platform:
        what = Tr::tr("platform referral %1").arg(platformReference);
        break;
    }
    return Tr::tr("%1: %2, %3").arg(WaysIn::name(wayIn), what, dateText(appliedOn));
}

QStringList Application::reporterKinds()
{
    return {k("employer"), k("residents_committee"), k("village_committee"), k("social_organisation"),
            k("individual")};
}

QString Application::reporterKindName(const QString& key)
{
    if (key == u"employer")
        return Tr::tr("Employer");
    if (key == u"residents_committee")
        return Tr::tr("Residents' committee");
    if (key == u"village_committee")
        return Tr::tr("Village committee");
    if (key == u"social_organisation")
        return Tr::tr("Social organisation");
    if (key == u"individual")
        return Tr::tr("Individual");
    return key;
}

QStringList Application::channels()
{
    return {k("phone"), k("visit"), k("letter"), k("online")};
}

QString Application::channelName(const QString& key)
{
    if (key == u"phone")
        return Tr::tr("Phone");
    if (key == u"visit")
        return Tr::tr("In person");
    if (key == u"letter")
        return Tr::tr("Letter");
    if (key == u"online")
        return Tr::tr("Online");
    return key;
}

} // namespace kq
