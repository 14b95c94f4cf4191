#include "ServiceCatalogue.h"

#include "auth/Actor.h"
#include "centre/CentreSettings.h"
#include "core/Text.h"
#include "scales/LocalText.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <array>

namespace kq {

namespace {
Q_LOGGING_CATEGORY(lcCatalogue, "kangqiao.services")

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)
};

struct Default {
    const char* key;
    const char16_t* zh;
    const char* en; // translation source, context "ServiceCatalogue"
};

// DOMAIN.md "Service content and forms" (seed §10–§11), in the notice's order.
constexpr std::array kContents{
    Default{"medication_training", u"服药训练", QT_TRANSLATE_NOOP("ServiceCatalogue", "Medication training")},
    Default{"relapse_prevention", u"预防复发训练",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Relapse prevention training")},
    Default{"physical_health", u"躯体管理训练",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Physical health management training")},
    Default{"life_skills", u"生活技能训练", QT_TRANSLATE_NOOP("ServiceCatalogue", "Life skills training")},
    Default{"social_skills", u"社交技能训练",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Social skills training")},
    Default{"vocational_training", u"职业康复训练",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Vocational rehabilitation training")},
    Default{"psychological_rehab", u"心理康复",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Psychological rehabilitation")},
    Default{"peer_support", u"同伴支持", QT_TRANSLATE_NOOP("ServiceCatalogue", "Peer support")},
    Default{"family_support", u"家庭支持", QT_TRANSLATE_NOOP("ServiceCatalogue", "Family support")},
    Default{"home_rehab_guidance", u"居家康复指导",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Home rehabilitation guidance")},
    Default{"health_education", u"健康教育", QT_TRANSLATE_NOOP("ServiceCatalogue", "Health education")},
};

constexpr std::array kForms{
    Default{"day_training", u"日间训练", QT_TRANSLATE_NOOP("ServiceCatalogue", "Day training")},
    Default{"vocational_rehab", u"职业康复",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Vocational rehabilitation")},
    Default{"transitional_housing", u"过渡性住宿",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Transitional housing")},
    Default{"home_support", u"居家支持", QT_TRANSLATE_NOOP("ServiceCatalogue", "Home support")},
    Default{"family_assistance", u"家庭支援", QT_TRANSLATE_NOOP("ServiceCatalogue", "Family assistance")},
    Default{"peer_support", u"同伴支持", QT_TRANSLATE_NOOP("ServiceCatalogue", "Peer support")},
    Default{"family_expert_exchange", u"家属专家交流互助",
            QT_TRANSLATE_NOOP("ServiceCatalogue", "Family and expert exchange and mutual aid")},
    Default{"case_management", u"个案管理", QT_TRANSLATE_NOOP("ServiceCatalogue", "Case management")},
    Default{"group_work", u"小组工作", QT_TRANSLATE_NOOP("ServiceCatalogue", "Group work")},
};

template <std::size_t N> QList<ServiceEntry> entriesOf(const std::array<Default, N>& defaults)
{
    QList<ServiceEntry> out;
    for (const Default& d : defaults)
        out.append({QLatin1String(d.key), QString::fromUtf16(d.zh), QLatin1String(d.en), true});
    return out;
}

template <std::size_t N> const Default* findDefault(const std::array<Default, N>& list, const ServiceEntry& e)
{
    for (const Default& d : list)
        if (e.key == QLatin1String(d.key) && e.nameEn == QLatin1String(d.en) &&
            e.nameZh == QString::fromUtf16(d.zh))
            return &d;
    return nullptr;
}

// The default with this key and unchanged names, whose English name is a translation source.
const Default* unchangedDefault(const ServiceEntry& e)
{
    const Default* d = findDefault(kContents, e);
    return d ? d : findDefault(kForms, e);
}

QString toJson(const QList<ServiceEntry>& entries)
{
    QJsonArray array;
    for (const ServiceEntry& e : entries)
        array.append(QJsonObject{{QStringLiteral("key"), e.key},
                                 {QStringLiteral("zh"), e.nameZh},
                                 {QStringLiteral("en"), e.nameEn},
                                 {QStringLiteral("active"), e.active}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The stored list followed by the defaults it lacks; the defaults alone if nothing usable is stored.
QList<ServiceEntry> fromStored(const std::optional<QString>& text, const QList<ServiceEntry>& defaults)
{
    QList<ServiceEntry> out;
    if (text) {
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8());
        if (!doc.isArray())
            qCWarning(lcCatalogue) << "the stored service list is not a JSON array; using the defaults";
        const QJsonArray array = doc.array();
        for (const QJsonValue v : array) {
            const QJsonObject o = v.toObject();
            ServiceEntry e{o.value(QStringLiteral("key")).toString(),
                           o.value(QStringLiteral("zh")).toString(), o.value(QStringLiteral("en")).toString(),
                           o.value(QStringLiteral("active")).toBool(true)};
            const bool taken =
                std::any_of(out.cbegin(), out.cend(), [&](const ServiceEntry& x) { return x.key == e.key; });
            if (!e.key.isEmpty() && !taken && !(e.nameZh.isEmpty() && e.nameEn.isEmpty()))
                out.append(e);
        }
    }
    for (const ServiceEntry& d : defaults)
        if (std::none_of(out.cbegin(), out.cend(), [&](const ServiceEntry& x) { return x.key == d.key; }))
            out.append(d);
    return out;
}

bool isKeyText(const QString& key)
{
    if (key.isEmpty() || key.size() > ServiceCatalogue::kMaxKeyLength || !(key[0] >= u'a' && key[0] <= u'z'))
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

Error invalid(const QString& message, const QString& field)
{
    return Error{message, field, ServiceCatalogue::Invalid};
}

std::optional<Error> checkName(const QString& name, const QString& field, const QString& label, bool required)
{
    if (name.isEmpty() && required)
        return invalid(Tr::tr("%1 is required.").arg(label), field);
    if (name.size() > ServiceCatalogue::kMaxNameLength)
        return invalid(
            Tr::tr("%1 is longer than %2 characters.").arg(label).arg(ServiceCatalogue::kMaxNameLength),
            field);
    if (hasHiddenCharacters(name))
        return invalid(Tr::tr("%1 contains control or direction characters.").arg(label), field);
    return std::nullopt;
}
} // namespace

ServiceCatalogue ServiceCatalogue::defaults()
{
    ServiceCatalogue c;
    c.m_contents = entriesOf(kContents);
    c.m_forms = entriesOf(kForms);
    return c;
}

ServiceCatalogue ServiceCatalogue::load(Database& db)
{
    ServiceCatalogue c;
    c.m_contents = fromStored(CentreSettings::stored(db, settingsKey(List::Contents)), entriesOf(kContents));
    c.m_forms = fromStored(CentreSettings::stored(db, settingsKey(List::Forms)), entriesOf(kForms));
    return c;
}

QString ServiceCatalogue::settingsKey(List list)
{
    return list == List::Contents ? QStringLiteral("service_contents") : QStringLiteral("service_forms");
}

Result<void> ServiceCatalogue::save(Journal& journal, const Actor& actor, List list,
                                    QList<ServiceEntry> entries)
{
    if (!actor.can(Permission::ManageTemplates))
        return Error{Tr::tr("Your role may not change the lists of services."), {}, NotPermitted};
    if (entries.size() > kMaxEntries)
        return invalid(Tr::tr("A list holds at most %1 entries.").arg(kMaxEntries),
                       QStringLiteral("entries"));
    QSet<QString> keys;
    QSet<QString> activeNames;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ServiceEntry& e = entries[i];
        e.key = e.key.trimmed();
        e.nameZh = e.nameZh.trimmed();
        e.nameEn = e.nameEn.trimmed();
        const QString prefix = QStringLiteral("entry-%1-").arg(i + 1);
        const QString row = Tr::tr("Entry %1").arg(i + 1);
        if (!isKeyText(e.key))
            return invalid(
                Tr::tr("%1: the key must start with a-z and hold only a-z, 0-9 and _ (at most %2).")
                    .arg(row)
                    .arg(kMaxKeyLength),
                prefix + QStringLiteral("key"));
        if (keys.contains(e.key))
            return invalid(Tr::tr("%1: the key “%2” is already in the list.").arg(row, e.key),
                           prefix + QStringLiteral("key"));
        keys.insert(e.key);
        if (auto error = checkName(e.nameZh, prefix + QStringLiteral("name-zh"),
                                   Tr::tr("%1: the Chinese name").arg(row), true))
            return *error;
        if (auto error = checkName(e.nameEn, prefix + QStringLiteral("name-en"),
                                   Tr::tr("%1: the English name").arg(row), false))
            return *error;
        if (e.active && activeNames.contains(e.nameZh))
            return invalid(Tr::tr("%1: another active entry is already called “%2”.").arg(row, e.nameZh),
                           prefix + QStringLiteral("name-zh"));
        if (e.active)
            activeNames.insert(e.nameZh);
    }
    Transaction tx(journal.database());
    // Against the stored list, not this copy, which may be older than another supervisor's save.
    // Held in a local: entries() returns a reference into the catalogue, which must outlive the loop.
    const ServiceCatalogue stored = load(journal.database());
    for (const ServiceEntry& old : stored.entries(list))
        if (!keys.contains(old.key))
            return invalid(Tr::tr("“%1” cannot be removed because records may use it; deactivate it instead.")
                               .arg(displayName(old)),
                           QStringLiteral("entries"));
    if (activeNames.isEmpty())
        return invalid(Tr::tr("At least one entry must stay active."), QStringLiteral("entries"));

    const QString json = toJson(entries);
    if (CentreSettings::stored(journal.database(), settingsKey(list)) != json) {
        CentreSettings::store(journal, actor, settingsKey(list), json);
        tx.commit();
    }
    (list == List::Contents ? m_contents : m_forms) = std::move(entries);
    return {};
}

QString ServiceCatalogue::displayName(const ServiceEntry& entry)
{
    if (const Default* d = unchangedDefault(entry))
        return Tr::tr(d->en);
    return LocalText{entry.nameZh, entry.nameEn}.text();
}

QList<ServiceEntry> ServiceCatalogue::active(const QList<ServiceEntry>& list)
{
    QList<ServiceEntry> out;
    std::copy_if(list.cbegin(), list.cend(), std::back_inserter(out),
                 [](const ServiceEntry& e) { return e.active; });
    return out;
}

std::optional<ServiceEntry> ServiceCatalogue::find(const QList<ServiceEntry>& list, const QString& key)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const ServiceEntry& e) { return e.key == key; });
    return it == list.cend() ? std::nullopt : std::optional<ServiceEntry>(*it);
}

QString ServiceCatalogue::nameOf(const QList<ServiceEntry>& list, const QString& key)
{
    const std::optional<ServiceEntry> e = find(list, key);
    return e ? displayName(*e) : key;
}

} // namespace kq
