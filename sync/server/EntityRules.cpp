#include "EntityRules.h"

#include <QSet>

namespace kq::platform::EntityRules {

bool isKnown(const QString& entity)
{
    // The client's journal entities, plus the two the platform writes.
    static const QSet<QString> known{QStringLiteral("client"),
                                     QStringLiteral("guardian"),
                                     QStringLiteral("case_event"),
                                     QStringLiteral("case_file"),
                                     QStringLiteral("assessment"),
                                     QStringLiteral("plan"),
                                     QStringLiteral("signed_document"),
                                     QStringLiteral("session"),
                                     QStringLiteral("session_amendment"),
                                     QStringLiteral("group_activity"),
                                     QStringLiteral("staff_training"),
                                     QStringLiteral("staff_profile"),
                                     QStringLiteral("calendar_day"),
                                     QStringLiteral("centre"),
                                     QStringLiteral("form_template"),
                                     QStringLiteral("price_item"),
                                     QStringLiteral("referral"),
                                     QStringLiteral("conflict")};
    return known.contains(entity);
}

QList<sync::PushResult::Reason> oversizeValues(const QJsonObject& fields)
{
    QList<sync::PushResult::Reason> reasons;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // Strings dominate; their UTF-8 size is what the store keeps.
        const qsizetype size = it->isString() ? it->toString().toUtf8().size() : 32;
        if (size > MaxValueBytes)
            reasons.append({it.key(), QStringLiteral("is larger than 1 MiB")});
    }
    return reasons;
}

QList<sync::PushResult::Reason> signedDocumentUpdate(const QJsonObject& fields)
{
    static const QSet<QString> revocation{QStringLiteral("revoked_on"), QStringLiteral("revoked_reason"),
                                          QStringLiteral("revoked_by")};
    QList<sync::PushResult::Reason> reasons;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!revocation.contains(it.key()))
            reasons.append(
                {it.key(), QStringLiteral("a signed document cannot change; amend it with a new "
                                          "document (only revoked_on, revoked_reason, revoked_by)")});
    return reasons;
}

} // namespace kq::platform::EntityRules
