#pragma once

#include "FormTemplate.h"
#include "centre/CentreProfile.h"
#include "core/Result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// A blank paper copy of a consent or service agreement for the front desk to hand out and people to
// fill in by hand: the text in force, the centre's name at the top and in its own places, and a
// writing line wherever a client's, guardian's or date's value would go. It is made from no client
// record at all, so it cannot show anyone's data.
class BlankForm {
public:
    enum ErrorCode { NotPermitted = 495 };

    // The printable HTML of the version in force in `language`. Needs Permission::PrintBlankForms.
    // Errors: NotPermitted (field "user"); the repository's NotFound for a language without a text.
    static Result<QString> html(const Actor& actor, Journal& journal, FormTemplate::Kind kind,
                                const QString& language);

    // The placeholder values of a blank copy (FormTemplateRenderer::render): the centre's name and
    // code, the text's version and the default retention period; writing lines for everything else.
    static QMap<QString, QString> values(const std::optional<CentreProfile>& centre, const QString& language,
                                         int version);
    // Puts the centre's name above the form's own title (the header of every printed page one).
    static QString withHeader(const QString& html, const std::optional<CentreProfile>& centre);

    static constexpr int kBlankServiceRows = 6; // lines for services written in by hand
};

} // namespace kq
