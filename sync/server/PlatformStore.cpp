#include "PlatformStore.h"

#include "StoreFailure.h"
#include "StoreTransaction.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>

namespace kq::platform {

namespace {

const char* const Schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE revision(id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)",
    "INSERT INTO revision(id, value) VALUES (1, 0)",
    "CREATE TABLE centres(code TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)",
    // Only a hash of each one-time code: a copy of the file does not hand out enrolments.
    "CREATE TABLE enrolment_codes(code_hash TEXT PRIMARY KEY, centre TEXT NOT NULL REFERENCES centres(code), "
    "issued_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, used_by TEXT)",
    // Only the SHA-256 of the bearer token.
    "CREATE TABLE devices(id TEXT PRIMARY KEY, centre TEXT NOT NULL REFERENCES centres(code), "
    "name TEXT NOT NULL, enrolled_at TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, "
    "token_expires_at TEXT NOT NULL, revoked_at TEXT, last_seen_at TEXT, audit_seq INTEGER, audit_hash TEXT)",
    "CREATE TABLE audit_warnings(id INTEGER PRIMARY KEY, device TEXT NOT NULL, stored_seq INTEGER NOT NULL, "
    "pushed_seq INTEGER NOT NULL, pushed_hash TEXT NOT NULL, at TEXT NOT NULL)",
    // fields: merged JSON object; field_revs: the revision and device that last changed each field,
    // for the three-way merge (FieldRevisions: [[rev, device, [field, ...]], ...]).
    "CREATE TABLE records(centre TEXT NOT NULL, id TEXT NOT NULL, entity TEXT NOT NULL, fields TEXT NOT "
    "NULL, "
    "field_revs TEXT NOT NULL, rev INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
    "PRIMARY KEY (centre, id))",
    "CREATE UNIQUE INDEX records_by_rev ON records(centre, rev)",
    // The first answer of every operation, so a retried batch gets the same answers.
    "CREATE TABLE operations(centre TEXT NOT NULL, op_id TEXT NOT NULL, device TEXT NOT NULL, "
    "answer TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (centre, op_id))",
};

} // namespace

PlatformStore::PlatformStore(QString connection, QString path)
    : m_connection(std::move(connection)), m_path(std::move(path))
{
}

PlatformStore::~PlatformStore()
{
    m_statements.clear(); // the prepared statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<PlatformStore> PlatformStore::open(const QString& dataDir)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw StoreFailure(QStringLiteral("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)"));
    if (!QDir().mkpath(dataDir))
        throw StoreFailure(QStringLiteral("cannot create the data directory %1").arg(dataDir));
    const QString path = QDir(dataDir).absoluteFilePath(QStringLiteral("platform.sqlite"));
    const QString connection =
        QStringLiteral("platform-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<PlatformStore> store(new PlatformStore(connection, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw StoreFailure(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
    store->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    store->exec(QStringLiteral("PRAGMA synchronous=FULL"));
    store->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    store->migrate();
    return store;
}

void PlatformStore::migrate()
{
    StoreTransaction tx(*this);
    const int current = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (current > SchemaVersion)
        throw StoreFailure(QStringLiteral("%1 has schema %2, newer than this server's %3")
                               .arg(m_path)
                               .arg(current)
                               .arg(SchemaVersion));
    if (current == 0) {
        for (const char* sql : Schema)
            exec(QString::fromLatin1(sql));
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
        exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('cursor_key', ?)"),
             {QString::fromLatin1(key.toHex())});
    }
    // Version 2 writes field_revs grouped by change (FieldRevisions). Rows in the first form stay
    // as they are and are still read; the new number keeps an older server, which would read the
    // grouped form as "never changed" and merge without conflicts, from opening this file.
    if (current < SchemaVersion)
        exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    tx.commit();
    m_cursorKey = QByteArray::fromHex(
        scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'cursor_key'")).toString().toLatin1());
}

PlatformStore::Statement& PlatformStore::prepared(const QString& sql)
{
    std::unique_ptr<Statement>& slot = m_statements[sql];
    if (!slot) {
        auto s = std::make_unique<Statement>();
        s->query = QSqlQuery(QSqlDatabase::database(m_connection, false));
        s->query.setForwardOnly(true); // rows are read once; Qt would otherwise cache them all
        if (!s->query.prepare(sql)) {
            const QString why = s->query.lastError().text();
            m_statements.erase(sql);
            throw StoreFailure(QStringLiteral("cannot prepare \"%1\": %2").arg(sql, why));
        }
        slot = std::move(s);
    }
    return *slot;
}

StoreQuery PlatformStore::exec(const QString& sql, const QVariantList& values)
{
    Statement& cached = prepared(sql);
    std::unique_ptr<QSqlQuery> own;
    if (cached.busy) {
        // Still being read by a caller further up the stack: run a copy of its own.
        own = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        own->setForwardOnly(true);
        if (!own->prepare(sql))
            throw StoreFailure(QStringLiteral("cannot prepare \"%1\": %2").arg(sql, own->lastError().text()));
    }
    QSqlQuery& q = own ? *own : cached.query;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q.finish();
        throw StoreFailure(QStringLiteral("\"%1\" failed: %2").arg(sql, why));
    }
    if (own)
        return StoreQuery(std::move(own));
    cached.busy = true;
    return StoreQuery(cached.query, cached.busy);
}

QVariant PlatformStore::scalar(const QString& sql, const QVariantList& values)
{
    StoreQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

qint64 PlatformStore::nextRevision()
{
    if (!m_inTransaction)
        throw StoreFailure(QStringLiteral("a revision was asked for outside a write transaction"));
    if (!m_revision)
        m_revision = currentRevision();
    return ++*m_revision;
}

void PlatformStore::writeRevision()
{
    if (!m_inTransaction)
        throw StoreFailure(QStringLiteral("SQLite rolled the transaction back"));
    if (m_revision)
        exec(QStringLiteral("UPDATE revision SET value = ? WHERE id = 1"), {*m_revision});
}

qint64 PlatformStore::currentRevision()
{
    return scalar(QStringLiteral("SELECT value FROM revision WHERE id = 1")).toLongLong();
}

QByteArray PlatformStore::cursorKey()
{
    return m_cursorKey;
}

} // namespace kq::platform
