#pragma once

#include "FormTemplate.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace kq {

class Journal;
struct Actor;

// The versions of the consent and agreement texts, per kind and language (table form_templates).
// Version 1 is the text shipped in resources/forms/. It is read from the resources, not stored,
// until a supervisor first saves an edit: that save stores the shipped text as version 1 and the
// edit as version 2 in one transaction, so version 1 keeps its words even when a later release
// ships a different text. Rows are only ever inserted: a signed document keeps its version.
class FormTemplateRepository {
public:
    enum ErrorCode { NotPermitted = 490, Invalid, NotFound };

    explicit FormTemplateRepository(Journal& journal) : m_journal(journal) {}

    // The version in force: the latest stored, else the shipped version 1. NotFound for a
    // language Kangqiao ships no text in (field "language").
    Result<FormTemplate> current(FormTemplate::Kind kind, const QString& language);
    // Version n, stored or (n == 1) shipped; nullopt when there is none.
    std::optional<FormTemplate> version(FormTemplate::Kind kind, const QString& language, int n);
    // Every version, newest first; the shipped version 1 is included while it is not stored.
    QList<FormTemplate> versions(FormTemplate::Kind kind, const QString& language);

    // Stores `body` as the next version and returns its number. Needs ManageTemplates. Errors:
    // NotPermitted; NotFound (language); the renderer's validate() errors; Invalid when the text is
    // the same as the current version (field "body"). Audited and synced as entity "form_template".
    Result<int> saveNewVersion(const Actor& actor, FormTemplate::Kind kind, const QString& language,
                               const QString& body);

    // Stores a shipped version 1 read from the resources (`t.isShipped()`, not yet a row) inside the
    // caller's transaction, so that what is signed on it or edited after it can no longer change
    // with a release. Audited and synced as entity "form_template".
    void freezeShipped(const Actor& actor, const FormTemplate& t) { insert(actor, t); }

    // The text shipped with Kangqiao (":/kangqiao/forms/<kind>.<language>.html"); nullopt if none.
    static std::optional<QString> shippedBody(FormTemplate::Kind kind, const QString& language);

private:
    std::optional<FormTemplate> shipped(FormTemplate::Kind kind, const QString& language);
    void insert(const Actor& actor, const FormTemplate& t);

    Journal& m_journal;
};

} // namespace kq
