#include "DocumentValues.h"

#include "PriceItem.h"
#include "clients/ClientVocabulary.h"
#include "core/DateText.h"
#include "identity/ResidentId.h"

#include <QLocale>

namespace kq {

QMap<QString, QString> DocumentValues::toMap() const
{
    // Dates in the text's own language (2026年11月23日, 23 Nov 2026), whatever the window's language.
    const QLocale textLocale(language);
    return {
        {QStringLiteral("centre.name"), centre ? centre->name : QString()},
        {QStringLiteral("centre.code"), centre ? centre->code : QString()},
        {QStringLiteral("client.name"), client.name},
        {QStringLiteral("client.id_number_masked"), ResidentId::mask(client.idNumber)},
        {QStringLiteral("client.birth_date"), dateText(client.birthDate, textLocale)},
        {QStringLiteral("guardian.name"), guardian ? guardian->name : QString()},
        {QStringLiteral("guardian.relation"),
         guardian ? ClientVocabulary::relationName(guardian->relation, language) : QString()},
        {QStringLiteral("services.table"), servicesTable(lines, language)},
        {QStringLiteral("term.start"), dateText(termStart, textLocale)},
        {QStringLiteral("term.end"), dateText(termEnd, textLocale)},
        {QStringLiteral("retention.years"), QString::number(retentionYears)},
        {QStringLiteral("signing.date"), dateText(signedOn, textLocale)},
        {QStringLiteral("document.version"), QString::number(version)},
    };
}

std::optional<Guardian> DocumentValues::signingGuardian(const ClientRecord& client)
{
    for (const Guardian& g : client.guardians)
        if (g.signingContact)
            return g;
    for (const Guardian& g : client.guardians)
        if (g.legalGuardian)
            return g;
    return std::nullopt;
}

QString DocumentValues::servicesTable(const QList<SignedDocument::AgreementLine>& lines,
                                      const QString& language)
{
    const auto cell = [](const QString& text, bool header = false) {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        return QStringLiteral("<%1>%2</%1>").arg(tag, text.toHtmlEscaped());
    };
    // Document text in the document's language, not the interface's, so not tr().
    const bool zh = language == u"zh_CN";
    const QStringList headers = zh ? QStringList{QStringLiteral("服务项目"), QStringLiteral("单位"),
                                                 QStringLiteral("单价（元）"), QStringLiteral("频次")}
                                   : QStringList{QStringLiteral("Service"), QStringLiteral("Unit"),
                                                 QStringLiteral("Price (yuan)"), QStringLiteral("Frequency")};
    QString table =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString& h : headers)
        table += cell(h, true);
    table += QStringLiteral("</tr>");
    for (const SignedDocument::AgreementLine& line : lines)
        table += QStringLiteral("<tr>") + cell(line.name) + cell(line.unit) +
                 cell(Money::plain(line.priceFen)) + cell(line.frequency) + QStringLiteral("</tr>");
    return table + QStringLiteral("</table>");
}

} // namespace kq
