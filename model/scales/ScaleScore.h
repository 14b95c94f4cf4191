#pragma once

#include "core/Result.h"
#include "scales/ScaleDefinition.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kq {

// Item id -> the value of the chosen option.
using ScaleAnswers = QMap<QString, int>;

struct ScaleResult {
    int total = 0;                // sum of the answers, not-applicable ones left out
    int answered = 0;             // items answered, not-applicable ones included
    QStringList excluded;         // ids of items answered "not applicable", in item order
    QStringList missing;          // ids of items not answered, in item order
    std::optional<int> bandIndex; // into ScaleDefinition::bands; none for a partial answer set
    QString band;                 // the band's label in the current language
    bool flagged = false;         // the band is flagged or a rule fired
    QStringList flags;            // labels of the rules that fired, in rule order

    bool complete() const { return missing.isEmpty(); }
};

// Scores an answer set, which may be partial. Refuses an unknown item id or a value that is not one
// of the item's options (the error's field is the item id). For a partial set, no band is given (the
// missing answers could move the total across bands) and a rule fires only when the answers given
// already guarantee it whatever the missing ones turn out to be.
Result<ScaleResult> score(const ScaleDefinition& scale, const ScaleAnswers& answers);

} // namespace kq
