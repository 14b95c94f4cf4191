#pragma once

#include "ClientRecord.h"
#include "core/Result.h"

#include <QStringList>

namespace kq {

// The outcome of checking a client record: every invalid field (by name), and notices about
// values accepted but worth a look (an ID number from an abolished county, a 15-digit ID upgraded).
struct ClientCheck {
    QList<Error> errors;
    QStringList notices;
    bool ok() const { return errors.isEmpty(); }
    QString summary() const; // the errors, one per line
};

// The rules for a client record, shared by the form, the command line and sync import. normalise()
// also tidies the record: trims text, upgrades a 15-digit ID, fills birth date and gender from the
// ID, normalises phone numbers, marks a lone guardian as the signing contact.
namespace ClientValidator {
ClientCheck normalise(ClientRecord& record, const QDate& today);
} // namespace ClientValidator

} // namespace kq
