#include "ClientQuery.h"

#include "ClientSearchKeys.h"
#include "ClientVocabulary.h"
#include "identity/PhoneNumber.h"
#include "identity/ResidentId.h"
#include "store/Database.h"

namespace kq {

namespace {

// Birth-date bounds (exclusive lower, inclusive upper) for an age group on `today`.
std::pair<QDate, QDate> birthRange(const QString& group, const QDate& today)
{
    // Age >= a  <=>  birth <= today - a years.
    auto yearsAgo = [&](int years) { return today.addYears(-years); };
    if (group == u"child")
        return {yearsAgo(14), today};
    if (group == u"adolescent")
        return {yearsAgo(18), yearsAgo(14)};
    if (group == u"adult")
        return {yearsAgo(60), yearsAgo(18)};
    return {QDate(1800, 1, 1), yearsAgo(60)};
}

} // namespace

ClientQuery::ClientQuery(Database& db, ClientFilter filter, QDate today, SortBy sort, bool descending)
    : m_db(db), m_filter(std::move(filter)), m_today(today), m_sort(sort), m_descending(descending)
{
    for (const ClientSearchKeys::Range& r : ClientSearchKeys::rangesFor(m_filter.text))
        m_rangeBounds << r.from << r.to;
}

QString ClientQuery::whereClause() const
{
    QStringList where;
    if (!m_filter.text.trimmed().isEmpty()) {
        if (m_rangeBounds.isEmpty())
            return QStringLiteral("WHERE 0");
        QStringList ranges;
        for (qsizetype i = 0; i < m_rangeBounds.size(); i += 2)
            ranges << QStringLiteral("SELECT client_id FROM client_search WHERE key >= ? AND key < ?");
        where << QStringLiteral("c.id IN (%1)").arg(ranges.join(QStringLiteral(" UNION ")));
    }
    if (!m_filter.status.isEmpty())
        where << QStringLiteral("c.status = ?");
    if (!m_filter.caseManager.isEmpty())
        where << QStringLiteral("c.case_manager = ?");
    if (m_filter.riskLevel >= -1)
        where << QStringLiteral("c.risk_level = ?");
    if (!m_filter.ageGroup.isEmpty())
        where << QStringLiteral("c.birth_date > ? AND c.birth_date <= ?");
    if (!m_filter.county.isEmpty())
        where << QStringLiteral("c.residence_county = ?");
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
}

void ClientQuery::bindFilter(Statement& s) const
{
    int i = 0;
    if (!m_filter.text.trimmed().isEmpty() && m_rangeBounds.isEmpty())
        return; // whereClause() is "WHERE 0": there are no parameters to bind
    if (!m_filter.text.trimmed().isEmpty())
        for (const QString& bound : m_rangeBounds)
            s.bind(++i, bound);
    if (!m_filter.status.isEmpty())
        s.bind(++i, m_filter.status);
    if (!m_filter.caseManager.isEmpty())
        s.bind(++i, m_filter.caseManager);
    if (m_filter.riskLevel >= -1)
        s.bind(++i, m_filter.riskLevel);
    if (!m_filter.ageGroup.isEmpty()) {
        const auto [from, to] = birthRange(m_filter.ageGroup, m_today);
        s.bind(++i, from.toString(Qt::ISODate));
        s.bind(++i, to.toString(Qt::ISODate));
    }
    if (!m_filter.county.isEmpty())
        s.bind(++i, m_filter.county);
}

qint64 ClientQuery::count()
{
    Statement s =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM clients c %1").arg(whereClause()).toStdString());
    bindFilter(s);
    return s.step() ? s.int64(0) : 0;
}

QList<ClientSummary> ClientQuery::fetch(int offset, int limit)
{
    QString order;
    switch (m_sort) {
    case SortBy::Name:
        order = QStringLiteral("c.sort_key");
        break;
    case SortBy::BirthDate:
        order = QStringLiteral("c.birth_date");
        break;
    case SortBy::County:
        order = QStringLiteral("c.residence_county");
        break;
    case SortBy::Risk:
        order = QStringLiteral("c.risk_level");
        break;
    case SortBy::CaseManager:
        order = QStringLiteral("c.case_manager");
        break;
    case SortBy::Status:
        order = QStringLiteral("c.status");
        break;
    }
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    const QString sql =
        QStringLiteral("SELECT c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, "
                       "c.residence_county, c.risk_level, c.case_manager, c.status FROM clients c "
                       "%1 ORDER BY %2%3, c.sort_key%3, c.id LIMIT %4 OFFSET %5")
            .arg(whereClause(), order, direction)
            .arg(limit)
            .arg(offset);
    Statement s = m_db.prepare(sql.toStdString());
    bindFilter(s);
    QList<ClientSummary> out;
    while (s.step()) {
        ClientSummary c;
        c.id = s.text(0);
        c.name = s.text(1);
        c.gender = ClientVocabulary::genderFromKey(s.text(2));
        c.birthDate = QDate::fromString(s.text(3), Qt::ISODate);
        c.maskedIdNumber = ResidentId::mask(s.text(4));
        c.maskedPhone = PhoneNumber::mask(s.text(5));
        c.residenceCounty = s.text(6);
        c.riskLevel = int(s.int64(7));
        c.caseManager = s.text(8);
        c.status = s.text(9);
        out.append(c);
    }
    return out;
}

} // namespace kq
