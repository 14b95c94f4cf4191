#include "ScaleDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScaleDefinition)
};

constexpr int kMaxScaleIdLength = 40;
constexpr int kMaxItemIdLength = 64;

// Lower-case ASCII letters and digits, then also '-' and '_': ids are stored with the answers and
// appear in file names, so they stay plain.
bool isValidId(const QString& id, int maxLength)
{
    if (id.isEmpty() || id.size() > maxLength)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'-' && c != u'_')))
            return false;
    }
    return true;
}

// Reads one definition, stopping at the first problem: each check returns one sentence naming the
// file and the field at fault.
class Reader {
public:
    explicit Reader(const QString& source) : m_source(source) {}

    Result<ScaleDefinition> read(const QByteArray& json);

private:
    Error fail(const QString& sentence) const { return Error{m_source + QStringLiteral(": ") + sentence}; }

    std::optional<Error> checkKeys(const QJsonObject& o, const QStringList& allowed,
                                   const QString& where) const;
    Result<QJsonObject> object(const QJsonValue& v, const QString& where) const;
    Result<QJsonArray> array(const QJsonObject& o, const QString& key, const QString& where) const;
    Result<int> integer(const QJsonObject& o, const QString& key, const QString& where) const;
    Result<QString> string(const QJsonObject& o, const QString& key, const QString& where) const;
    Result<bool> boolean(const QJsonObject& o, const QString& key, const QString& where) const;
    Result<LocalText> localText(const QJsonObject& o, const QString& key, const QString& where,
                                bool required) const;
    Result<QList<ScaleOption>> options(const QJsonArray& list, const QString& owner) const;
    Result<QList<ScaleItem>> items(const QJsonObject& root,
                                   const std::optional<QList<ScaleOption>>& shared) const;
    std::optional<Error> total(const QJsonObject& root, ScaleDefinition& def) const;
    Result<QList<ScaleBand>> bands(const QJsonObject& root, const ScaleDefinition& def) const;
    Result<QList<ScaleFlagRule>> rules(const QJsonObject& root, const ScaleDefinition& def) const;

    QString m_source;
};

std::optional<Error> Reader::checkKeys(const QJsonObject& o, const QStringList& allowed,
                                       const QString& where) const
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it.key().startsWith(u'_') && !allowed.contains(it.key()))
            return fail(Tr::tr("%1 has an unknown field '%2'.").arg(where, it.key()));
    }
    return std::nullopt;
}

Result<QJsonObject> Reader::object(const QJsonValue& v, const QString& where) const
{
    if (!v.isObject())
        return fail(Tr::tr("%1 must be a JSON object.").arg(where));
    return v.toObject();
}

Result<QJsonArray> Reader::array(const QJsonObject& o, const QString& key, const QString& where) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fail(Tr::tr("%1 has no '%2'.").arg(where, key));
    if (!v.isArray())
        return fail(Tr::tr("'%1' of %2 must be a list.").arg(key, where));
    return v.toArray();
}

Result<int> Reader::integer(const QJsonObject& o, const QString& key, const QString& where) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fail(Tr::tr("%1 has no '%2'.").arg(where, key));
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d ||
        std::fabs(d) > ScaleDefinition::kMaxAbsValue)
        return fail(Tr::tr("'%1' of %2 must be a whole number from -%3 to %3.")
                        .arg(key, where)
                        .arg(ScaleDefinition::kMaxAbsValue));
    return int(d);
}

Result<QString> Reader::string(const QJsonObject& o, const QString& key, const QString& where) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fail(Tr::tr("%1 has no '%2'.").arg(where, key));
    if (!v.isString())
        return fail(Tr::tr("'%1' of %2 must be text.").arg(key, where));
    return v.toString();
}

Result<bool> Reader::boolean(const QJsonObject& o, const QString& key, const QString& where) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return fail(Tr::tr("'%1' of %2 must be true or false.").arg(key, where));
    return v.toBool();
}

Result<LocalText> Reader::localText(const QJsonObject& o, const QString& key, const QString& where,
                                    bool required) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return fail(Tr::tr("%1 has no '%2'.").arg(where, key));
        return LocalText{};
    }
    const QString shape =
        Tr::tr("'%1' of %2 must be an object with Chinese ('zh') and English ('en') text.").arg(key, where);
    if (!v.isObject())
        return fail(shape);
    const QJsonObject texts = v.toObject();
    LocalText text;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        if (it.key() != QLatin1String("zh") && it.key() != QLatin1String("en"))
            return fail(Tr::tr("'%1' of %2 has the unknown language '%3'; use 'zh' and 'en'.")
                            .arg(key, where, it.key()));
        if (!it.value().isString())
            return fail(shape);
        (it.key() == QLatin1String("zh") ? text.zh : text.en) = it.value().toString().trimmed();
    }
    if (text.isEmpty())
        return fail(Tr::tr("'%1' of %2 has neither Chinese ('zh') nor English ('en') text.").arg(key, where));
    return text;
}

Result<QList<ScaleOption>> Reader::options(const QJsonArray& list, const QString& owner) const
{
    if (list.isEmpty())
        return fail(Tr::tr("%1 has no options.").arg(owner));
    if (list.size() > ScaleDefinition::kMaxOptions)
        return fail(Tr::tr("%1 has %2 options; at most %3 are allowed.")
                        .arg(owner)
                        .arg(list.size())
                        .arg(ScaleDefinition::kMaxOptions));
    QList<ScaleOption> out;
    QSet<int> values;
    bool scoring = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = Tr::tr("option %1 of %2").arg(i + 1).arg(owner);
        auto o = object(list.at(i), where);
        if (!o)
            return o.error();
        if (auto e = checkKeys(
                o.value(),
                {QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("notApplicable")}, where))
            return *e;
        ScaleOption option;
        auto value = integer(o.value(), QStringLiteral("value"), where);
        if (!value)
            return value.error();
        option.value = value.value();
        if (values.contains(option.value))
            return fail(Tr::tr("%1 has two options with the value %2.").arg(owner).arg(option.value));
        values.insert(option.value);
        auto label = localText(o.value(), QStringLiteral("label"), where, true);
        if (!label)
            return label.error();
        option.label = label.take();
        auto na = boolean(o.value(), QStringLiteral("notApplicable"), where);
        if (!na)
            return na.error();
        option.notApplicable = na.value();
        scoring = scoring || !option.notApplicable;
        out.append(option);
    }
    if (!scoring)
        return fail(Tr::tr("%1 has only not-applicable options.").arg(owner));
    return out;
}

Result<QList<ScaleItem>> Reader::items(const QJsonObject& root,
                                       const std::optional<QList<ScaleOption>>& shared) const
{
    auto list = array(root, QStringLiteral("items"), Tr::tr("the scale"));
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return fail(Tr::tr("the scale has no items."));
    if (list.value().size() > ScaleDefinition::kMaxItems)
        return fail(Tr::tr("the scale has %1 items; at most %2 are allowed.")
                        .arg(list.value().size())
                        .arg(ScaleDefinition::kMaxItems));
    QList<ScaleItem> out;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.value().size(); ++i) {
        const QString numbered = Tr::tr("item %1").arg(i + 1);
        auto o = object(list.value().at(i), numbered);
        if (!o)
            return o.error();
        auto id = string(o.value(), QStringLiteral("id"), numbered);
        if (!id)
            return id.error();
        if (!isValidId(id.value(), kMaxItemIdLength))
            return fail(Tr::tr("%1 has the id '%2'; an item id is 1 to %3 lower-case letters, digits, "
                               "'-' or '_', starting with a letter or digit.")
                            .arg(numbered, id.value())
                            .arg(kMaxItemIdLength));
        if (ids.contains(id.value()))
            return fail(Tr::tr("the item id '%1' is used twice.").arg(id.value()));
        ids.insert(id.value());

        const QString where = Tr::tr("item '%1'").arg(id.value());
        if (auto e = checkKeys(o.value(),
                               {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("hint"),
                                QStringLiteral("options")},
                               where))
            return *e;
        ScaleItem item;
        item.id = id.value();
        auto text = localText(o.value(), QStringLiteral("text"), where, true);
        if (!text)
            return text.error();
        item.text = text.take();
        auto hint = localText(o.value(), QStringLiteral("hint"), where, false);
        if (!hint)
            return hint.error();
        item.hint = hint.take();
        if (o.value().contains(QStringLiteral("options"))) {
            auto optionList = array(o.value(), QStringLiteral("options"), where);
            if (!optionList)
                return optionList.error();
            auto own = options(optionList.value(), where);
            if (!own)
                return own.error();
            item.options = own.take();
        } else if (shared) {
            item.options = *shared;
        } else {
            return fail(Tr::tr("%1 has no options.").arg(where));
        }
        out.append(item);
    }
    return out;
}

std::optional<Error> Reader::total(const QJsonObject& root, ScaleDefinition& def) const
{
    const QString where = Tr::tr("the total");
    if (!root.contains(QStringLiteral("total")))
        return fail(Tr::tr("the scale has no 'total'."));
    auto o = object(root.value(QStringLiteral("total")), where);
    if (!o)
        return o.error();
    if (auto e = checkKeys(o.value(), {QStringLiteral("min"), QStringLiteral("max")}, where))
        return e;
    auto min = integer(o.value(), QStringLiteral("min"), where);
    if (!min)
        return min.error();
    auto max = integer(o.value(), QStringLiteral("max"), where);
    if (!max)
        return max.error();
    // The declared range is a check on the author's arithmetic: it must be what the scoring options add
    // up to. Not-applicable answers may still take a total below it.
    int lowest = 0;
    int highest = 0;
    for (const ScaleItem& item : def.items) {
        lowest += item.minScore();
        highest += item.maxScore();
    }
    if (min.value() != lowest || max.value() != highest)
        return fail(Tr::tr("the total range %1–%2 does not match the items, which add up to %3–%4.")
                        .arg(min.value())
                        .arg(max.value())
                        .arg(lowest)
                        .arg(highest));
    def.totalMin = lowest;
    def.totalMax = highest;
    return std::nullopt;
}

Result<QList<ScaleBand>> Reader::bands(const QJsonObject& root, const ScaleDefinition& def) const
{
    QList<ScaleBand> out;
    if (!root.contains(QStringLiteral("bands")))
        return out;
    auto list = array(root, QStringLiteral("bands"), Tr::tr("the scale"));
    if (!list)
        return list.error();
    if (list.value().size() > ScaleDefinition::kMaxBands)
        return fail(Tr::tr("the scale has %1 bands; at most %2 are allowed.")
                        .arg(list.value().size())
                        .arg(ScaleDefinition::kMaxBands));
    for (qsizetype i = 0; i < list.value().size(); ++i) {
        const QString where = Tr::tr("band %1").arg(i + 1);
        auto o = object(list.value().at(i), where);
        if (!o)
            return o.error();
        if (auto e = checkKeys(o.value(),
                               {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("label"),
                                QStringLiteral("flagged")},
                               where))
            return *e;
        ScaleBand band;
        auto min = integer(o.value(), QStringLiteral("min"), where);
        if (!min)
            return min.error();
        auto max = integer(o.value(), QStringLiteral("max"), where);
        if (!max)
            return max.error();
        band.min = min.value();
        band.max = max.value();
        if (band.min > band.max)
            return fail(
                Tr::tr("%1 has its minimum %2 above its maximum %3.").arg(where).arg(band.min).arg(band.max));
        if (band.min < def.totalMin || band.max > def.totalMax)
            return fail(Tr::tr("%1 (%2–%3) lies outside the total range %4–%5.")
                            .arg(where)
                            .arg(band.min)
                            .arg(band.max)
                            .arg(def.totalMin)
                            .arg(def.totalMax));
        for (qsizetype j = 0; j < out.size(); ++j) {
            if (band.min <= out[j].max && out[j].min <= band.max)
                return fail(Tr::tr("band %1 and band %2 overlap.").arg(j + 1).arg(i + 1));
        }
        auto label = localText(o.value(), QStringLiteral("label"), where, true);
        if (!label)
            return label.error();
        band.label = label.take();
        auto flagged = boolean(o.value(), QStringLiteral("flagged"), where);
        if (!flagged)
            return flagged.error();
        band.flagged = flagged.value();
        out.append(band);
    }
    return out;
}

Result<QList<ScaleFlagRule>> Reader::rules(const QJsonObject& root, const ScaleDefinition& def) const
{
    QList<ScaleFlagRule> out;
    if (!root.contains(QStringLiteral("rules")))
        return out;
    auto list = array(root, QStringLiteral("rules"), Tr::tr("the scale"));
    if (!list)
        return list.error();
    if (list.value().size() > ScaleDefinition::kMaxRules)
        return fail(Tr::tr("the scale has %1 rules; at most %2 are allowed.")
                        .arg(list.value().size())
                        .arg(ScaleDefinition::kMaxRules));
    const QString totalAtLeast = QStringLiteral("total-at-least");
    const QString itemsAtLeast = QStringLiteral("items-at-least");
    for (qsizetype i = 0; i < list.value().size(); ++i) {
        const QString where = Tr::tr("rule %1").arg(i + 1);
        auto o = object(list.value().at(i), where);
        if (!o)
            return o.error();
        auto kind = string(o.value(), QStringLiteral("kind"), where);
        if (!kind)
            return kind.error();
        ScaleFlagRule rule;
        QStringList keys{QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("label")};
        if (kind.value() == totalAtLeast) {
            rule.kind = ScaleFlagRule::Kind::TotalAtLeast;
        } else if (kind.value() == itemsAtLeast) {
            rule.kind = ScaleFlagRule::Kind::ItemsAtLeast;
            keys.append(QStringLiteral("count"));
        } else {
            return fail(Tr::tr("%1 has the unknown kind '%2'; use '%3' or '%4'.")
                            .arg(where, kind.value(), totalAtLeast, itemsAtLeast));
        }
        if (auto e = checkKeys(o.value(), keys, where))
            return *e;
        auto value = integer(o.value(), QStringLiteral("value"), where);
        if (!value)
            return value.error();
        rule.value = value.value();
        // A rule that can never fire, or always fires, is an authoring mistake.
        if (rule.kind == ScaleFlagRule::Kind::TotalAtLeast) {
            if (rule.value <= def.totalMin || rule.value > def.totalMax)
                return fail(Tr::tr("%1: the value %2 must be more than %3 and at most %4, or the rule "
                                   "always or never fires.")
                                .arg(where)
                                .arg(rule.value)
                                .arg(def.totalMin)
                                .arg(def.totalMax));
        } else {
            auto count = integer(o.value(), QStringLiteral("count"), where);
            if (!count)
                return count.error();
            rule.count = count.value();
            if (rule.count < 1 || rule.count > def.items.size())
                return fail(Tr::tr("%1: the count %2 must be from 1 to %3, the number of items.")
                                .arg(where)
                                .arg(rule.count)
                                .arg(def.items.size()));
            const auto reachable =
                std::count_if(def.items.cbegin(), def.items.cend(),
                              [&](const ScaleItem& item) { return item.maxScore() >= rule.value; });
            if (reachable < rule.count)
                return fail(Tr::tr("%1 can never fire: only %2 items have an option of %3 or more.")
                                .arg(where)
                                .arg(reachable)
                                .arg(rule.value));
            const auto certain =
                std::count_if(def.items.cbegin(), def.items.cend(), [&](const ScaleItem& item) {
                    return !item.hasNotApplicable() && item.minScore() >= rule.value;
                });
            if (certain >= rule.count)
                return fail(Tr::tr("%1 always fires: every option of %2 items is %3 or more.")
                                .arg(where)
                                .arg(certain)
                                .arg(rule.value));
        }
        auto label = localText(o.value(), QStringLiteral("label"), where, true);
        if (!label)
            return label.error();
        rule.label = label.take();
        out.append(rule);
    }
    return out;
}

Result<ScaleDefinition> Reader::read(const QByteArray& json)
{
    if (json.size() > ScaleDefinition::kMaxFileBytes)
        return fail(Tr::tr("the file is larger than %1 KB, the most allowed for a scale.")
                        .arg(ScaleDefinition::kMaxFileBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Tr::tr("the file is not valid JSON (%1 at character %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(Tr::tr("the file must hold one JSON object."));
    const QJsonObject root = doc.object();
    const QString scale = Tr::tr("the scale");
    if (auto e = checkKeys(root,
                           {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("name"),
                            QStringLiteral("description"), QStringLiteral("source"),
                            QStringLiteral("options"), QStringLiteral("items"), QStringLiteral("total"),
                            QStringLiteral("bands"), QStringLiteral("rules")},
                           scale))
        return *e;

    ScaleDefinition def;
    auto id = string(root, QStringLiteral("id"), scale);
    if (!id)
        return id.error();
    if (!isValidId(id.value(), kMaxScaleIdLength))
        return fail(Tr::tr("the scale id '%1' is not valid; use 1 to %2 lower-case letters, digits, '-' or "
                           "'_', starting with a letter or digit.")
                        .arg(id.value())
                        .arg(kMaxScaleIdLength));
    def.id = id.value();
    auto version = integer(root, QStringLiteral("version"), scale);
    if (!version)
        return version.error();
    if (version.value() < 1)
        return fail(Tr::tr("the version of the scale must be 1 or more."));
    def.version = version.value();
    auto name = localText(root, QStringLiteral("name"), scale, true);
    if (!name)
        return name.error();
    def.name = name.take();
    auto description = localText(root, QStringLiteral("description"), scale, false);
    if (!description)
        return description.error();
    def.description = description.take();
    auto source = localText(root, QStringLiteral("source"), scale, false);
    if (!source)
        return source.error();
    def.source = source.take();

    std::optional<QList<ScaleOption>> shared;
    if (root.contains(QStringLiteral("options"))) {
        auto list = array(root, QStringLiteral("options"), scale);
        if (!list)
            return list.error();
        auto parsed = options(list.value(), Tr::tr("the shared option list"));
        if (!parsed)
            return parsed.error();
        shared = parsed.take();
    }
    auto items = this->items(root, shared);
    if (!items)
        return items.error();
    def.items = items.take();
    if (auto e = total(root, def))
        return *e;
    auto bands = this->bands(root, def);
    if (!bands)
        return bands.error();
    def.bands = bands.take();
    auto rules = this->rules(root, def);
    if (!rules)
        return rules.error();
    def.rules = rules.take();
    return def;
}

} // namespace

const ScaleOption* ScaleItem::option(int value) const
{
    for (const ScaleOption& o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

bool ScaleItem::hasNotApplicable() const
{
    return std::any_of(options.cbegin(), options.cend(),
                       [](const ScaleOption& o) { return o.notApplicable; });
}

int ScaleItem::minScore() const
{
    std::optional<int> lowest;
    for (const ScaleOption& o : options) {
        if (!o.notApplicable)
            lowest = lowest ? std::min(*lowest, o.value) : o.value;
    }
    return lowest.value_or(0);
}

int ScaleItem::maxScore() const
{
    std::optional<int> highest;
    for (const ScaleOption& o : options) {
        if (!o.notApplicable)
            highest = highest ? std::max(*highest, o.value) : o.value;
    }
    return highest.value_or(0);
}

const ScaleItem* ScaleDefinition::item(const QString& itemId) const
{
    for (const ScaleItem& i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

Result<ScaleDefinition> ScaleDefinition::parse(const QByteArray& json, const QString& source)
{
    return Reader(source).read(json);
}

} // namespace kq
