#include "FormTemplate.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FormTemplate)
};

struct PlaceholderInfo {
    const char* name;
    const char* help; // English source, translated by describe()
};

// Only data Kangqiao has a source for: the centre profile has a name and code, no address or phone.
constexpr PlaceholderInfo kPlaceholders[] = {
    {"centre.name", QT_TRANSLATE_NOOP("FormTemplate", "The centre's name, as in its profile.")},
    {"centre.code", QT_TRANSLATE_NOOP("FormTemplate", "The institution code issued by the platform.")},
    {"client.name", QT_TRANSLATE_NOOP("FormTemplate", "The client's full name.")},
    {"client.id_number_masked",
     QT_TRANSLATE_NOOP("FormTemplate", "The client's ID number with the middle digits masked.")},
    {"client.birth_date", QT_TRANSLATE_NOOP("FormTemplate", "The client's date of birth.")},
    {"guardian.name", QT_TRANSLATE_NOOP("FormTemplate", "The guardian's name; blank when there is none.")},
    {"guardian.relation", QT_TRANSLATE_NOOP("FormTemplate", "The guardian's relationship to the client.")},
    {"services.table",
     QT_TRANSLATE_NOOP("FormTemplate", "A table of the services: content, unit, price and frequency.")},
    {"term.start", QT_TRANSLATE_NOOP("FormTemplate", "The first day of the agreement's term.")},
    {"term.end", QT_TRANSLATE_NOOP("FormTemplate", "The last day of the agreement's term.")},
    {"retention.years",
     QT_TRANSLATE_NOOP("FormTemplate", "How many years records are kept after the services end.")},
    {"signing.date", QT_TRANSLATE_NOOP("FormTemplate", "The date the document is signed.")},
    {"document.version", QT_TRANSLATE_NOOP("FormTemplate", "The version number of this text.")},
};
} // namespace

QString FormTemplate::kindKey(Kind kind)
{
    return kind == Kind::Consent ? QStringLiteral("consent") : QStringLiteral("agreement");
}

std::optional<FormTemplate::Kind> FormTemplate::kindFromKey(const QString& key)
{
    for (Kind k : kinds())
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString FormTemplate::kindName(Kind kind)
{
    return kind == Kind::Consent ? Tr::tr("Informed consent") : Tr::tr("Service agreement");
}

QList<FormTemplate::Kind> FormTemplate::kinds()
{
    return {Kind::Consent, Kind::Agreement};
}

QStringList FormTemplate::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QStringList FormTemplate::placeholders()
{
    QStringList names;
    for (const PlaceholderInfo& p : kPlaceholders)
        names << QString::fromLatin1(p.name);
    return names;
}

QString FormTemplate::describe(const QString& placeholder)
{
    for (const PlaceholderInfo& p : kPlaceholders)
        if (placeholder == QLatin1String(p.name))
            return QCoreApplication::translate("FormTemplate", p.help);
    return {};
}

bool FormTemplate::isPreRendered(const QString& placeholder)
{
    return placeholder == u"services.table";
}

QStringList FormTemplate::required(Kind kind)
{
    // A consent must say how long records are kept (PIPL art. 17); an agreement its services and term.
    if (kind == Kind::Consent)
        return {QStringLiteral("centre.name"), QStringLiteral("client.name"),
                QStringLiteral("retention.years"), QStringLiteral("signing.date")};
    return {QStringLiteral("centre.name"), QStringLiteral("client.name"), QStringLiteral("services.table"),
            QStringLiteral("term.start"),  QStringLiteral("term.end"),    QStringLiteral("signing.date")};
}

} // namespace kq
