#include "CentreRepository.h"

#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentreRepository)
};
} // namespace

std::optional<CentreProfile> CentreRepository::load()
{
    Statement s = m_journal.database().prepare("SELECT id, code, name, county_code FROM centre LIMIT 1");
    if (!s.step())
        return std::nullopt;
    return CentreProfile{s.text(0), s.text(1), s.text(2), s.text(3)};
}

void CentreRepository::create(const Actor& actor, CentreProfile& profile)
{
    profile.id = newId();
    profile.name = profile.name.trimmed();
    const QString now = m_journal.clock().nowIso();
    m_journal.database()
        .prepare("INSERT INTO centre(id, code, name, county_code, created_at, updated_at) VALUES (?, ?, ?, "
                 "?, ?, ?)")
        .bindAll(profile.id, profile.code, profile.name, profile.countyCode, now, now)
        .exec();
    m_journal.record(actor, {QStringLiteral("centre"),
                             profile.id,
                             Change::Op::Create,
                             {},
                             {{QStringLiteral("code"), profile.code},
                              {QStringLiteral("name"), profile.name},
                              {QStringLiteral("county_code"), profile.countyCode},
                              {QStringLiteral("created_at"), now}},
                             std::nullopt,
                             true});
}

Result<void> CentreRepository::update(const Actor& actor, const CentreProfile& profile)
{
    if (!actor.can(Permission::ManageCentre))
        return Error{Tr::tr("Your role may not change the centre profile.")};
    if (auto r = profile.validate(); !r)
        return r;
    Database& db = m_journal.database();
    Transaction tx(db);
    const std::optional<CentreProfile> current = load();
    if (!current || current->id != profile.id)
        return Error{Tr::tr("The centre profile was not found.")};
    QVariantMap changed;
    if (current->name != profile.name.trimmed())
        changed.insert(QStringLiteral("name"), profile.name.trimmed());
    if (current->countyCode != profile.countyCode)
        changed.insert(QStringLiteral("county_code"), profile.countyCode);
    if (changed.isEmpty())
        return {};
    db.prepare("UPDATE centre SET name = ?, county_code = ?, rev = rev + 1, updated_at = ? WHERE id = ?")
        .bindAll(profile.name.trimmed(), profile.countyCode, m_journal.clock().nowIso(), profile.id)
        .exec();
    m_journal.record(
        actor, {QStringLiteral("centre"), profile.id, Change::Op::Update, {}, changed, std::nullopt, true});
    tx.commit();
    return {};
}

} // namespace kq
