#pragma once

#include "assessments/Assessment.h"
#include "scales/ScaleDefinition.h"
#include "scales/ScaleScore.h"

#include <QString>

namespace kq {
class ScaleLibrary;
}

namespace kq::ui::ScaleResultText {

// "Total 12 · Moderate dependence · Flagged: …": the total, the band and whether the result calls
// for attention, in words (a colour alone would not reach everyone).
QString line(const ScaleDefinition& scale, const ScaleResult& result);

// "<scale name>: <line>" for a scale recorded in an assessment. Scored again with the library so
// the band and flags read in the current language; a scale no longer in the library shows what
// was recorded.
QString forEntry(const ScaleLibrary& library, const Assessment::ScaleEntry& entry);

} // namespace kq::ui::ScaleResultText
