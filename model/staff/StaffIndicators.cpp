#include "StaffIndicators.h"

#include "StaffTrainingRepository.h"
#include "store/Database.h"
#include "store/StoredValues.h"

#include <QCoreApplication>
#include <QHash>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StaffIndicators)
};

Indicator count(const QString& key, const QString& label, const QStringList& usernames, bool keepRecords)
{
    Indicator i{key, label, usernames.size(), -1, {}};
    if (keepRecords)
        i.records = usernames;
    return i;
}
} // namespace

IndicatorGroup StaffIndicators::compute(Database& db, int year, const QDate& asOf, bool keepRecords)
{
    const QList<StaffProfile> staff = StaffTrainingRepository::staff(db);
    const QDate to = std::min(QDate(year, 12, 31), asOf);

    // Minutes and record ids per person over the year so far.
    QHash<QString, qint64> minutes;
    QHash<QString, QStringList> recordIds;
    if (to.isValid() && to >= QDate(year, 1, 1)) {
        Statement s = db.prepare("SELECT username, minutes, id FROM staff_training "
                                 "WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id");
        s.bindAll(isoDate(QDate(year, 1, 1)), isoDate(to));
        while (s.step()) {
            minutes[s.text(0)] += s.int64(1);
            recordIds[s.text(0)].append(s.text(2));
        }
    }

    QStringList all, qualified, direct, shortOfHours;
    qint64 directMinutes = 0;
    for (const StaffProfile& p : staff) {
        all << p.username;
        if (StaffQualifications::counts(p.qualification))
            qualified << p.username;
        if (!p.directService)
            continue;
        direct << p.username;
        directMinutes += minutes.value(p.username);
        if (minutes.value(p.username) < kYearlyTrainingMinutes)
            shortOfHours << p.username;
    }

    IndicatorGroup group{QStringLiteral("staff"), Tr::tr("Staff"), {}};
    group.indicators << count(QStringLiteral("staff.headcount"), Tr::tr("Staff"), all, keepRecords);
    Indicator share = count(QStringLiteral("staff.qualified"),
                            Tr::tr("Staff qualified in mental health, social work or psychology (target %1%)")
                                .arg(kQualifiedTargetPercent),
                            qualified, keepRecords);
    share.denominator = all.size();
    group.indicators << share;
    group.indicators << count(QStringLiteral("staff.direct_service"),
                              Tr::tr("Staff serving clients directly"), direct, keepRecords);
    // Rounded to the nearest minute in integers; an empty team averages 0.
    const qint64 average = direct.isEmpty() ? 0 : (2 * directMinutes + direct.size()) / (2 * direct.size());
    group.indicators << Indicator{QStringLiteral("staff.training_minutes_avg"),
                                  Tr::tr("Average training per direct-service staff member (minutes)"),
                                  average,
                                  -1,
                                  {}};
    group.indicators << count(
        QStringLiteral("staff.training_short"),
        Tr::tr("Direct-service staff with under %1 hours of training").arg(kYearlyTrainingMinutes / 60),
        shortOfHours, keepRecords);
    for (const StaffProfile& p : staff) {
        Indicator i{QStringLiteral("staff.training_minutes.") + p.username,
                    Tr::tr("Training of %1 (minutes)").arg(p.displayName),
                    minutes.value(p.username),
                    -1,
                    {}};
        if (keepRecords)
            i.records = recordIds.value(p.username);
        group.indicators << i;
    }
    return group;
}

} // namespace kq
