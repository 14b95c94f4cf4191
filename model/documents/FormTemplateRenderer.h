#pragma once

#include "FormTemplate.h"
#include "core/Result.h"

#include <QMap>

namespace kq {

// Fills a template's {{placeholders}} and checks template bodies. Text only: the UI shows the HTML,
// and PDFs come later.
class FormTemplateRenderer {
public:
    enum ErrorCode { Unbalanced = 480, UnknownPlaceholder, MissingValue, MissingRequired, TooLarge };

    // The placeholders a body uses, each once, in order of first use. Errors: Unbalanced (a "{{"
    // without its "}}" or the reverse; field "body"), UnknownPlaceholder (field names it).
    static Result<QStringList> placeholdersIn(const QString& body);

    // Replaces every placeholder with its value, HTML-escaped, so a name like "<b>" stays text;
    // pre-rendered placeholders (services.table) are inserted as given: the caller builds them from
    // escaped parts. An empty value is a value (no guardian). Errors as placeholdersIn(), and
    // MissingValue naming every placeholder without one (field: the first).
    static Result<QString> render(const QString& body, const QMap<QString, QString>& values);

    // Whether a supervisor may save this body: at most FormTemplate::kMaxBodyBytes, balanced braces,
    // known placeholders only, and every placeholder the kind requires (MissingRequired, field the
    // first missing). Error messages name the placeholder at fault.
    static Result<void> validate(FormTemplate::Kind kind, const QString& body);
};

} // namespace kq
