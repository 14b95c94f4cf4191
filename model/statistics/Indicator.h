#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kq {

// One number of a report. `key` is stable ASCII (for exports, JSON and drill-down), e.g.
// "clients.in_service" or "services.by_content.medication_training"; `label` is for people
// (translated). A rate has a numerator and a denominator; `value` is then the numerator.
// `records` holds the ids behind the number (client ids, or session/meeting ids where the key
// says so) when the calculation was asked to keep them, for drill-down by permitted roles.
struct Indicator {
    QString key;
    QString label;
    qint64 value = 0;
    qint64 denominator = -1; // -1: not a rate
    QStringList records;

    bool isRate() const { return denominator >= 0; }
    double rate() const { return denominator > 0 ? double(value) / double(denominator) : 0.0; }
};

// A titled group of indicators (one sheet of an export, one section of the report).
struct IndicatorGroup {
    QString key;   // "clients", "standard_service", "services", "referrals", "staff"
    QString title; // translated
    QList<Indicator> indicators;
};

} // namespace kq
