#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

namespace kq {
class Workspace;
}

namespace kq::sync {

class Transport;

// Connects this workstation to the platform with the centre's code and a one-time enrolment code
// from the platform operator; stores the link (server, CA, device id, token) in the encrypted store
// and audits it. Supervisors and administrators only (ManageCentre).
class PlatformEnrolment {
    Q_DECLARE_TR_FUNCTIONS(PlatformEnrolment)
public:
    struct Request {
        QUrl server;
        QByteArray caPem;
        QString centreCode;
        QString enrolmentCode;
        QString deviceName;
    };
    enum ErrorCode { NotPermitted = 800, InvalidInput, Refused, Unreachable };

    // Checks the request without sending it; the error names the field.
    static Result<void> check(const Workspace& workspace, const Request& request);
    // Sends it through `transport` (made for request.server and request.caPem) and calls `done`
    // on the thread that asked.
    static void enrol(Workspace& workspace, Transport& transport, const Request& request,
                      std::function<void(Result<void>)> done);
};

} // namespace kq::sync
