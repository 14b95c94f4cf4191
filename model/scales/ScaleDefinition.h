#pragma once

#include "core/Result.h"
#include "scales/LocalText.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kq {

struct ScaleOption {
    int value = 0;
    LocalText label;
    bool notApplicable = false; // chosen when the item does not apply (SDSS 9): left out of the total
};

struct ScaleItem {
    QString id; // stable key stored with the answers: lower-case ASCII
    LocalText text;
    LocalText hint; // rating guidance for the assessor; may be empty
    QList<ScaleOption> options;

    const ScaleOption* option(int value) const;
    bool hasNotApplicable() const;
    // Lowest and highest value among the scoring (not "not applicable") options.
    int minScore() const;
    int maxScore() const;
};

// A range of totals with its interpretation; `flagged` marks the ranges that call for attention.
struct ScaleBand {
    int min = 0;
    int max = 0;
    LocalText label;
    bool flagged = false;
};

// A rule that flags an assessment, besides a flagged band.
struct ScaleFlagRule {
    enum class Kind {
        TotalAtLeast, // "total-at-least": total >= value
        ItemsAtLeast, // "items-at-least": `count` or more items scored >= value
    };
    Kind kind = Kind::TotalAtLeast;
    int value = 0;
    int count = 0; // ItemsAtLeast only
    LocalText label;
};

// An assessment scale defined by a JSON file (resources/scales/*.json or a centre's own file), so
// that a scale is added or corrected without a new release. The file holds one object:
//   id, version, name, description?, source?, options? (shared by items without their own),
//   items [{id, text, hint?, options? [{value, label, notApplicable?}]}], total {min, max},
//   bands? [{min, max, label, flagged?}], rules? [{kind: "total-at-least", value, label} |
//   {kind: "items-at-least", value, count, label}].
// Texts are {"zh": …, "en": …}; keys starting with "_" are comments; any other key is refused, so a
// misspelt "notApplicable" cannot silently count a 9 in the total.
struct ScaleDefinition {
    static constexpr qsizetype kMaxFileBytes = qsizetype{1024} * 1024;
    static constexpr int kMaxItems = 200;
    static constexpr int kMaxOptions = 50;
    static constexpr int kMaxBands = 20;
    static constexpr int kMaxRules = 20;
    static constexpr int kMaxAbsValue = 100000; // keeps every total far inside int

    QString id; // "sdss"
    int version = 1;
    LocalText name;
    LocalText description;
    LocalText source; // citation and licence
    QList<ScaleItem> items;
    int totalMin = 0;
    int totalMax = 0;
    QList<ScaleBand> bands;
    QList<ScaleFlagRule> rules;

    const ScaleItem* item(const QString& itemId) const;

    // Reads and validates a definition. `source` names the file in error messages, each one
    // sentence naming the field at fault ("barthel.json: item 'feeding' has no options.").
    // Any input is safe: malformed or hostile data is refused, never trusted.
    static Result<ScaleDefinition> parse(const QByteArray& json, const QString& source);
};

} // namespace kq
