#include "PlatformApi.h"

#include "FeedReader.h"
#include "OperationApplier.h"
#include "PlatformStore.h"
#include "PullCursor.h"
#include "StoreFailure.h"
#include "StoreTransaction.h"
#include "protocol/ProtocolError.h"
#include "protocol/WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kq::platform {

using sync::ErrorCode;

namespace {

// The body as a JSON object, or the 400 to answer.
std::variant<QJsonObject, HttpAnswer> jsonBody(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return PlatformApi::error(ErrorCode::MalformedJson, QStringLiteral("the body is not a JSON object"));
    return doc.object();
}

HttpAnswer invalid(const Error& e)
{
    return PlatformApi::error(ErrorCode::InvalidRequest, e.message, e.field);
}

// A PushResponse as JSON text, from each operation's answer as it was stored: the keys in the
// order PushResponse::toJson() gives (QJsonObject sorts them), without building it a second time.
QByteArray pushResponseText(const QList<QByteArray>& answers, bool auditWentBackwards)
{
    QByteArray out = auditWentBackwards ? QByteArray("{\"audit_warning\":\"audit chain went backwards\",")
                                        : QByteArray("{");
    out += "\"results\":[";
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (i > 0)
            out += ',';
        out += answers.at(i);
    }
    out += "]}";
    return out;
}

} // namespace

PlatformApi::PlatformApi(PlatformStore& store, qint64 tokenLifetimeSeconds)
    : m_store(store), m_devices(store, tokenLifetimeSeconds)
{
}

PlatformApi::Route PlatformApi::route(const QByteArray& method, const QString& path)
{
    if (method == "POST" && path == u"/v1/enrol")
        return Route::Enrol;
    if (method == "POST" && path == u"/v1/token")
        return Route::Token;
    if (method == "POST" && path == u"/v1/push")
        return Route::Push;
    if (method == "GET" && path == u"/v1/pull")
        return Route::Pull;
    return Route::Unknown;
}

HttpAnswer PlatformApi::error(ErrorCode code, const QString& message, const QString& field)
{
    return {sync::httpStatus(code), sync::ProtocolError(code, message, field).toJson()};
}

HttpAnswer PlatformApi::handle(const ApiRequest& request)
{
    try {
        return dispatch(request);
    } catch (const StoreFailure& e) {
        return storeFailed(QString::fromUtf8(e.what()));
    }
}

HttpAnswer PlatformApi::storeFailed(const QString& why)
{
    qWarning("store failure: %s", qUtf8Printable(why));
    // 503, not 500: the request may well succeed later, and the client retries either way.
    HttpAnswer a =
        error(ErrorCode::ServerError, QStringLiteral("the platform store failed; try again later"));
    a.status = 503;
    return a;
}

HttpAnswer PlatformApi::dispatch(const ApiRequest& request)
{
    if (!request.protocol || !sync::ProtocolVersion::accepts(*request.protocol))
        return error(ErrorCode::UnsupportedVersion,
                     QStringLiteral("this platform speaks Kangqiao-Protocol 1"),
                     QStringLiteral("Kangqiao-Protocol"));
    const Route r = route(request.method, request.path);
    if (r == Route::Unknown)
        return error(ErrorCode::NotFound, QStringLiteral("no such route"));
    if (r == Route::Enrol)
        return enrol(request);
    std::variant<Device, HttpAnswer> device = authenticate(request);
    if (const HttpAnswer* refused = std::get_if<HttpAnswer>(&device))
        return *refused;
    const Device& d = std::get<Device>(device);
    switch (r) {
    case Route::Token:
        return token(d);
    case Route::Push:
        return push(d, request);
    case Route::Pull:
        return pull(d, request);
    case Route::Enrol:
    case Route::Unknown:
        break;
    }
    return error(ErrorCode::NotFound, QStringLiteral("no such route"));
}

std::variant<Device, HttpAnswer> PlatformApi::authenticate(const ApiRequest& request)
{
    const QByteArray header = request.authorization.trimmed();
    if (!header.startsWith("Bearer "))
        return error(ErrorCode::Unauthorized, QStringLiteral("an Authorization: Bearer token is required"));
    const DeviceRegistry::Authentication a =
        m_devices.authenticate(QString::fromLatin1(header.mid(7).trimmed()));
    if (a.device)
        return *a.device;
    switch (a.failure) {
    case ErrorCode::TokenExpired:
        return error(a.failure, QStringLiteral("the token has expired; enrol the workstation again"));
    case ErrorCode::TokenRevoked:
        return error(a.failure, QStringLiteral("the workstation's access was revoked"));
    default:
        break;
    }
    return error(ErrorCode::Unauthorized, QStringLiteral("unknown token"));
}

HttpAnswer PlatformApi::enrol(const ApiRequest& request)
{
    std::variant<QJsonObject, HttpAnswer> body = jsonBody(request.body);
    if (const HttpAnswer* bad = std::get_if<HttpAnswer>(&body))
        return *bad;
    const Result<sync::EnrolRequest> req = sync::EnrolRequest::fromJson(std::get<QJsonObject>(body));
    if (!req)
        return invalid(req.error());
    const std::optional<sync::Enrolment> e = m_devices.enrol(req.value());
    if (!e) {
        qInfo("enrolment refused for centre %s", qUtf8Printable(req.value().centreCode));
        return error(ErrorCode::InvalidEnrolment,
                     QStringLiteral("the enrolment code is unknown, used, expired or of another centre"));
    }
    qInfo("device %s enrolled with centre %s", qUtf8Printable(e->deviceId), qUtf8Printable(e->centreCode));
    return {201, e->toJson()};
}

HttpAnswer PlatformApi::token(const Device& device)
{
    qInfo("device %s rotated its token", qUtf8Printable(device.id));
    return {200, m_devices.rotate(device.id).toJson()};
}

HttpAnswer PlatformApi::push(const Device& device, const ApiRequest& request)
{
    using namespace sync::wire;
    std::variant<QJsonObject, HttpAnswer> body = jsonBody(request.body);
    if (const HttpAnswer* bad = std::get_if<HttpAnswer>(&body))
        return *bad;
    const QJsonObject json = std::get<QJsonObject>(body);
    const Result<QJsonObject> headJson = requiredObject(json, "audit_head");
    if (!headJson)
        return invalid(headJson.error());
    const Result<sync::AuditHead> head = sync::AuditHead::fromJson(headJson.value());
    if (!head)
        return invalid(nested(head.error(), QStringLiteral("audit_head")));
    const Result<QJsonArray> ops = requiredArray(json, "operations");
    if (!ops)
        return invalid(ops.error());
    if (ops.value().size() > sync::ProtocolVersion::MaxOperationsPerPush)
        return error(ErrorCode::InvalidRequest, QStringLiteral("more than 500 operations"),
                     QStringLiteral("operations"));
    // An operation without a usable op_id cannot be answered on its own: the batch is refused
    // before anything applies. Everything else wrong with an operation is its own rejection.
    for (qsizetype i = 0; i < ops.value().size(); ++i)
        if (!isUuid(ops.value().at(i).toObject().value(QStringLiteral("op_id")).toString()))
            return error(ErrorCode::InvalidRequest, QStringLiteral("must be a UUID"),
                         indexed("operations", i) + QStringLiteral(".op_id"));

    // One transaction for the batch, a savepoint per operation (OperationApplier), one commit (one
    // fsync) before the answer is written: each operation stays all-or-nothing and independent, and
    // nothing is acknowledged that a power cut could take back.
    std::optional<QString> failure;
    StoreTransaction tx(m_store);
    const bool backwards = m_devices.noteAuditHead(device.id, head.value());
    OperationApplier applier(m_store, m_devices);
    QList<QByteArray> answers;
    QMap<sync::PushResult::Status, int> counts;
    for (const QJsonValue op : ops.value()) {
        try {
            OperationApplier::Answer a = applier.apply(device, op.toObject());
            ++counts[a.result.status];
            answers.append(std::move(a.json));
        } catch (const StoreFailure& e) {
            // That operation is undone; the ones before it still commit (a retry gets them as
            // duplicates). The rest wait for the retry: the store is failing.
            failure = QString::fromUtf8(e.what());
            break;
        }
    }
    tx.commit(); // throws when it fails: handle() answers 503 and nothing is acknowledged
    if (failure)
        return storeFailed(*failure);
    if (backwards)
        qWarning("device %s: audit chain went backwards (seq %lld)", qUtf8Printable(device.id),
                 static_cast<long long>(head.value().seq));
    using S = sync::PushResult::Status;
    qInfo("device %s pushed %lld: %d applied, %d duplicate, %d conflict, %d rejected",
          qUtf8Printable(device.id), static_cast<long long>(ops.value().size()), counts.value(S::Applied),
          counts.value(S::Duplicate), counts.value(S::Conflict), counts.value(S::Rejected));
    HttpAnswer answer;
    answer.bodyText = pushResponseText(answers, backwards);
    return answer;
}

HttpAnswer PlatformApi::pull(const Device& device, const ApiRequest& request)
{
    qint64 after = 0;
    if (request.query.hasQueryItem(QStringLiteral("after"))) {
        const std::optional<qint64> rev = PullCursor::decode(
            m_store.cursorKey(), device.centre, request.query.queryItemValue(QStringLiteral("after")));
        if (!rev)
            return error(ErrorCode::InvalidRequest, QStringLiteral("unknown cursor"),
                         QStringLiteral("after"));
        after = *rev;
    }
    int limit = sync::ProtocolVersion::DefaultPullLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > sync::ProtocolVersion::MaxPullLimit)
            return error(ErrorCode::InvalidRequest, QStringLiteral("must be an integer from 1 to 1000"),
                         QStringLiteral("limit"));
    }
    HttpAnswer answer;
    answer.bodyText = FeedReader(m_store).page(device.centre, after, limit);
    return answer;
}

} // namespace kq::platform
