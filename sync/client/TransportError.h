#pragma once

#include <QString>

namespace kq::sync {

// Why a request to the platform did not give an answer to act on. The engine decides from the
// kind: Offline and Server are retried with backoff; Auth stops until the workstation is enrolled
// again; Version stops until Kangqiao is updated; Request and Protocol are bugs or tampering and
// are retried like Server errors but reported as they are.
struct TransportError {
    enum class Kind {
        None,
        Offline,  // no connection, refused, timed out, dropped mid-way
        Tls,      // the platform's certificate does not chain to the configured CA
        Auth,     // 401: token unknown, expired or revoked
        Version,  // 426: the platform does not speak this client's protocol
        Server,   // 5xx
        Request,  // another 4xx: the platform refused the request itself
        Protocol, // an answer that is not what the protocol says
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // the platform's error code, when it sent one
    QString message; // for a person: translated, one line

    bool ok() const { return kind == Kind::None; }
};

} // namespace kq::sync
