#pragma once

#include "ClientRecord.h"

#include <QDate>
#include <QList>
#include <QString>

#include <limits>

namespace kq {

class Database;

// What the client list asks for: search text plus filters. Empty / -2 means "any".
struct ClientFilter {
    QString text;
    QString status;
    QString caseManager;
    int riskLevel = -2;
    QString ageGroup; // ClientVocabulary::ageGroupKey
    QString county;   // residence county code

    bool operator==(const ClientFilter&) const = default;
};

// One row of the client list: identifiers already masked, no clinical detail beyond the risk
// level (and that only for roles allowed to see it).
struct ClientSummary {
    QString id;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString maskedIdNumber;
    QString maskedPhone;
    QString residenceCounty;
    int riskLevel = -1;
    QString caseManager;
    QString status;
};

// Searches and pages through clients in the database (search keys are indexed, see
// ClientSearchKeys), so that typing stays instant with 100,000 clients.
class ClientQuery {
public:
    enum class SortBy { Name, BirthDate, County, Risk, CaseManager, Status };

    ClientQuery(Database& db, ClientFilter filter, QDate today, SortBy sort = SortBy::Name,
                bool descending = false);

    // Matches, counted up to `cap` + 1 (a result above `cap` means "more than cap").
    qint64 count(qint64 cap = std::numeric_limits<qint64>::max() - 1);
    static constexpr qint64 kDenseKeys = 2000;
    QList<ClientSummary> fetch(int offset, int limit);

private:
    // The WHERE clause (with or without the text condition) and its parameters from `first` + 1.
    QString whereClause(bool withText = true) const;
    void bindFilter(class Statement& s, bool withText = true, int first = 0) const;
    int filterParameterCount() const;
    // Dense searches: matching clients in key order, `skip` passed over, at most `want`.
    QStringList streamIds(qint64 skip, qint64 want) const;

    Database& m_db;
    ClientFilter m_filter;
    QDate m_today;
    SortBy m_sort;
    bool m_descending;
    QStringList m_rangeBounds;
    bool m_dense = false; // many matching keys: scan in list order instead of collecting ids
};

} // namespace kq
