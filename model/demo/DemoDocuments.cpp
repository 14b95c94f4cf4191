#include "DemoDocuments.h"

#include "DemoScan.h"
#include "auth/Actor.h"
#include "centre/CentreRepository.h"
#include "documents/DocumentValues.h"
#include "documents/FormTemplateRenderer.h"
#include "documents/FormTemplateRepository.h"
#include "documents/PriceListRepository.h"
#include "documents/SignedDocumentRepository.h"
#include "store/Journal.h"

#include <QSet>

#include <array>

namespace kq {

namespace {
const QString kLanguage = QStringLiteral("zh_CN");

// The demo centre's price list (明码标价): community rehabilitation is mostly free to clients; the
// list shows what a centre charges for. Lunch went up once, so older agreements keep the old price.
struct Line {
    const char16_t* name;
    const char16_t* unit;
    qint64 fen;
    const char* content;
};
constexpr std::array kLines{
    Line{u"日间康复训练", u"次", 3000, "life_skills"},
    Line{u"职业康复训练", u"次", 4000, "vocational_training"},
    Line{u"居家康复指导", u"次", 5000, "home_rehab_guidance"},
    Line{u"午餐", u"餐", 1200, ""},
};
constexpr qint64 kLunchNowFen = 1500;
constexpr std::array kFrequencies{u"每周1次", u"每周2次", u"每周3次", u"每月2次", u"每日"};
} // namespace

DemoDocuments::DemoDocuments(quint32 seed, QDate today, Journal& journal)
    : m_random(seed ^ 0xd0c5a9e5), m_today(today), m_journal(journal)
{
}

Result<void> DemoDocuments::ensurePriceList(const Actor& actor)
{
    if (m_prices)
        return {};
    PriceListRepository prices(m_journal);
    // The demo's items from the start of the year before its oldest case (about three years back),
    // beside whatever the centre lists already; an item of the same name is the centre's own.
    const QDate from(m_today.addDays(-1200).year(), 1, 1);
    QSet<QString> listed;
    for (const PriceItem& row : prices.all())
        listed.insert(row.name);
    for (const Line& l : kLines) {
        PriceItem item;
        item.name = QString::fromUtf16(l.name);
        if (listed.contains(item.name))
            continue;
        item.unit = QString::fromUtf16(l.unit);
        item.priceFen = l.fen;
        item.effectiveFrom = from;
        item.serviceContent = QLatin1String(l.content);
        const Result<QString> key = prices.add(actor, item);
        if (!key)
            return key.error();
        if (item.serviceContent.isEmpty()) // lunch
            if (Result<QString> r =
                    prices.changePrice(actor, key.value(), kLunchNowFen, QDate(m_today.year() - 1, 1, 1),
                                       QStringLiteral("食材成本上涨"));
                !r)
                return r.error();
    }
    m_prices = prices.load();
    return {};
}

Result<const FormTemplate*> DemoDocuments::text(FormTemplate::Kind kind)
{
    std::optional<FormTemplate>& cached =
        kind == FormTemplate::Kind::Consent ? m_consentText : m_agreementText;
    if (!cached) {
        Result<FormTemplate> t = FormTemplateRepository(m_journal).current(kind, kLanguage);
        if (!t)
            return t.error();
        cached = t.value();
    }
    return &*cached;
}

Result<QString> DemoDocuments::sign(const Actor& actor, FormTemplate::Kind kind, const QDate& signedOn,
                                    const QDate& validFrom, const QDate& validUntil, const QString& replaces)
{
    const Result<const FormTemplate*> t = text(kind);
    if (!t)
        return t.error();
    if (!m_centreLoaded) {
        m_centre = CentreRepository(m_journal).load();
        m_centreLoaded = true;
    }
    SignedDocument d;
    d.clientId = m_client.id;
    d.kind = kind;
    d.language = kLanguage;
    d.templateVersion = t.value()->version;
    d.signedOn = signedOn;
    d.validFrom = validFrom;
    d.validUntil = validUntil;
    d.onPaper = true;
    d.replacesId = replaces;
    if (kind == FormTemplate::Kind::Agreement) {
        if (Result<void> r = ensurePriceList(actor); !r)
            return r.error();
        QList<PriceItem> items = m_prices->inForce(signedOn);
        if (items.isEmpty())
            return Error{
                QStringLiteral("demo: no price list in force on %1").arg(signedOn.toString(Qt::ISODate))};
        const int count = 1 + int(m_random.bounded(std::min<qsizetype>(3, items.size())));
        for (int i = 0; i < count; ++i) {
            const PriceItem item = items.takeAt(m_random.bounded(int(items.size())));
            d.lines.append({item.itemKey, item.name, item.unit, item.priceFen,
                            QString::fromUtf16(kFrequencies[m_random.bounded(int(kFrequencies.size()))])});
        }
    }
    // On paper the guardian, when there is one, signs the form's guardian line too (as on screen).
    DocumentValues values;
    values.language = kLanguage;
    values.version = t.value()->version;
    values.centre = m_centre;
    values.client = m_client;
    values.guardian = DocumentValues::signingGuardian(m_client);
    values.lines = d.lines;
    values.termStart = validFrom;
    values.termEnd = validUntil;
    values.signedOn = signedOn;
    d.signers.append({SignedDocument::kClient, m_client.name});
    if (values.guardian)
        d.signers.append({SignedDocument::kGuardian, values.guardian->name});
    d.signers.append(
        {SignedDocument::kStaff, actor.displayName.isEmpty() ? actor.username : actor.displayName});
    Result<QString> html = FormTemplateRenderer::render(t.value()->body, values.toMap());
    if (!html)
        return html.error();
    d.html = html.value();
    // The scan is the record of a paper signing: the PDF is one page showing it.
    const DemoScan scan(m_random.generate());
    d.images.insert(SignedDocument::kScan, {{}, scan.png()});
    d.pdf = scan.pdf();
    return SignedDocumentRepository(m_journal).sign(actor, d);
}

Result<void> DemoDocuments::startService(const Actor& actor, const ClientRecord& client, const QDate& day)
{
    m_client = client;
    m_agreement.reset();
    if (Result<QString> r = sign(actor, FormTemplate::Kind::Consent, day, day, {}, {}); !r)
        return r.error();
    return signAgreement(actor, day);
}

Result<void> DemoDocuments::signAgreement(const Actor& actor, const QDate& day)
{
    const QDate until = day.addYears(1).addDays(-1);
    Result<QString> id = sign(actor, FormTemplate::Kind::Agreement, day, day, until, {});
    if (!id)
        return id.error();
    m_agreement = Agreement{id.value(), day, day, until};
    return {};
}

Result<void> DemoDocuments::renewBefore(const Actor& actor, const QDate& day)
{
    while (m_agreement && m_agreement->validUntil < day) {
        const QDate end = m_agreement->validUntil;
        QDate signedOn;
        QDate from;
        if (m_random.bounded(100) < kLateRenewalPercent) {
            signedOn = end.addDays(1 + m_random.bounded(kMaxLateDays));
            from = signedOn; // a gap without an agreement
        } else {
            signedOn = end.addDays(-m_random.bounded(31)); // in the month before the term ends
            from = end.addDays(1);
        }
        if (signedOn > day || signedOn > m_today)
            return {}; // not renewed yet when the case moves on: lapsed
        const QDate until = from.addYears(1).addDays(-1);
        Result<QString> id =
            sign(actor, FormTemplate::Kind::Agreement, signedOn, from, until, m_agreement->id);
        if (!id)
            return id.error();
        m_agreement = Agreement{id.value(), signedOn, from, until};
    }
    return {};
}

Result<void> DemoDocuments::endAgreement(const Actor& actor, const QDate& day, const QString& reason)
{
    const std::optional<Agreement> current = std::exchange(m_agreement, std::nullopt);
    if (!current || day < current->validFrom || day > current->validUntil)
        return {}; // none in force that day: nothing to end
    return SignedDocumentRepository(m_journal).revoke(actor, current->id, day, reason);
}

} // namespace kq
