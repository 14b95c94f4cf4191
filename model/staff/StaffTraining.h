#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kq {

// One training a member of staff attended (培训记录). Time is kept in whole minutes so that sums
// and averages are exact; people type and read hours.
struct TrainingRecord {
    static constexpr int kMaxMinutes = 24 * 60; // one record covers at most a day
    static constexpr int kMaxTextLength = 200;

    QString id;
    QString username; // the account that attended
    QDate heldOn;
    int minutes = 0;
    QString topic;
    QString provider; // who gave it; optional
    QString createdBy;
    QDateTime createdAt;
};

// What the staff indicators need to know about a person beyond the account.
struct StaffProfile {
    QString username;
    QString displayName;                            // from the account; not stored here
    QString qualification = QStringLiteral("none"); // a key of StaffQualifications
    bool directService = true;                      // delivers services to clients in person
};

namespace StaffQualifications {
// Stable keys in storage order: psychiatry, mental_health_nursing, social_work, psychology, other, none.
QList<QString> keys();
bool isKnown(const QString& key);
// Counts towards the share of staff qualified in mental health, social work or psychology.
bool counts(const QString& key);
QString name(const QString& key); // translated
} // namespace StaffQualifications

namespace TrainingHours {
// "2", "1.5", "0.75", "1,5": hours with up to two decimals, as whole minutes (rounded to the
// nearest). Nothing when the text is not such a number.
std::optional<int> parse(const QString& text);
// Minutes as hours for people: "20", "1.5", "19.9" (one decimal, rounded down, unless whole).
QString format(qint64 minutes);
} // namespace TrainingHours

} // namespace kq
