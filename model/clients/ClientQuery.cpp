#include "ClientQuery.h"

#include "ClientSearchKeys.h"
#include "ClientVocabulary.h"
#include "identity/PhoneNumber.h"
#include "identity/ResidentId.h"
#include "store/Database.h"

#include <QSet>

#include <optional>

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

const char* const kSummarySelect =
    "SELECT c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, "
    "c.residence_county, c.risk_level, c.case_manager, c.status FROM clients c";

ClientSummary readSummary(const Statement& s)
{
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
    return c;
}

} // namespace

ClientQuery::ClientQuery(Database& db, ClientFilter filter, QDate today, SortBy sort, bool descending)
    : m_db(db), m_filter(std::move(filter)), m_today(today), m_sort(sort), m_descending(descending)
{
    for (const ClientSearchKeys::Range& r : ClientSearchKeys::rangesFor(m_filter.text))
        m_rangeBounds << r.from << r.to;
    if (!m_rangeBounds.isEmpty()) {
        // How many keys match, up to the threshold: decides the query plan (see whereClause).
        QStringList parts;
        for (qsizetype i = 0; i < m_rangeBounds.size(); i += 2)
            parts << QStringLiteral("SELECT 1 FROM client_search WHERE key >= ? AND key < ?");
        auto s = m_db.cached(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)")
                                 .arg(parts.join(QStringLiteral(" UNION ALL ")))
                                 .arg(kDenseKeys)
                                 .toStdString());
        int i = 0;
        for (const QString& bound : m_rangeBounds)
            s->bind(++i, bound);
        m_dense = s->step() && s->int64(0) >= kDenseKeys;
    }
}

QString ClientQuery::whereClause(bool withText) const
{
    QStringList where;
    if (withText && !m_filter.text.trimmed().isEmpty()) {
        if (m_rangeBounds.isEmpty())
            return QStringLiteral("WHERE 0");
        // Collect the matching ids from the key index (dense searches in name order never get
        // here: they stream, see streamIds).
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

void ClientQuery::bindFilter(Statement& s, bool withText, int i) const
{
    if (withText && !m_filter.text.trimmed().isEmpty() && m_rangeBounds.isEmpty())
        return; // whereClause() is "WHERE 0": there are no parameters to bind
    if (withText && !m_filter.text.trimmed().isEmpty())
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

qint64 ClientQuery::count(qint64 cap)
{
    if (m_dense)
        return qint64(streamIds(0, cap + 1).size());
    // Counting stops at the cap: "more than 1,000" is all a person needs from a short search.
    // Uncapped, the plain form lets SQLite count a small covering index instead of the rows.
    const bool capped = cap < std::numeric_limits<qint64>::max() - 1;
    const QString sql = capped ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM clients c %1 LIMIT %2)")
                                     .arg(whereClause())
                                     .arg(cap + 1)
                               : QStringLiteral("SELECT count(*) FROM clients c %1").arg(whereClause());
    Statement s = m_db.prepare(sql.toStdString());
    bindFilter(s);
    return s.step() ? s.int64(0) : 0;
}

QStringList ClientQuery::streamIds(qint64 skip, qint64 want) const
{
    // Walk the matching keys in key order (for a name search that is name order), keep each
    // client once, check the other filters per client, stop when enough are found.
    QStringList parts;
    for (qsizetype i = 0; i < m_rangeBounds.size(); i += 2)
        parts << QStringLiteral("SELECT key, client_id FROM client_search WHERE key >= ? AND key < ?");
    Statement keys = m_db.prepare(
        QStringLiteral("%1 ORDER BY 1").arg(parts.join(QStringLiteral(" UNION ALL "))).toStdString());
    int b = 0;
    for (const QString& bound : m_rangeBounds)
        keys.bind(++b, bound);
    const QString filters = whereClause(false);
    std::optional<Statement> check;
    if (!filters.isEmpty())
        check.emplace(m_db.prepare(
            QStringLiteral("SELECT 1 FROM clients c %1 AND c.id = ?").arg(filters).toStdString()));
    QSet<QString> seen;
    QStringList out;
    qint64 matched = 0;
    while (out.size() < want && keys.step()) {
        const QString id = keys.text(1);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (check) {
            bindFilter(*check, false);
            check->bind(filterParameterCount() + 1, id);
            const bool passes = check->step();
            check->reset();
            if (!passes)
                continue;
        }
        if (matched++ >= skip)
            out << id;
    }
    return out;
}

int ClientQuery::filterParameterCount() const
{
    int n = 0;
    n += m_filter.status.isEmpty() ? 0 : 1;
    n += m_filter.caseManager.isEmpty() ? 0 : 1;
    n += m_filter.riskLevel >= -1 ? 1 : 0;
    n += m_filter.ageGroup.isEmpty() ? 0 : 2;
    n += m_filter.county.isEmpty() ? 0 : 1;
    return n;
}

QList<ClientSummary> ClientQuery::fetch(int offset, int limit)
{
    if (m_dense && m_sort == SortBy::Name && !m_descending) {
        QList<ClientSummary> out;
        auto row = m_db.cached(std::string(kSummarySelect) + " WHERE c.id = ?");
        for (const QString& id : streamIds(offset, limit)) {
            row->bind(1, id);
            if (row->step())
                out.append(readSummary(*row));
            row->reset();
        }
        return out;
    }
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
    // Ties broken by name, then rowid: stable pages, and for the name order exactly the index
    // clients_by_sort_key (sort_key, rowid), so a page is read in order without sorting.
    QStringList terms{order + direction};
    if (m_sort != SortBy::Name)
        terms << QStringLiteral("c.sort_key") + direction;
    terms << QStringLiteral("c.rowid") + direction;
    const QString sql =
        QString::fromLatin1(kSummarySelect) + QStringLiteral(" %1 ORDER BY %2 LIMIT %3 OFFSET %4")
                                                  .arg(whereClause(), terms.join(QStringLiteral(", ")))
                                                  .arg(limit)
                                                  .arg(offset);
    Statement s = m_db.prepare(sql.toStdString());
    bindFilter(s);
    QList<ClientSummary> out;
    while (s.step())
        out.append(readSummary(s));
    return out;
}

} // namespace kq
