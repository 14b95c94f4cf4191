#include "PlatformEnrolment.h"

#include "HttpTransport.h"
#include "centre/CentreProfile.h"
#include "core/Clock.h"
#include "core/Text.h"
#include "platform/SyncState.h"
#include "protocol/EnrolRequest.h"
#include "protocol/Enrolment.h"
#include "store/Journal.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

namespace kq::sync {

Result<void> PlatformEnrolment::check(const Workspace& workspace, const Request& request)
{
    if (!workspace.isOpen() || !workspace.actor().can(Permission::ManageCentre))
        return Error(
            tr("Only a supervisor or an administrator may connect this workstation to the platform."), {},
            NotPermitted);
    if (Result<void> usable = HttpTransport::check({request.server, request.caPem}); !usable)
        return Error(usable.error().message, usable.error().field, InvalidInput);
    if (!CentreProfile::isValidCode(request.centreCode.trimmed()))
        return Error(tr("Enter the centre's code on the platform."), QStringLiteral("centre-code"),
                     InvalidInput);
    if (request.enrolmentCode.trimmed().isEmpty() || request.enrolmentCode.size() > 64 ||
        hasHiddenCharacters(request.enrolmentCode))
        return Error(tr("Enter the one-time enrolment code from the platform."), QStringLiteral("code"),
                     InvalidInput);
    if (request.deviceName.trimmed().isEmpty() || request.deviceName.size() > 128 ||
        hasHiddenCharacters(request.deviceName))
        return Error(tr("Name this workstation (up to 128 characters), e.g. Front desk 1."),
                     QStringLiteral("device-name"), InvalidInput);
    return {};
}

void PlatformEnrolment::enrol(Workspace& workspace, Transport& transport, const Request& request,
                              std::function<void(Result<void>)> done)
{
    if (Result<void> ok = check(workspace, request); !ok) {
        done(ok.error());
        return;
    }
    const EnrolRequest body{request.centreCode.trimmed(), request.enrolmentCode.trimmed(),
                            request.deviceName.trimmed()};
    transport.post(
        QStringLiteral("/v1/enrol"), body.toJson(),
        [&workspace, request, done = std::move(done)](const QJsonObject& answer,
                                                      const TransportError& error) {
            if (!error.ok()) {
                const bool refused = error.kind == TransportError::Kind::Request;
                done(Error(refused && error.code == u"invalid_enrolment"
                               ? tr("The platform refused the enrolment code: it is unknown, "
                                    "used, expired or for another centre.")
                               : error.message,
                           refused ? QStringLiteral("code") : QString(), refused ? Refused : Unreachable));
                return;
            }
            Result<Enrolment> enrolment = Enrolment::fromJson(answer);
            if (!enrolment) {
                done(Error(
                    tr("The platform's answer is not an enrolment (%1).").arg(enrolment.error().describe()),
                    {}, Unreachable));
                return;
            }
            if (!workspace.isOpen()) {
                done(Error(tr("The store was locked before the enrolment finished."), {}, Unreachable));
                return;
            }
            const Enrolment& e = enrolment.value();
            const QDateTime now = workspace.clock().now();
            PlatformLink link{request.server.toString(QUrl::RemoveUserInfo),
                              request.caPem,
                              e.centreCode,
                              e.centreName,
                              e.deviceId,
                              request.deviceName.trimmed(),
                              e.grant.token,
                              now,
                              e.grant.expiresAt,
                              now};
            Transaction tx(workspace.database());
            SyncState(workspace.database()).saveLink(link);
            // The audit names what was set, never the token.
            workspace.journal().record(workspace.actor(), {QStringLiteral("platform"),
                                                           e.deviceId,
                                                           Change::Op::None,
                                                           QStringLiteral("enrol"),
                                                           {{QStringLiteral("server"), link.server},
                                                            {QStringLiteral("centre_code"), link.centreCode},
                                                            {QStringLiteral("device_name"), link.deviceName}},
                                                           std::nullopt,
                                                           false});
            tx.commit();
            done(Result<void>());
        });
}

} // namespace kq::sync
