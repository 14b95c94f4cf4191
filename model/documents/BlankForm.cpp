#include "BlankForm.h"

#include "DocumentValues.h"
#include "FormTemplateRenderer.h"
#include "FormTemplateRepository.h"
#include "auth/Actor.h"
#include "centre/CentreRepository.h"
#include "store/Journal.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BlankForm)
};

// Document text in the document's own language, not the interface's, so not tr().
QString line(int length)
{
    return QString(length, QLatin1Char('_'));
}

QString dateLine(const QString& language)
{
    return language == u"zh_CN" ? QStringLiteral("________年____月____日")
                                : QStringLiteral("____ / ____ / ________");
}
} // namespace

QMap<QString, QString> BlankForm::values(const std::optional<CentreProfile>& centre, const QString& language,
                                         int version)
{
    DocumentValues known;
    known.language = language;
    known.version = version;
    known.centre = centre;
    QMap<QString, QString> values = known.toMap(); // centre, version, retention as for a signed copy
    for (const QString& name : {QStringLiteral("client.name"), QStringLiteral("guardian.name")})
        values[name] = line(16);
    values[QStringLiteral("client.id_number_masked")] = line(24);
    values[QStringLiteral("guardian.relation")] = line(8);
    for (const QString& name : {QStringLiteral("client.birth_date"), QStringLiteral("term.start"),
                                QStringLiteral("term.end"), QStringLiteral("signing.date")})
        values[name] = dateLine(language);
    // The headed table of a signed agreement, with empty rows to write the agreed services in.
    QString table = DocumentValues::servicesTable({}, language);
    QString rows;
    for (int i = 0; i < kBlankServiceRows; ++i)
        rows += QStringLiteral("<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>");
    table.insert(table.lastIndexOf(QStringLiteral("</table>")), rows);
    values[QStringLiteral("services.table")] = table;
    if (!centre) {
        values[QStringLiteral("centre.name")] = line(20);
        values[QStringLiteral("centre.code")] = line(12);
    }
    return values;
}

QString BlankForm::withHeader(const QString& html, const std::optional<CentreProfile>& centre)
{
    if (!centre || centre->name.isEmpty())
        return html;
    const QString header =
        QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(centre->name.toHtmlEscaped());
    const qsizetype body = html.indexOf(QStringLiteral("<body"), 0, Qt::CaseInsensitive);
    const qsizetype at = body < 0 ? 0 : html.indexOf(QLatin1Char('>'), body) + 1;
    QString out = html;
    out.insert(at, header);
    return out;
}

Result<QString> BlankForm::html(const Actor& actor, Journal& journal, FormTemplate::Kind kind,
                                const QString& language)
{
    if (!actor.can(Permission::PrintBlankForms))
        return Error{Tr::tr("This account's role may not print blank forms."), QStringLiteral("user"),
                     NotPermitted};
    const Result<FormTemplate> text = FormTemplateRepository(journal).current(kind, language);
    if (!text)
        return text.error();
    const std::optional<CentreProfile> centre = CentreRepository(journal).load();
    Result<QString> filled =
        FormTemplateRenderer::render(text.value().body, values(centre, language, text.value().version));
    if (!filled)
        return filled.error();
    return withHeader(filled.value(), centre);
}

} // namespace kq
