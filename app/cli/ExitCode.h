#pragma once

#include "store/Workspace.h"

namespace kq::cli {

// Distinct exit statuses, so scripts can tell failures apart. Documented in the README.
enum ExitCode {
    Ok = 0,
    CheckFailed = 1,   // `check` found damage or tampering inside an open store
    Usage = 2,         // a missing or invalid option
    NoDatabase = 3,    // the database (or an input file) does not exist
    NotKangqiao = 4,   // not a Kangqiao database, or its key file is missing / from elsewhere
    WrongPassword = 5, // wrong username, password or recovery key
    Tampered = 6,      // the file does not decrypt with its own key: damaged or altered
    Wait = 7,          // too many failed attempts: back-off in force
    AccountDisabled = 8,
    Failure = 9,     // anything else (I/O, a store error)
    Refused = 10,    // the role may not, or the case's state or record does not allow it
    SyncFailed = 11, // the platform could not be reached, or refused (sync, enrol)
};

inline int exitCodeFor(const Error& e)
{
    switch (e.code) {
    case Workspace::NoDatabase:
        return NoDatabase;
    case Workspace::NotKangqiao:
        return NotKangqiao;
    case Workspace::WrongCredentials:
        return WrongPassword;
    case Workspace::WaitBeforeRetry:
        return Wait;
    case Workspace::Tampered:
        return Tampered;
    case Workspace::AccountDisabled:
        return AccountDisabled;
    case Workspace::AlreadyExists:
        return Usage;
    default:
        return e.field.isEmpty() ? Failure : Usage;
    }
}

} // namespace kq::cli
