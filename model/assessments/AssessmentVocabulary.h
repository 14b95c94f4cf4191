#pragma once

#include "Assessment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kq {

// Stable keys (database, CLI, sync) and translated names for the assessment's coded fields.
namespace AssessmentVocabulary {

QList<Assessment::Kind> kinds();
QString kindKey(Assessment::Kind kind);
std::optional<Assessment::Kind> kindFromKey(const QString& key);
QString kindName(Assessment::Kind kind);

// The four disciplines of the intake assessment (DOMAIN.md item 4), then "other".
QStringList participantRoles();
QString participantRoleName(const QString& key);
bool isDiscipline(const QString& role);

// Outcomes of a transfer assessment (DOMAIN.md item 8).
QStringList outcomes();
QString outcomeName(const QString& key);

QList<Assessment::Rating> ratings();
QString ratingKey(Assessment::Rating rating);   // "self_care": stored in the details JSON
QString ratingField(Assessment::Rating rating); // "self-care": the error's field
QString ratingName(Assessment::Rating rating);  // "Self-care ability"
QStringList ratingValues(Assessment::Rating rating);
QString ratingValueName(Assessment::Rating rating, const QString& key);

} // namespace AssessmentVocabulary
} // namespace kq
