#include "ClientRepository.h"

#include "ClientSearchKeys.h"
#include "ClientValidator.h"
#include "ClientVocabulary.h"
#include "accounts/AccountRepository.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/Ids.h"
#include "identity/PhoneNumber.h"
#include "identity/ResidentId.h"
#include "lifecycle/CaseState.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoredValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
};

using namespace ClientVocabulary;

QVariantMap columns(const ClientRecord& r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("gender"), genderKey(r.gender)},
            {QStringLiteral("birth_date"), isoDate(r.birthDate)},
            {QStringLiteral("id_number"), r.idNumber},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("household_county"), r.householdCounty},
            {QStringLiteral("residence_county"), r.residenceCounty},
            {QStringLiteral("diagnosis_code"), r.diagnosisCode},
            {QStringLiteral("severe_disorder"), severeDisorderKey(r.severeDisorder)},
            {QStringLiteral("risk_level"), r.riskLevel},
            {QStringLiteral("risk_assessed_on"), isoDate(r.riskAssessedOn)},
            {QStringLiteral("risk_assessor"), r.riskAssessor},
            {QStringLiteral("disability_certificate"), r.disabilityCertificate},
            {QStringLiteral("disability_level"), r.disabilityLevel},
            {QStringLiteral("low_income"), r.lowIncome},
            {QStringLiteral("hardship_allowance"), r.hardshipAllowance},
            {QStringLiteral("severe_disability_care"), r.severeDisabilityCare},
            {QStringLiteral("guardianship_reward"), r.guardianshipReward},
            {QStringLiteral("insurance"), insuranceKey(r.insurance)},
            {QStringLiteral("case_manager"), r.caseManager},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("notes"), r.notes}};
}

QVariantMap guardianColumns(const QString& clientId, int position, const Guardian& g)
{
    return {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("position"), position},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("relation"), g.relation},
            {QStringLiteral("phone"), g.phone},
            {QStringLiteral("address"), g.address},
            {QStringLiteral("legal_guardian"), g.legalGuardian},
            {QStringLiteral("signing_contact"), g.signingContact}};
}

const QStringList kClinical{QStringLiteral("diagnosis_code"), QStringLiteral("severe_disorder"),
                            QStringLiteral("risk_level"), QStringLiteral("risk_assessed_on"),
                            QStringLiteral("risk_assessor")};

void copyClinical(ClientRecord& to, const ClientRecord& from)
{
    to.diagnosisCode = from.diagnosisCode;
    to.severeDisorder = from.severeDisorder;
    to.riskLevel = from.riskLevel;
    to.riskAssessedOn = from.riskAssessedOn;
    to.riskAssessor = from.riskAssessor;
}

void bindValue(Statement& s, int index, const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        s.bind(index, v.toBool());
    else if (v.typeId() == QMetaType::Int)
        s.bind(index, v.toInt());
    else
        s.bind(index, nullIfEmpty(v.toString()));
}

QString insertSql(const char* table, const QStringList& names)
{
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
        .arg(QLatin1String(table), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

ClientRecord readClient(const Statement& s)
{
    ClientRecord r;
    int i = 0;
    r.id = s.text(i++);
    r.name = s.text(i++);
    r.gender = genderFromKey(s.text(i++));
    r.birthDate = QDate::fromString(s.text(i++), Qt::ISODate);
    r.idNumber = s.text(i++);
    r.phone = s.text(i++);
    r.address = s.text(i++);
    r.householdCounty = s.text(i++);
    r.residenceCounty = s.text(i++);
    r.diagnosisCode = s.text(i++);
    r.severeDisorder = severeDisorderFromKey(s.text(i++));
    r.riskLevel = int(s.int64(i++));
    r.riskAssessedOn = QDate::fromString(s.text(i++), Qt::ISODate);
    r.riskAssessor = s.text(i++);
    r.disabilityCertificate = s.text(i++);
    r.disabilityLevel = int(s.int64(i++));
    r.lowIncome = s.int64(i++) != 0;
    r.hardshipAllowance = s.int64(i++) != 0;
    r.severeDisabilityCare = s.int64(i++) != 0;
    r.guardianshipReward = s.int64(i++) != 0;
    r.insurance = insuranceFromKey(s.text(i++));
    r.caseManager = s.text(i++);
    r.status = s.text(i++);
    r.notes = s.text(i++);
    r.rev = s.int64(i++);
    return r;
}

const char* const kClientSelect =
    "SELECT id, name, gender, birth_date, id_number, phone, address, household_county, residence_county, "
    "diagnosis_code, severe_disorder, risk_level, risk_assessed_on, risk_assessor, disability_certificate, "
    "disability_level, low_income, hardship_allowance, severe_disability_care, guardianship_reward, "
    "insurance, "
    "case_manager, status, notes, rev FROM clients WHERE id = ?";

} // namespace

QVariantMap ClientRepository::columnsOf(const ClientRecord& record)
{
    return columns(record);
}

std::optional<ClientRecord> ClientRepository::load(const Actor& actor, const QString& id)
{
    if (!actor.can(Permission::ViewClients))
        return std::nullopt; // full identifiers are in the record: only roles that see clients
    Database& db = m_journal.database();
    Statement s = db.prepare(kClientSelect);
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    ClientRecord r = readClient(s);
    if (!actor.can(Permission::ViewClinicalRecords))
        copyClinical(r, ClientRecord{});
    Statement g = db.prepare("SELECT id, name, relation, phone, address, legal_guardian, signing_contact "
                             "FROM guardians WHERE client_id = ? ORDER BY position");
    g.bind(1, id);
    while (g.step())
        r.guardians.append(
            {g.text(0), g.text(1), g.text(2), g.text(3), g.text(4), g.int64(5) != 0, g.int64(6) != 0});
    return r;
}

std::optional<QString> ClientRepository::findByIdNumber(const QString& idNumber)
{
    auto s = m_journal.database().cached("SELECT id FROM clients WHERE id_number = ?");
    s->bind(1, idNumber);
    if (!s->step())
        return std::nullopt;
    return s->text(0);
}

QList<PossibleDuplicate> ClientRepository::possibleDuplicates(const ClientRecord& r)
{
    QList<PossibleDuplicate> out;
    Database& db = m_journal.database();
    Statement same = db.prepare("SELECT id, name FROM clients WHERE name = ? AND birth_date = ? AND id <> ?");
    same.bindAll(r.name.trimmed(), isoDate(r.birthDate), r.id.isEmpty() ? QStringLiteral("-") : r.id);
    while (same.step())
        out.append({same.text(0), same.text(1), Tr::tr("same name and birth date")});
    if (!r.phone.isEmpty()) {
        Statement phone = db.prepare("SELECT id, name FROM clients WHERE phone = ? AND id <> ?");
        phone.bindAll(r.phone, r.id.isEmpty() ? QStringLiteral("-") : r.id);
        while (phone.step())
            out.append({phone.text(0), phone.text(1), Tr::tr("same phone number")});
    }
    return out;
}

qint64 ClientRepository::count()
{
    return m_journal.database().queryInt("SELECT count(*) FROM clients");
}

Result<ClientRepository::Saved> ClientRepository::create(const Actor& actor, ClientRecord record)
{
    return save(actor, std::move(record), true);
}

Result<ClientRepository::Saved> ClientRepository::update(const Actor& actor, ClientRecord record)
{
    return save(actor, std::move(record), false);
}

Result<ClientRepository::Saved> ClientRepository::save(const Actor& actor, ClientRecord r, bool creating)
{
    if (!actor.can(Permission::RegisterClients))
        return Error{Tr::tr("Your role may not register or edit clients."), {}, NotPermitted};
    Database& db = m_journal.database();
    Transaction tx(db);

    std::optional<ClientRecord> stored;
    if (!creating) {
        stored = load(Actor{{}, {}, {}, Role::Supervisor}, r.id);
        if (!stored)
            return Error{Tr::tr("The client record was not found."), {}, NotFound};
        if (stored->rev != r.rev)
            return Error{
                Tr::tr("Someone else saved this record in the meantime. Reopen it to see their changes."),
                {},
                StaleRecord};
        if (!actor.can(Permission::ViewClinicalRecords))
            copyClinical(r, *stored); // fields this role never saw stay as they are
        if (const std::optional<CaseState> state = CaseStates::fromKey(stored->status);
            state && CaseStates::isReadOnly(*state))
            return Error{
                Tr::tr("This client was transferred to another centre; the record is read-only here."),
                {},
                ReadOnly};
        r.status = stored->status; // only LifecycleService moves a case along
    }
    // On create, clinical values from a role that may not set them are refused below, not
    // silently dropped: the CLI and sync import must learn that they were not saved.

    const QDate today = m_journal.clock().now().toLocalTime().date();
    const ClientCheck check = ClientValidator::normalise(r, today);
    if (!check.ok())
        return Error{check.summary(), check.errors.first().field, Invalid};
    if (!r.caseManager.isEmpty() && (!stored || stored->caseManager != r.caseManager)) {
        // The same rule as the form's list: an active account that may keep case records.
        const std::optional<Account> manager = AccountRepository(m_journal).findByUsername(r.caseManager);
        if (!manager || !manager->active || !roleAllows(manager->role, Permission::EditClinicalRecords))
            return Error{Tr::tr("%1 is not an active case manager.").arg(r.caseManager),
                         QStringLiteral("case-manager"), Invalid};
    }
    if (!r.idNumber.isEmpty())
        if (std::optional<QString> other = findByIdNumber(r.idNumber); other && *other != r.id)
            return Error{Tr::tr("A client with this ID number is already registered."),
                         QStringLiteral("id-number"), DuplicateIdNumber};

    QVariantMap values = columns(r);
    QVariantMap changed;
    if (creating) {
        changed = values;
    } else {
        const QVariantMap before = columns(*stored);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (before.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
    }
    // A new record starts from "no clinical information": only a value other than that is a change
    // (`changed` holds every column when creating, for the outbox).
    const QVariantMap clinicalBefore = creating ? columns(ClientRecord{}) : columns(*stored);
    for (const QString& c : kClinical)
        if (clinicalBefore.value(c) != values.value(c) && !actor.can(Permission::EditClinicalRecords))
            return Error{Tr::tr("Your role may not change diagnosis or risk information."), {}, NotPermitted};

    const QString now = m_journal.clock().nowIso();
    values.insert(QStringLiteral("sort_key"), ClientSearchKeys::sortKey(r.name));
    if (creating) {
        r.id = newId();
        QStringList names = values.keys();
        names << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("updated_at")
              << QStringLiteral("created_by");
        auto ins = db.cached(insertSql("clients", names).toStdString());
        int i = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            bindValue(*ins, ++i, it.value());
        ins->bind(++i, r.id);
        ins->bind(++i, now);
        ins->bind(++i, now);
        ins->bind(++i, actor.username);
        ins->exec();
    } else if (!changed.isEmpty()) {
        QStringList sets;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            sets << it.key() + QStringLiteral(" = ?");
        Statement upd =
            db.prepare(QStringLiteral("UPDATE clients SET %1, rev = rev + 1, updated_at = ? WHERE id = ?")
                           .arg(sets.join(QStringLiteral(", ")))
                           .toStdString());
        int i = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            bindValue(upd, ++i, it.value());
        upd.bind(++i, now);
        upd.bind(++i, r.id);
        upd.exec();
    }
    if (creating) { // the other workstations write the row as it is here
        changed.insert(QStringLiteral("created_at"), now);
        changed.insert(QStringLiteral("created_by"), actor.username);
    }
    if (creating || !changed.isEmpty())
        m_journal.record(actor, {QStringLiteral("client"),
                                 r.id,
                                 creating ? Change::Op::Create : Change::Op::Update,
                                 {},
                                 changed,
                                 std::nullopt,
                                 true});

    // Guardians: matched by id; new ones created, missing ones deleted.
    QStringList keptIds;
    bool guardiansChanged = false;
    for (int pos = 0; pos < r.guardians.size(); ++pos) {
        Guardian& g = r.guardians[pos];
        const QVariantMap gv = guardianColumns(r.id, pos, g);
        const Guardian* old = nullptr;
        int oldPos = -1;
        for (int j = 0; stored && j < stored->guardians.size(); ++j) {
            if (!g.id.isEmpty() && stored->guardians[j].id == g.id) {
                old = &stored->guardians[j];
                oldPos = j;
            }
        }
        if (!old) {
            g.id = newId();
            QStringList names = gv.keys();
            names << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("updated_at");
            {
                auto ins = db.cached(insertSql("guardians", names).toStdString());
                int i = 0;
                for (auto it = gv.cbegin(); it != gv.cend(); ++it)
                    bindValue(*ins, ++i, it.value());
                ins->bind(++i, g.id);
                ins->bind(++i, now);
                ins->bind(++i, now);
                ins->exec();
            }
            QVariantMap created = gv;
            created.insert(QStringLiteral("created_at"), now);
            m_journal.record(
                actor,
                {QStringLiteral("guardian"), g.id, Change::Op::Create, {}, created, std::nullopt, true});
            guardiansChanged = true;
        } else {
            const QVariantMap before = guardianColumns(r.id, oldPos, *old);
            QVariantMap gChanged;
            for (auto it = gv.cbegin(); it != gv.cend(); ++it)
                if (before.value(it.key()) != it.value())
                    gChanged.insert(it.key(), it.value());
            if (!gChanged.isEmpty()) {
                db.prepare(
                      "UPDATE guardians SET position = ?, name = ?, relation = ?, phone = ?, address = ?, "
                      "legal_guardian = ?, signing_contact = ?, updated_at = ? WHERE id = ?")
                    .bindAll(pos, g.name, g.relation, nullIfEmpty(g.phone), nullIfEmpty(g.address),
                             g.legalGuardian, g.signingContact, now, g.id)
                    .exec();
                m_journal.record(
                    actor,
                    {QStringLiteral("guardian"), g.id, Change::Op::Update, {}, gChanged, std::nullopt, true});
                guardiansChanged = true;
            }
        }
        keptIds << g.id;
    }
    if (stored) {
        for (const Guardian& o : stored->guardians) {
            if (keptIds.contains(o.id))
                continue;
            db.prepare("DELETE FROM guardians WHERE id = ?").bind(1, o.id).exec();
            m_journal.record(actor, {QStringLiteral("guardian"),
                                     o.id,
                                     Change::Op::Delete,
                                     {},
                                     {{QStringLiteral("client_id"), r.id}},
                                     std::nullopt,
                                     true});
            guardiansChanged = true;
        }
    }
    // The guardians are part of the record: a change to them alone still makes other open copies
    // stale, or saving one of those would silently undo it (delete a guardian just added).
    if (!creating && changed.isEmpty() && guardiansChanged)
        db.prepare("UPDATE clients SET rev = rev + 1, updated_at = ? WHERE id = ?").bindAll(now, r.id).exec();

    if (!creating) // a new client has no keys yet (and a multi-row DELETE opens a statement journal)
        db.cached("DELETE FROM client_search WHERE client_id = ?")->bind(1, r.id).exec();
    auto key = db.cached("INSERT OR IGNORE INTO client_search(key, client_id) VALUES (?, ?)");
    for (const QString& k : ClientSearchKeys::forClient(r)) {
        key->bindAll(k, r.id);
        key->exec();
        key->reset();
    }
    tx.commit();
    return Saved{r.id, check.notices};
}

Result<QString> ClientRepository::reveal(const Actor& actor, const QString& id, Identifier which)
{
    if (!actor.can(Permission::RevealIdentifiers))
        return Error{Tr::tr("Your role may not see full ID numbers or phone numbers."), {}, NotPermitted};
    Database& db = m_journal.database();
    const char* column = which == Identifier::IdNumber ? "id_number" : "phone";
    const bool guardian = which == Identifier::GuardianPhone;
    Statement s = db.prepare(std::string("SELECT ") + column +
                             (guardian ? " FROM guardians" : " FROM clients") + " WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return Error{Tr::tr("The client record was not found."), {}, NotFound};
    const QString value = s.text(0);
    Transaction tx(db);
    m_journal.record(actor, {guardian ? QStringLiteral("guardian") : QStringLiteral("client"),
                             id,
                             Change::Op::None,
                             QStringLiteral("reveal"),
                             {{QString::fromLatin1(column), QVariant()}},
                             std::nullopt,
                             false});
    tx.commit();
    return value;
}

} // namespace kq
