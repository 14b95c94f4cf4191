#pragma once

#include "ClientRecord.h"

#include <QDate>
#include <QList>
#include <QString>

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

    qint64 count();
    QList<ClientSummary> fetch(int offset, int limit);

private:
    QString whereClause() const;
    void bindFilter(class Statement& s) const;

    Database& m_db;
    ClientFilter m_filter;
    QDate m_today;
    SortBy m_sort;
    bool m_descending;
    QStringList m_rangeBounds;
};

} // namespace kq
