#include "CaseEvent.h"

#include "Application.h"
#include "LifecycleRules.h"
#include "core/DateText.h"
#include "geo/Divisions.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaseEvent)
};
} // namespace

QString CaseEvent::actionName() const
{
    if (action == u"apply")
        return Tr::tr("Application");
    if (const std::optional<CaseAction> a = CaseActions::fromKey(action))
        return CaseActions::name(*a);
    return action;
}

QString CaseEvent::whenText() const
{
    if (action == u"apply")
        return dateText(occurredAt.toLocalTime().date());
    return dateTimeText(occurredAt);
}

QString CaseEvent::detailSummary() const
{
    auto d = [this](const char* key) { return details.value(QString::fromLatin1(key)).toString(); };
    QStringList parts;
    if (action == u"apply" || action == u"reapply")
        parts << Application::fromDetails(details).summary();
    if (!d("centre").isEmpty())
        parts << Tr::tr("Centre: %1").arg(d("centre"));
    if (!d("hospital").isEmpty() && action != u"apply" && action != u"reapply")
        parts << Tr::tr("Hospital: %1").arg(d("hospital"));
    if (!d("county").isEmpty()) {
        const Divisions::County* c = Divisions::instance().county(d("county"));
        parts << Tr::tr("New residence: %1").arg(c ? c->fullName() : d("county"));
    }
    if (!d("outcome").isEmpty())
        parts << LifecycleRules::waitingReviewOutcomeName(d("outcome"));
    if (!d("follow_up_on").isEmpty())
        parts << Tr::tr("Follow-up call due %1")
                     .arg(dateText(QDate::fromString(d("follow_up_on"), Qt::ISODate)));
    return parts.join(QStringLiteral("; "));
}

} // namespace kq
