#pragma once

#include "CaseAction.h"
#include "CaseState.h"

#include <QDateTime>
#include <QVariantMap>

#include <optional>

namespace kq {

// One recorded lifecycle action, as the client's timeline shows it.
struct CaseEvent {
    QString id;
    QString clientId;
    QString action; // CaseAction key, or "apply" for the application that opened the case
    std::optional<CaseState> from;
    CaseState to = CaseState::Applied;
    QDateTime occurredAt;
    QDateTime recordedAt;
    QString actor; // username
    QString reason;
    QString document;
    QVariantMap details;

    // The action's name for people ("Register", "Application").
    QString actionName() const;
    // When it happened, as people read it: an application has a date only (no time of day).
    QString whenText() const;
    // Details in one line, e.g. "Hospital: 市精神卫生中心"; clinical text stays out of it.
    QString detailSummary() const;
};

} // namespace kq
