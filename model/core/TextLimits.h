#pragma once

#include "Result.h"

#include <optional>

namespace kq {

// How long free text may be and which characters it may hold (decision 0020). One set of numbers for
// every record type, so the window, the command line and sync refuse the same values with the same
// message. Records with their own older limits (the client record, session logs, plans, price items)
// keep theirs; these are the defaults for text a person types and nothing else bounds.
namespace TextLimits {

// A person's name as the client record holds it (guardian, doctor, reporter, assessor).
constexpr int kPersonName = 40;
// An organisation or place: hospital, department, centre, reporting organisation.
constexpr int kOrganisation = 100;
// A reference number of a paper document, letter or the platform.
constexpr int kReference = 64;
constexpr int kAddress = 200;
// Why something was done: a step of a case, an amendment, a revocation.
constexpr int kReason = 2000;
// Notes and summaries.
constexpr int kNotes = 4000;

enum class Kind {
    // One line as a person reads it: no control characters and no invisible direction or
    // zero-width characters, which hide or reorder what a person sees (a name, a code).
    Line,
    // Free text: tab and line breaks allowed, other control characters refused (they mean nothing
    // in a note and break the XLSX and PDF exports); direction marks kept, as Uyghur text needs them.
    Text,
};

// Why `value` is refused, naming the field by `label`, or nullopt when it is acceptable. `value` is
// checked as given: callers trim first when they store the trimmed text.
std::optional<Error> check(const QString& value, const QString& field, const QString& label, int maxLength,
                           Kind kind);

} // namespace TextLimits
} // namespace kq
