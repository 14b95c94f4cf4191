#pragma once

#include "centre/CentreSettings.h"
#include "core/Result.h"

#include <QDate>
#include <QStringList>

namespace kq {

class Database;

// The rule before any service is recorded (session logs, the CLI, sync imports): the client has a
// signed consent and a signed service agreement in force on the day of the service
// (SignedDocumentRepository::inForce). What is missing is said in whole sentences.
class ServiceGate {
public:
    enum ErrorCode { Missing = 540 };

    // Block: an Error (code Missing, field "consent" or "agreement", the first missing) whose
    // message lists what is missing, one sentence a line. Warn: ok, with those sentences as
    // warnings (empty when nothing is missing).
    static Result<QStringList> check(Database& db, const QString& clientId, const QDate& day,
                                     CentreSettings::GateMode mode);
    // The same, in the mode the centre's settings choose.
    static Result<QStringList> check(Database& db, const QString& clientId, const QDate& day);
};

} // namespace kq
