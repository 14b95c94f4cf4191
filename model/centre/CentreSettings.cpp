#include "CentreSettings.h"

#include "auth/Actor.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace kq {

namespace {
Q_LOGGING_CATEGORY(lcSettings, "kangqiao.settings")

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentreSettings)
};

// A stored whole number within [min, max], else the default (a value written by hand or by a
// newer version with a wider range must not break the rules that read it).
int intSetting(Database& db, QLatin1String key, int fallback, int min, int max)
{
    const std::optional<QString> text = CentreSettings::stored(db, key);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < min || value > max) {
        qCWarning(lcSettings) << "ignoring an out-of-range setting" << key;
        return fallback;
    }
    return value;
}
} // namespace

CentreSettings CentreSettings::load(Database& db)
{
    CentreSettings s;
    s.m_reviewIntervalMonths = intSetting(db, kReviewIntervalMonthsKey, kDefaultReviewIntervalMonths,
                                          kMinReviewIntervalMonths, kMaxReviewIntervalMonths);
    if (const std::optional<QString> gate = stored(db, kServiceGateKey)) {
        if (const std::optional<GateMode> mode = gateModeFromKey(*gate))
            s.m_serviceGate = *mode;
        else
            qCWarning(lcSettings) << "ignoring an unknown setting value" << kServiceGateKey;
    }
    return s;
}

QString CentreSettings::gateModeKey(GateMode mode)
{
    return mode == GateMode::Warn ? QStringLiteral("warn") : QStringLiteral("block");
}

std::optional<CentreSettings::GateMode> CentreSettings::gateModeFromKey(const QString& key)
{
    if (key == u"block")
        return GateMode::Block;
    if (key == u"warn")
        return GateMode::Warn;
    return std::nullopt;
}

Result<void> CentreSettings::setServiceGate(Journal& journal, const Actor& actor, GateMode mode)
{
    if (!actor.can(Permission::ManageCentre))
        return Error{Tr::tr("Your role may not change the centre's settings."), {}, NotPermitted};
    Transaction tx(journal.database());
    const QString value = gateModeKey(mode);
    if (stored(journal.database(), kServiceGateKey) != value) { // no audit entry for no change
        store(journal, actor, kServiceGateKey, value);
        tx.commit();
    }
    m_serviceGate = mode;
    return {};
}

Result<void> CentreSettings::setReviewIntervalMonths(Journal& journal, const Actor& actor, int months)
{
    if (!actor.can(Permission::ManageCentre))
        return Error{Tr::tr("Your role may not change the centre's settings."), {}, NotPermitted};
    if (months < kMinReviewIntervalMonths || months > kMaxReviewIntervalMonths)
        return Error{Tr::tr("The review interval must be between %1 and %2 months.")
                         .arg(kMinReviewIntervalMonths)
                         .arg(kMaxReviewIntervalMonths),
                     QStringLiteral("review-interval-months"), Invalid};
    Transaction tx(journal.database());
    const QString value = QString::number(months);
    if (stored(journal.database(), kReviewIntervalMonthsKey) != value) { // no audit entry for no change
        store(journal, actor, kReviewIntervalMonthsKey, value);
        tx.commit();
    }
    m_reviewIntervalMonths = months;
    return {};
}

std::optional<QString> CentreSettings::stored(Database& db, const QString& key)
{
    auto s = db.cached("SELECT value FROM settings WHERE key = ?");
    s->bind(1, key);
    if (!s->step())
        return std::nullopt;
    return s->text(0);
}

void CentreSettings::store(Journal& journal, const Actor& actor, const QString& key, const QString& value)
{
    journal.database()
        .cached("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)")
        ->bindAll(key, value)
        .exec();
    journal.record(
        actor, {QStringLiteral("setting"), key, Change::Op::Update, {}, {{key, value}}, std::nullopt, false});
}

} // namespace kq
