#include "ConflictResolver.h"

#include "ConflictStore.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "replica/Replica.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QHash>
#include <QJsonDocument>

namespace kq {

namespace {
QString resolutionKey(ConflictResolver::Choice c)
{
    switch (c) {
    case ConflictResolver::Choice::KeepPlatform:
        return QStringLiteral("server");
    case ConflictResolver::Choice::KeepOurs:
        return QStringLiteral("yours");
    case ConflictResolver::Choice::Dismiss:
        break;
    }
    return QStringLiteral("dismissed");
}

// Tables whose rows name their client, for the list's "whose record".
const QHash<QString, QString>& clientTables()
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("guardian"), QStringLiteral("guardians")},
        {QStringLiteral("case_event"), QStringLiteral("case_events")},
        {QStringLiteral("assessment"), QStringLiteral("assessments")},
        {QStringLiteral("plan"), QStringLiteral("plans")},
        {QStringLiteral("signed_document"), QStringLiteral("signed_documents")},
        {QStringLiteral("session"), QStringLiteral("sessions")}};
    return tables;
}
} // namespace

Permission ConflictResolver::permissionFor(const QString& entity)
{
    if (entity == u"client" || entity == u"guardian")
        return Permission::RegisterClients;
    if (entity == u"staff_training" || entity == u"staff_profile")
        return Permission::ManageTraining;
    if (entity == u"form_template" || entity == u"price_item")
        return Permission::ManageTemplates;
    if (entity == u"centre" || entity == u"calendar_day")
        return Permission::ManageCentre;
    if (entity == u"signed_document")
        return Permission::SignDocuments;
    return Permission::EditClinicalRecords;
}

QString ConflictResolver::entityName(const QString& entity)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("client"), QT_TR_NOOP("Client")},
        {QStringLiteral("guardian"), QT_TR_NOOP("Guardian")},
        {QStringLiteral("case_event"), QT_TR_NOOP("Case event")},
        {QStringLiteral("assessment"), QT_TR_NOOP("Assessment")},
        {QStringLiteral("plan"), QT_TR_NOOP("Rehabilitation plan")},
        {QStringLiteral("signed_document"), QT_TR_NOOP("Signed document")},
        {QStringLiteral("session"), QT_TR_NOOP("Session log")},
        {QStringLiteral("session_amendment"), QT_TR_NOOP("Session amendment")},
        {QStringLiteral("group_activity"), QT_TR_NOOP("Group activity")},
        {QStringLiteral("staff_training"), QT_TR_NOOP("Staff training")},
        {QStringLiteral("staff_profile"), QT_TR_NOOP("Staff qualification")},
        {QStringLiteral("calendar_day"), QT_TR_NOOP("Calendar day")},
        {QStringLiteral("centre"), QT_TR_NOOP("Centre profile")},
        {QStringLiteral("form_template"), QT_TR_NOOP("Form template")},
        {QStringLiteral("price_item"), QT_TR_NOOP("Price list item")},
        {QStringLiteral("referral"), QT_TR_NOOP("Referral")}};
    const char* name = names.value(entity);
    return name ? tr(name) : entity;
}

QString ConflictResolver::fieldName(const QString& field)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("household_county"), QT_TR_NOOP("Household registration")},
        {QStringLiteral("residence_county"), QT_TR_NOOP("County of residence")},
        {QStringLiteral("diagnosis_code"), QT_TR_NOOP("Diagnosis")},
        {QStringLiteral("risk_level"), QT_TR_NOOP("Risk level")},
        {QStringLiteral("case_manager"), QT_TR_NOOP("Case manager")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("observations"), QT_TR_NOOP("Observations")},
        {QStringLiteral("next_step"), QT_TR_NOOP("Next step")},
        {QStringLiteral("topic"), QT_TR_NOOP("Topic")}};
    const char* name = names.value(field);
    return name ? tr(name) : field;
}

QString ConflictResolver::clientNameOf(const Actor& actor, const QString& entity, const QString& recordId)
{
    if (!actor.can(Permission::ViewClients))
        return {};
    Database& db = m_journal.database();
    std::string sql;
    if (entity == u"client") {
        sql = "SELECT name FROM clients WHERE id = ?";
    } else if (const QString table = clientTables().value(entity); !table.isEmpty()) {
        sql = "SELECT c.name FROM " + table.toStdString() +
              " t JOIN clients c ON c.id = t.client_id WHERE t.id = ?";
    } else {
        return {};
    }
    Statement s = db.prepare(sql);
    s.bind(1, recordId);
    return s.step() ? s.text(0) : QString();
}

Result<void> ConflictResolver::resolve(const Actor& actor, const QString& conflictId, Choice choice)
{
    Database& db = m_journal.database();
    ConflictStore conflicts(db);
    const std::optional<SyncConflict> found = conflicts.find(conflictId);
    if (!found)
        return Error(tr("This conflict is no longer on this workstation."), {}, NotFound);
    const SyncConflict& c = *found;
    if (!actor.can(permissionFor(c.entity)))
        return Error(tr("Your role may not change this kind of record."), {}, NotPermitted);
    if (!c.open)
        return Error(tr("This conflict was already resolved by %1.").arg(c.resolvedBy), {}, AlreadyResolved);
    const bool rejected = c.kind == SyncConflict::Kind::Rejected;
    if (rejected != (choice == Choice::Dismiss))
        return Error(rejected ? tr("The platform refused this change: it can only be dismissed.")
                              : tr("Choose which value to keep."),
                     {}, WrongChoice);

    QJsonObject values;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        values.insert(it.key(), rejected ? it.value()
                                         : it.value().toObject().value(choice == Choice::KeepOurs
                                                                           ? QStringLiteral("yours")
                                                                           : QStringLiteral("server")));
    const QDateTime now = m_journal.clock().now();
    const QString resolution = resolutionKey(choice);
    Transaction tx(db);
    if (choice == Choice::KeepOurs) {
        Result<Replica::Applied> written = Replica(m_journal).apply(c.entity, c.recordId, values, false);
        if (!written)
            return Error(
                tr("This workstation's value cannot be written back (%1).").arg(written.error().describe()),
                {}, CannotApply);
        m_journal.record(actor, {c.entity, c.recordId, Change::Op::Update, QStringLiteral("resolve-conflict"),
                                 values.toVariantMap(), std::nullopt, true});
    }
    conflicts.markResolved(c.id, resolution, values, actor.username, now);
    // The platform's conflict record closes on every workstation; a rejection is this one's only.
    QVariantMap closing{{QStringLiteral("status"), QStringLiteral("resolved")},
                        {QStringLiteral("resolution"), resolution},
                        {QStringLiteral("resolved_by"), actor.username},
                        {QStringLiteral("resolved_at"), now.toUTC().toString(Qt::ISODateWithMs)},
                        // As the platform writes conflict values: the JSON text of {field: value}.
                        {QStringLiteral("resolved_value"),
                         QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))}};
    m_journal.record(actor,
                     {QStringLiteral("conflict"), c.id, rejected ? Change::Op::None : Change::Op::Update,
                      QStringLiteral("resolve"), closing, std::nullopt, !rejected});
    tx.commit();
    return {};
}

} // namespace kq
