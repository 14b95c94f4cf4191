#pragma once

#include "clients/ClientRecord.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace kq {

// Realistic synthetic clients for demonstrations, training and benchmarks: common Chinese surnames
// and given names, valid resident ID numbers for real county codes, plausible ages, diagnoses,
// risk levels and guardians. The same seed always gives the same people.
class DemoClients {
public:
    DemoClients(quint32 seed, QDate today, QStringList caseManagers);

    ClientRecord next();

private:
    QString personName(const QString& surname, Gender gender);
    QString phone();
    QString idNumber(const QString& county, const QDate& birth, Gender gender);
    Guardian guardianFor(const ClientRecord& client, int index);

    QRandomGenerator m_random;
    QDate m_today;
    QStringList m_caseManagers;
    QStringList m_counties;
    QSet<QString> m_usedIds;
};

} // namespace kq
