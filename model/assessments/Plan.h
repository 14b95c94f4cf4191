#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kq {

// A rehabilitation plan (康复计划): goals, services and their frequency for one client, written
// from an intake or periodic assessment. Append-only: a new plan supersedes the older one.
struct Plan {
    struct Goal {
        QString id; // UUID; empty for a new goal. Carried over to the next plan, so session logs that
                    // link to the goal stay linked.
        QString text;

        friend bool operator==(const Goal&, const Goal&) = default;
    };

    struct Service {
        QString content;   // ServiceCatalogue content key, e.g. "medication_training"
        QString form;      // ServiceCatalogue form key, e.g. "day_training"
        QString frequency; // free text, e.g. 每周2次

        friend bool operator==(const Service&, const Service&) = default;
    };

    static constexpr int kMaxGoals = 20;
    static constexpr int kMaxGoalLength = 500;
    static constexpr int kMaxServices = 30;
    static constexpr int kMaxFrequencyLength = 40;
    static constexpr int kMaxReviewMonths = 24;

    QString id;
    QString clientId;
    QString assessmentId; // the intake or periodic assessment the plan follows
    QDate startsOn;
    QDate reviewOn;      // empty on saving: startsOn + CentreSettings::reviewIntervalMonths()
    QString responsible; // username of the staff member in charge
    QList<Goal> goals;
    QList<Service> services;
    QString createdBy;
    QDateTime createdAt;
};

} // namespace kq
