#include "FormTemplateRepository.h"

#include "FormTemplateRenderer.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FormTemplateRepository)
};

const char* const kSelect = "SELECT version, body, created_by, created_at FROM form_templates "
                            "WHERE kind = ? AND language = ? ";

FormTemplate readRow(const Statement& s, FormTemplate::Kind kind, const QString& language)
{
    FormTemplate t;
    t.kind = kind;
    t.language = language;
    t.version = int(s.int64(0));
    t.body = s.text(1);
    t.createdBy = s.text(2);
    t.createdAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
    return t;
}

Error unknownLanguage(const QString& language)
{
    return Error{Tr::tr("Kangqiao has no form texts in the language “%1”.").arg(language),
                 QStringLiteral("language"), FormTemplateRepository::NotFound};
}
} // namespace

std::optional<QString> FormTemplateRepository::shippedBody(FormTemplate::Kind kind, const QString& language)
{
    if (!FormTemplate::languages().contains(language))
        return std::nullopt; // no paths built from arbitrary text
    QFile file(QStringLiteral(":/kangqiao/forms/%1.%2.html").arg(FormTemplate::kindKey(kind), language));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

std::optional<FormTemplate> FormTemplateRepository::shipped(FormTemplate::Kind kind, const QString& language)
{
    std::optional<QString> body = shippedBody(kind, language);
    if (!body)
        return std::nullopt;
    FormTemplate t;
    t.kind = kind;
    t.language = language;
    t.version = 1;
    t.body = *body;
    t.createdBy = FormTemplate::kShippedBy;
    return t;
}

Result<FormTemplate> FormTemplateRepository::current(FormTemplate::Kind kind, const QString& language)
{
    auto s = m_journal.database().cached(std::string(kSelect) + "ORDER BY version DESC LIMIT 1");
    s->bindAll(FormTemplate::kindKey(kind), language);
    if (s->step())
        return readRow(*s, kind, language);
    if (std::optional<FormTemplate> t = shipped(kind, language))
        return *t;
    return unknownLanguage(language);
}

std::optional<FormTemplate> FormTemplateRepository::version(FormTemplate::Kind kind, const QString& language,
                                                            int n)
{
    auto s = m_journal.database().cached(std::string(kSelect) + "AND version = ?");
    s->bindAll(FormTemplate::kindKey(kind), language, n);
    if (s->step())
        return readRow(*s, kind, language);
    return n == 1 ? shipped(kind, language) : std::nullopt;
}

QList<FormTemplate> FormTemplateRepository::versions(FormTemplate::Kind kind, const QString& language)
{
    QList<FormTemplate> list;
    auto s = m_journal.database().cached(std::string(kSelect) + "ORDER BY version DESC");
    s->bindAll(FormTemplate::kindKey(kind), language);
    while (s->step())
        list.append(readRow(*s, kind, language));
    if (list.isEmpty() || list.last().version != 1)
        if (std::optional<FormTemplate> t = shipped(kind, language))
            list.append(*t);
    return list;
}

Result<int> FormTemplateRepository::saveNewVersion(const Actor& actor, FormTemplate::Kind kind,
                                                   const QString& language, const QString& body)
{
    if (!actor.can(Permission::ManageTemplates))
        return Error{Tr::tr("Your role may not change form templates."), {}, NotPermitted};
    if (!FormTemplate::languages().contains(language))
        return unknownLanguage(language);
    if (Result<void> valid = FormTemplateRenderer::validate(kind, body); !valid)
        return valid.error();

    Transaction tx(m_journal.database());
    Result<FormTemplate> now = current(kind, language);
    if (!now)
        return now.error();
    if (now.value().body == body)
        return Error{Tr::tr("The text is the same as version %1; nothing to save.").arg(now.value().version),
                     QStringLiteral("body"), Invalid};
    // The shipped text becomes a row before anything refers to a later version (see the header).
    if (now.value().isShipped() && !now.value().createdAt.isValid())
        insert(actor, now.value());
    FormTemplate next;
    next.kind = kind;
    next.language = language;
    next.version = now.value().version + 1;
    next.body = body;
    next.createdBy = actor.username;
    insert(actor, next);
    tx.commit();
    return next.version;
}

void FormTemplateRepository::insert(const Actor& actor, const FormTemplate& t)
{
    const QString id = newId();
    const QString at = m_journal.clock().nowIso();
    m_journal.database()
        .cached("INSERT INTO form_templates(id, kind, language, version, body, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)")
        ->bindAll(id, FormTemplate::kindKey(t.kind), t.language, t.version, t.body, t.createdBy, at)
        .exec();
    m_journal.record(actor, {QStringLiteral("form_template"),
                             id,
                             Change::Op::Create,
                             {},
                             {{QStringLiteral("kind"), FormTemplate::kindKey(t.kind)},
                              {QStringLiteral("language"), t.language},
                              {QStringLiteral("version"), t.version},
                              {QStringLiteral("body"), t.body},
                              {QStringLiteral("created_by"), t.createdBy},
                              {QStringLiteral("created_at"), at}},
                             std::nullopt,
                             true});
}

} // namespace kq
