#pragma once

#include "ServicePlace.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

namespace kq {

// One meeting of a group (小组工作, seed §11): topic, facilitators, when, service content, place,
// capacity and its roster. Attendance is taken once per meeting; each client present counts as one
// service for that client. A weekly series is one row per meeting sharing seriesId.
struct GroupActivity {
    static constexpr int kMaxCapacity = 200;
    static constexpr int kMaxTopicLength = 100;
    static constexpr int kMaxNoteLength = 500;
    static constexpr int kMaxWeeks = 52; // meetings one weekly series may create

    struct Attendee {
        QString clientId;
        QString clientName;          // read from the registry; ignored on saving
        std::optional<bool> present; // unset until attendance is taken
        QString note;                // per attendee, with the attendance

        friend bool operator==(const Attendee&, const Attendee&) = default;
    };

    QString id;
    QString seriesId; // empty for a one-off meeting
    QString topic;
    QStringList facilitators; // usernames, at least one
    QDate heldOn;
    QTime startsAt;
    int minutes = 90;
    QString content;                             // ServiceCatalogue content key
    QString form = QStringLiteral("group_work"); // ServiceCatalogue form key
    ServicePlace place = ServicePlace::Centre;
    int capacity = 12;
    QString notes;
    QList<Attendee> roster;
    QDateTime attendanceTakenAt; // invalid until attendance is taken
    QString createdBy;
    QDateTime createdAt;

    bool attendanceTaken() const { return attendanceTakenAt.isValid(); }
    int presentCount() const
    {
        int n = 0;
        for (const Attendee& a : roster)
            n += a.present.value_or(false) ? 1 : 0;
        return n;
    }
};

// One client's attendance of one meeting, for the client's sessions tab and timeline.
struct GroupAttendance {
    QString activityId;
    QString topic;
    QDate heldOn;
    QTime startsAt;
    int minutes = 0;
    QString content;
    ServicePlace place = ServicePlace::Centre;
    QStringList facilitators;
    std::optional<bool> present;
    QString note;
};

// A named list of clients a roster can be filled from ("add from a saved group").
struct SavedGroup {
    QString id;
    QString name;
    QStringList members; // client ids
};

} // namespace kq
