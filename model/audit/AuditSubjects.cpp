#include "AuditSubjects.h"

#include "AuditVocabulary.h"
#include "core/Ids.h"
#include "identity/ResidentId.h"
#include "store/Database.h"

namespace kq {

namespace {
// Records that belong to one client, with the query that finds the client of one of them.
const char* clientQuery(const QString& entity)
{
    if (entity == u"guardian")
        return "SELECT client_id FROM guardians WHERE id = ?";
    if (entity == u"case_event")
        return "SELECT client_id FROM case_events WHERE id = ?";
    if (entity == u"assessment")
        return "SELECT client_id FROM assessments WHERE id = ?";
    if (entity == u"plan")
        return "SELECT client_id FROM plans WHERE id = ?";
    if (entity == u"session")
        return "SELECT client_id FROM sessions WHERE id = ?";
    if (entity == u"session_amendment")
        return "SELECT s.client_id FROM session_amendments a JOIN sessions s ON s.id = a.session_id "
               "WHERE a.id = ?";
    if (entity == u"signed_document")
        return "SELECT client_id FROM signed_documents WHERE id = ?";
    return nullptr;
}
} // namespace

QString AuditSubjects::clientOf(const QString& entity, const QString& entityId)
{
    if (entity == u"client")
        return entityId;
    if (entity == u"case_file") {
        if (!m_caseFilesRead) {
            // A case file's id is derived from its client's (Ids::derivedId): one pass maps them all.
            Statement s = m_db.prepare("SELECT client_id FROM case_files");
            while (s.step())
                m_caseFileIds.insert(derivedId(QStringLiteral("case_file"), s.text(0)), s.text(0));
            m_caseFilesRead = true;
        }
        return m_caseFileIds.value(entityId);
    }
    const char* sql = clientQuery(entity);
    if (!sql)
        return {};
    const auto cached = m_clientOf.constFind(entityId);
    if (cached != m_clientOf.cend())
        return *cached;
    auto s = m_db.cached(sql);
    s->bind(1, entityId);
    const QString clientId = s->step() ? s->text(0) : QString();
    s->reset();
    m_clientOf.insert(entityId, clientId);
    return clientId;
}

QString AuditSubjects::clientLabel(const QString& clientId)
{
    const auto cached = m_labels.constFind(clientId);
    if (cached != m_labels.cend())
        return *cached;
    auto s = m_db.cached("SELECT name, id_number FROM clients WHERE id = ?");
    s->bind(1, clientId);
    QString label;
    if (s->step()) {
        const QString masked = ResidentId::mask(s->text(1));
        label = masked.isEmpty() ? s->text(0) : AuditVocabulary::tr("%1 (%2)").arg(s->text(0), masked);
    }
    s->reset();
    m_labels.insert(clientId, label);
    return label;
}

QString AuditSubjects::describe(const AuditEntry& e, bool nameClients)
{
    const QString type = AuditVocabulary::entityName(e.entity);
    if (nameClients) {
        const QString clientId = clientOf(e.entity, e.entityId);
        const QString client = clientId.isEmpty() ? QString() : clientLabel(clientId);
        if (!client.isEmpty())
            return e.entity == u"client" ? AuditVocabulary::tr("Client %1").arg(client)
                                         : AuditVocabulary::tr("%1 of %2").arg(type, client);
    }
    if (e.entityId.isEmpty())
        return type;
    return type + u' ' + e.entityId.left(8);
}

void AuditSubjects::readAccounts()
{
    if (m_accountsRead)
        return;
    Statement s = m_db.prepare("SELECT username, display_name FROM accounts ORDER BY active DESC, username");
    while (s.step())
        m_accounts.append({s.text(0), s.text(1)});
    m_accountsRead = true;
}

QString AuditSubjects::personName(const QString& username)
{
    const QString builtIn = AuditVocabulary::builtInActorName(username);
    if (!builtIn.isEmpty())
        return builtIn;
    readAccounts();
    for (const auto& [user, display] : std::as_const(m_accounts))
        if (user == username)
            return display.isEmpty() || display == user ? user
                                                        : AuditVocabulary::tr("%1 (%2)").arg(display, user);
    return username;
}

QList<std::pair<QString, QString>> AuditSubjects::people()
{
    readAccounts();
    QList<std::pair<QString, QString>> out;
    for (const auto& account : std::as_const(m_accounts))
        out.append({account.first, personName(account.first)});
    for (const char* builtIn : {"system", "platform", "recovery-key"})
        out.append({QString::fromLatin1(builtIn), personName(QString::fromLatin1(builtIn))});
    return out;
}

} // namespace kq
