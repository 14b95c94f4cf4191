#include "ScaleScore.h"

#include <QCoreApplication>

#include <algorithm>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScaleScore)
};

QString optionValues(const ScaleItem& item)
{
    QStringList values;
    for (const ScaleOption& o : item.options)
        values << QString::number(o.value);
    return values.join(QStringLiteral(", "));
}

// The least a missing answer can add: its lowest option, or nothing if it may be "not applicable".
int leastContribution(const ScaleItem& item)
{
    return item.hasNotApplicable() ? std::min(item.minScore(), 0) : item.minScore();
}
} // namespace

Result<ScaleResult> score(const ScaleDefinition& scale, const ScaleAnswers& answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!scale.item(it.key()))
            return Error{Tr::tr("The scale %1 has no item '%2'.").arg(scale.name.text(), it.key()), it.key()};
    }

    ScaleResult result;
    int leastMissing = 0;
    QList<int> scored;
    for (const ScaleItem& item : scale.items) {
        const auto answer = answers.constFind(item.id);
        if (answer == answers.cend()) {
            result.missing << item.id;
            leastMissing += leastContribution(item);
            continue;
        }
        const ScaleOption* option = item.option(*answer);
        if (!option)
            return Error{Tr::tr("%1 is not an option of item '%2' (%3); choose one of %4.")
                             .arg(*answer)
                             .arg(item.id, item.text.text(), optionValues(item)),
                         item.id};
        ++result.answered;
        if (option->notApplicable) {
            result.excluded << item.id;
            continue;
        }
        result.total += option->value;
        scored << option->value;
    }

    if (result.complete()) {
        for (qsizetype i = 0; i < scale.bands.size(); ++i) {
            const ScaleBand& band = scale.bands[i];
            if (result.total >= band.min && result.total <= band.max) {
                result.bandIndex = int(i);
                result.band = band.label.text();
                result.flagged = band.flagged;
                break;
            }
        }
    }
    for (const ScaleFlagRule& rule : scale.rules) {
        bool fires = false;
        if (rule.kind == ScaleFlagRule::Kind::TotalAtLeast) {
            fires = result.total + leastMissing >= rule.value;
        } else {
            const auto count =
                std::count_if(scored.cbegin(), scored.cend(), [&](int v) { return v >= rule.value; });
            fires = count >= rule.count;
        }
        if (fires) {
            const QString label = rule.label.text();
            if (!result.flags.contains(label))
                result.flags << label;
            result.flagged = true;
        }
    }
    return result;
}

} // namespace kq
