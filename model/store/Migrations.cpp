#include "Migrations.h"

#include "Database.h"
#include "StoreError.h"
#include "Transaction.h"

#include <array>

namespace kq {

namespace {

// Append only. Never edit a migration that has shipped; write the next one.
// SQL must run on SQLite 3.15 (SQLCipher 3.4): no UPSERT, window functions, JSON1 or RETURNING.
constexpr std::array kMigrations{
    Migration{1, "store identity, audit log and sync outbox", R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields    TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY,
    op_id      TEXT NOT NULL UNIQUE,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    payload    TEXT NOT NULL,
    base_rev   INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_by_entity ON outbox(entity, entity_id);
)sql"},
    Migration{2, "centre profile and staff accounts", R"sql(
CREATE TABLE centre (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    county_code TEXT NOT NULL,
    rev         INTEGER NOT NULL DEFAULT 1,
    server_rev  INTEGER,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE accounts (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('front_desk', 'case_manager', 'supervisor', 'administrator')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    rev          INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
)sql"},
    Migration{3, "client registry: clients, guardians, search keys", R"sql(
CREATE TABLE clients (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL,
    sort_key               TEXT NOT NULL,
    gender                 TEXT NOT NULL CHECK (gender IN ('male', 'female', 'unknown')),
    birth_date             TEXT NOT NULL,
    id_number              TEXT UNIQUE,
    phone                  TEXT,
    address                TEXT,
    household_county       TEXT,
    residence_county       TEXT NOT NULL,
    diagnosis_code         TEXT,
    severe_disorder        TEXT NOT NULL DEFAULT 'none',
    risk_level             INTEGER NOT NULL DEFAULT -1 CHECK (risk_level BETWEEN -1 AND 5),
    risk_assessed_on       TEXT,
    risk_assessor          TEXT,
    disability_certificate TEXT,
    disability_level       INTEGER NOT NULL DEFAULT 0 CHECK (disability_level BETWEEN 0 AND 4),
    low_income             INTEGER NOT NULL DEFAULT 0,
    hardship_allowance     INTEGER NOT NULL DEFAULT 0,
    severe_disability_care INTEGER NOT NULL DEFAULT 0,
    guardianship_reward    INTEGER NOT NULL DEFAULT 0,
    insurance              TEXT NOT NULL DEFAULT 'unknown',
    case_manager           TEXT,
    status                 TEXT NOT NULL DEFAULT 'registered',
    notes                  TEXT,
    rev                    INTEGER NOT NULL DEFAULT 1,
    server_rev             INTEGER,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL
);
CREATE INDEX clients_by_sort_key ON clients(sort_key);
CREATE INDEX clients_by_status ON clients(status, sort_key);
CREATE INDEX clients_by_phone ON clients(phone);
CREATE INDEX clients_by_name_birth ON clients(name, birth_date);
CREATE TABLE guardians (
    id              TEXT PRIMARY KEY,
    client_id       TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    relation        TEXT NOT NULL,
    phone           TEXT,
    address         TEXT,
    legal_guardian  INTEGER NOT NULL DEFAULT 0,
    signing_contact INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX guardians_by_client ON guardians(client_id, position);
-- Search keys: 'p' pinyin, 'h' Han text, 'i' reversed ID number, 't' reversed phone; prefix ranges.
CREATE TABLE client_search (
    key       TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    PRIMARY KEY (key, client_id)
) WITHOUT ROWID;
CREATE INDEX client_search_by_client ON client_search(client_id);
-- The client timeline reads the audit entries of one record.
CREATE INDEX audit_by_entity ON audit_log(entity_id, seq);
)sql"},
    Migration{4, "audit chain head in its own one-row table", R"sql(
-- Written with every audit entry. SQLite 3.15 gives an UPDATE a statement journal whenever a
-- constraint could abort it, and SQLCipher encrypts every page it journals; so this table has no
-- NOT NULL or CHECK constraints (AuditLog writes and checks it; one row, id 1).
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY,
    seq  INTEGER,
    hash BLOB
);
INSERT INTO audit_head(id, seq, hash)
    SELECT 1, seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;
DELETE FROM meta WHERE key IN ('audit_head', 'audit_head_seq', 'audit_head_hash');
)sql"},
    Migration{5, "referral workflow: case files, case events, working-day calendar, centre settings", R"sql(
-- One row per client: the dates the lifecycle rules and the deadline lists need, kept current by
-- LifecycleService in the same transaction as the event and clients.status. Updated by every case
-- action, so no NOT NULL or CHECK constraints: they would give each UPDATE a statement journal
-- (decision 0005); LifecycleService writes every row complete.
CREATE TABLE case_files (
    client_id           TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    way_in              TEXT,
    applied_on          TEXT,
    needs_reviewed_on   TEXT,
    registered_on       TEXT,
    waiting_since       TEXT,
    waiting_reviewed_on TEXT,
    resume_status       TEXT,
    agreement_ref       TEXT,
    follow_up_due       TEXT,
    follow_up_done      TEXT,
    review_due          TEXT,
    state_since         TEXT,
    updated_at          TEXT
);
-- The front page's due lists read these ranges.
CREATE INDEX case_files_by_review_due ON case_files(review_due);
CREATE INDEX case_files_by_follow_up ON case_files(follow_up_due);
-- Every lifecycle action: who, when, why, which document, and the action's details (JSON text,
-- read by the application only; SQLite 3.15 has no JSON1).
CREATE TABLE case_events (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT,
    document    TEXT,
    details     TEXT NOT NULL
);
CREATE INDEX case_events_by_client ON case_events(client_id, recorded_at);
CREATE INDEX case_events_by_action ON case_events(action, occurred_at);
-- Public holidays and the weekend days made working days (调休), for working-day deadlines.
CREATE TABLE calendar_days (
    day  TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT
);
-- Supervisor settings of the centre (review interval, gating, ...); defaults live in CentreSettings.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Clients registered before the workflow existed: registered on the day they were entered.
INSERT INTO case_files(client_id, way_in, applied_on, registered_on, state_since, updated_at)
    SELECT id, 'voluntary', substr(created_at, 1, 10), substr(created_at, 1, 10), substr(created_at, 1, 10),
           updated_at
    FROM clients;
)sql"},
    Migration{6, "assessments with scale scores, and rehabilitation plans", R"sql(
-- Intake (综合评估), periodic (阶段性评估) and transfer (post-service) assessments. Lists of
-- participants and the transfer details are JSON text read by the application.
CREATE TABLE assessments (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('intake', 'periodic', 'transfer')),
    assessed_on  TEXT NOT NULL,
    participants TEXT NOT NULL,
    findings     TEXT,
    risk_level   INTEGER NOT NULL DEFAULT -1 CHECK (risk_level BETWEEN -1 AND 5),
    opinion      TEXT,
    outcome      TEXT,
    details      TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX assessments_by_client ON assessments(client_id, assessed_on);
CREATE TABLE assessment_scales (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    scale_id      TEXT NOT NULL,
    scale_version INTEGER NOT NULL,
    answers       TEXT NOT NULL,
    total         INTEGER NOT NULL,
    band          TEXT,
    flagged       INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, scale_id)
);
-- A plan follows an assessment; a newer plan supersedes the older. Goals carry ids so session
-- logs can link to them.
CREATE TABLE plans (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    assessment_id TEXT REFERENCES assessments(id),
    starts_on     TEXT NOT NULL,
    review_on     TEXT NOT NULL,
    responsible   TEXT NOT NULL,
    goals         TEXT NOT NULL,
    services      TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX plans_by_client ON plans(client_id, starts_on);
CREATE INDEX plans_by_review ON plans(review_on);
)sql"},
    Migration{7, "price list and versioned form templates", R"sql(
-- 明码标价: each row is one price of one item for a period. A change is a new row from its
-- effective date (the previous row gets effective_to); signed agreements copy their lines, so no
-- later change reaches them. Money in fen (integer), never floating point.
CREATE TABLE price_items (
    id              TEXT PRIMARY KEY,
    item_key        TEXT NOT NULL,
    name            TEXT NOT NULL,
    unit            TEXT NOT NULL,
    price_fen       INTEGER NOT NULL CHECK (price_fen >= 0),
    effective_from  TEXT NOT NULL,
    effective_to    TEXT,
    service_content TEXT,
    notes           TEXT,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX price_items_by_key ON price_items(item_key, effective_from);
-- Consent (知情同意书) and service agreement (服务协议) templates. Saving an edit adds a version;
-- signed documents name the version they were signed on. The shipped text is version 1, loaded
-- from resources/forms/ when a kind and language has no row yet.
CREATE TABLE form_templates (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('consent', 'agreement')),
    language   TEXT NOT NULL,
    version    INTEGER NOT NULL,
    body       TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (kind, language, version)
);
)sql"},
    Migration{8, "signed consents and agreements", R"sql(
-- A consent or agreement as signed: the rendered text, the PDF and its SHA-256, the signers and
-- (agreements) the price lines copied on signing. Rows are never edited; revocation is the only
-- update. JSON columns are text read by the application (SQLite 3.15 has no JSON1).
CREATE TABLE signed_documents (
    id               TEXT PRIMARY KEY,
    client_id        TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('consent', 'agreement')),
    language         TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    signed_on        TEXT NOT NULL,
    valid_from       TEXT NOT NULL,
    valid_until      TEXT, -- agreement: last day of its term; consent: NULL = until revoked
    on_paper         INTEGER NOT NULL DEFAULT 0,
    signers          TEXT NOT NULL, -- [{role: client|guardian|staff, name}]
    lines            TEXT NOT NULL, -- agreement lines: item_key, name, unit, price_fen, frequency
    html             TEXT NOT NULL, -- the text as signed
    pdf              BLOB NOT NULL,
    sha256           TEXT NOT NULL, -- hex of the pdf, checked when the document is opened
    revoked_on       TEXT,
    revoked_reason   TEXT,
    revoked_by       TEXT,
    replaces_id      TEXT, -- the agreement this one renews
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX signed_documents_by_client ON signed_documents(client_id, kind, signed_on);
CREATE INDEX signed_documents_by_expiry ON signed_documents(valid_until);
-- Signature images drawn on the pad, or the scan of a paper original (role 'scan').
CREATE TABLE document_images (
    document_id TEXT NOT NULL REFERENCES signed_documents(id) ON DELETE CASCADE,
    role        TEXT NOT NULL, -- client|guardian|staff|scan
    mime        TEXT NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (document_id, role)
);
)sql"},
    Migration{9, "session logs, group activities with attendance, saved groups", R"sql(
-- One individual service (服务记录). Contents are the ServiceCatalogue keys, space-separated (one
-- session may cover several). A log is edited in place by its author for 7 days; after that a
-- change is an amendment: the row takes the new values and session_amendments keeps what it said
-- before, so the original and every amendment stay readable.
CREATE TABLE sessions (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    staff        TEXT NOT NULL,
    held_on      TEXT NOT NULL,
    starts_at    TEXT NOT NULL, -- HH:mm
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    contents     TEXT NOT NULL,
    form         TEXT NOT NULL,
    place        TEXT NOT NULL CHECK (place IN ('centre', 'home', 'community', 'phone', 'online')),
    goal_id      TEXT,
    observations TEXT NOT NULL,
    risk_flag    INTEGER NOT NULL DEFAULT 0 CHECK (risk_flag IN (0, 1)),
    next_step    TEXT,
    next_on      TEXT,
    next_at      TEXT,
    amended      INTEGER NOT NULL DEFAULT 0,
    rev          INTEGER NOT NULL DEFAULT 1,
    server_rev   INTEGER,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX sessions_by_client ON sessions(client_id, held_on);
CREATE INDEX sessions_by_day ON sessions(held_on, starts_at);
CREATE INDEX sessions_by_next ON sessions(next_on);
CREATE INDEX sessions_by_staff ON sessions(staff, held_on);
CREATE TABLE session_amendments (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    reason     TEXT NOT NULL,
    before     TEXT NOT NULL, -- the fields it changed, as they were (JSON text)
    after      TEXT NOT NULL, -- and as they became
    amended_by TEXT NOT NULL,
    amended_at TEXT NOT NULL
);
CREATE INDEX session_amendments_by_session ON session_amendments(session_id, amended_at);
-- 小组工作: one meeting of a group. Weekly series share series_id, one row per meeting.
-- Facilitators are usernames, space-separated.
CREATE TABLE group_activities (
    id            TEXT PRIMARY KEY,
    series_id     TEXT,
    topic         TEXT NOT NULL,
    facilitators  TEXT NOT NULL,
    held_on       TEXT NOT NULL,
    starts_at     TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    content       TEXT NOT NULL,
    form          TEXT NOT NULL,
    place         TEXT NOT NULL CHECK (place IN ('centre', 'home', 'community', 'phone', 'online')),
    capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
    notes         TEXT,
    attendance_on TEXT, -- when attendance was taken (UTC); NULL: not yet
    rev           INTEGER NOT NULL DEFAULT 1,
    server_rev    INTEGER,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX group_activities_by_day ON group_activities(held_on, starts_at);
CREATE INDEX group_activities_by_series ON group_activities(series_id, held_on);
-- The roster: one row per client; present is NULL until attendance is taken.
CREATE TABLE group_attendance (
    activity_id TEXT NOT NULL REFERENCES group_activities(id) ON DELETE CASCADE,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    present     INTEGER CHECK (present IN (0, 1)),
    note        TEXT,
    PRIMARY KEY (activity_id, client_id)
) WITHOUT ROWID;
CREATE INDEX group_attendance_by_client ON group_attendance(client_id, activity_id);
-- A named list of clients a roster can be filled from.
CREATE TABLE saved_groups (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    members    TEXT NOT NULL, -- client ids, space-separated
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- The last session or group attendance of each case, for follow-ups by risk level.
ALTER TABLE case_files ADD COLUMN last_contact_on TEXT;
)sql"},
    Migration{10, "staff training records and staff qualifications", R"sql(
-- Training a member of staff attended, entered by a supervisor. Whole minutes, so sums are exact.
CREATE TABLE staff_training (
    id         TEXT PRIMARY KEY,
    username   TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    topic      TEXT NOT NULL,
    provider   TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX staff_training_by_person ON staff_training(username, held_on);
-- Qualification and role in service of an account, for the staff indicators; kept apart from
-- accounts, which hold only what sign-in needs. No row: 'none' and direct service.
CREATE TABLE staff_profiles (
    username       TEXT PRIMARY KEY,
    qualification  TEXT NOT NULL DEFAULT 'none' CHECK (qualification IN
        ('psychiatry', 'mental_health_nursing', 'social_work', 'psychology', 'other', 'none')),
    direct_service INTEGER NOT NULL DEFAULT 1 CHECK (direct_service IN (0, 1)),
    updated_by     TEXT,
    updated_at     TEXT NOT NULL
);
-- Statistics: whether a document is in force is read from the index alone (the row carries the
-- PDF, whose overflow pages a row read would walk), and assessments are found by date.
CREATE INDEX signed_documents_in_force ON signed_documents(client_id, kind, valid_from, valid_until, revoked_on);
CREATE INDEX assessments_by_date ON assessments(assessed_on, kind);
)sql"},
    Migration{11, "each client's case events by time", R"sql(
-- The state of a case on a past day is the to_status of its latest event up to then (statistics
-- replay it for every client): one seek in this index, where case_events_by_client (by
-- recorded_at) makes SQLite read every event of the client.
CREATE INDEX case_events_by_client_time ON case_events(client_id, occurred_at, recorded_at, to_status);
)sql"},
    Migration{12, "sync with the platform: enrolment and cursor, server revisions, conflicts", R"sql(
-- Enrolment, pull cursor and the last attempt's outcome (SyncState), key/value.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- The platform's revision of each record seen here: the base_rev of the next local change.
CREATE TABLE sync_revisions (
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    server_rev INTEGER NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
-- Changes the platform could not take as they were, until a person resolves them. JSON columns
-- are text read by the application (SQLite 3.15 has no JSON1).
CREATE TABLE sync_conflicts (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected')),
    entity          TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    fields          TEXT NOT NULL,
    reasons         TEXT NOT NULL,
    base_rev        INTEGER,
    proposed_by     TEXT,
    status          TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    resolution      TEXT,
    resolved_values TEXT,
    resolved_by     TEXT,
    resolved_at     TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX sync_conflicts_by_status ON sync_conflicts(status, created_at);
-- Pulled records whose parent has not arrived yet (the platform orders by last change, so a child
-- can come pages before its parent was last edited): applied with a later page.
CREATE TABLE sync_parked (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    rev       INTEGER NOT NULL,
    deleted   INTEGER NOT NULL,
    fields    TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
)sql"},
    Migration{13, "statistics read index entries, not rows", R"sql(
-- Monthly statistics at 100,000 clients (decision 0011, docs/performance.md): every query reads
-- what it counts from index entries; a table row costs a page read and decryption. Where an older
-- index is the leading part of a new one, the new one replaces it.
-- A period's sessions with every column the service indicators count (the calendar keeps its order).
DROP INDEX sessions_by_day;
CREATE INDEX sessions_by_day_all ON sessions(held_on, starts_at, client_id, staff, minutes, contents, form, place, id);
-- Events of an action in a period, with their clients.
DROP INDEX case_events_by_action;
CREATE INDEX case_events_by_action_client ON case_events(action, occurred_at, client_id);
-- A case's history as the state replay and the deadline checks walk it.
DROP INDEX case_events_by_client_time;
CREATE INDEX case_events_by_client_history ON case_events(client_id, occurred_at, recorded_at, to_status, action);
-- Assessments by kind and day (intake on record, assessments done), and each client's in order
-- with the ids their scale totals hang on.
DROP INDEX assessments_by_date;
CREATE INDEX assessments_by_kind ON assessments(kind, assessed_on, client_id);
DROP INDEX assessments_by_client;
CREATE INDEX assessments_by_client_history ON assessments(client_id, assessed_on, created_at, id);
CREATE INDEX assessments_transfer_outcome ON assessments(client_id, assessed_on, created_at)
    WHERE kind = 'transfer' AND outcome IS NOT NULL;
CREATE INDEX assessment_scales_totals ON assessment_scales(assessment_id, scale_id, total);
)sql"},
    Migration{14, "closed months' statistics kept, dropped by the writes that reach them", R"sql(
-- Figures of closed report periods (decision 0015, StatisticsResults): a report's groups without
-- ids ('report') or a trend point ('point'), under the rule and language they were counted with.
CREATE TABLE statistics_results (
    kind        TEXT NOT NULL CHECK (kind IN ('report', 'point')),
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    variant     TEXT NOT NULL,
    payload     TEXT NOT NULL,
    PRIMARY KEY (kind, period_from, period_to, variant)
) WITHOUT ROWID;
-- Writes that reached statistics, counted: figures read before one are not kept after it.
CREATE TABLE statistics_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO statistics_generation(id, n) VALUES (1, 0);
-- Every write to a table a report reads drops the kept figures of each period ending on or after
-- the earliest day the row (old or new) can change, whoever writes it: repositories, the replica,
-- imports. '9999' (no date) reaches nothing. Updates count only when a column read changes.
-- A session counts in the month it was held.
CREATE TRIGGER statistics_session_insert AFTER INSERT ON sessions
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(NEW.held_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_session_update AFTER UPDATE ON sessions
    WHEN OLD.id IS NOT NEW.id OR OLD.client_id IS NOT NEW.client_id OR OLD.held_on IS NOT NEW.held_on OR OLD.staff IS NOT NEW.staff OR OLD.minutes IS NOT NEW.minutes OR OLD.contents IS NOT NEW.contents OR OLD.form IS NOT NEW.form OR OLD.place IS NOT NEW.place
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.held_on, '9999'), coalesce(NEW.held_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_session_delete AFTER DELETE ON sessions
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(OLD.held_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
-- An event sets the state from its day on (the UTC date is never after the local one).
CREATE TRIGGER statistics_case_event_insert AFTER INSERT ON case_events
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(substr(NEW.occurred_at, 1, 10), '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_case_event_update AFTER UPDATE ON case_events
    WHEN OLD.id IS NOT NEW.id OR OLD.client_id IS NOT NEW.client_id OR OLD.action IS NOT NEW.action OR OLD.to_status IS NOT NEW.to_status OR OLD.occurred_at IS NOT NEW.occurred_at OR OLD.recorded_at IS NOT NEW.recorded_at OR OLD.details IS NOT NEW.details
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(substr(OLD.occurred_at, 1, 10), '9999'), coalesce(substr(NEW.occurred_at, 1, 10), '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_case_event_delete AFTER DELETE ON case_events
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(substr(OLD.occurred_at, 1, 10), '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
-- Today's dates of a case: a change moves the figures of the months between old and new.
CREATE TRIGGER statistics_case_file_insert AFTER INSERT ON case_files
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(NEW.registered_on, '9999'), coalesce(NEW.waiting_since, '9999'), coalesce(NEW.review_due, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
-- The review date also decides the rate, which the trend draws; the others only the full report.
CREATE TRIGGER statistics_case_file_review AFTER UPDATE ON case_files
    WHEN OLD.client_id IS NOT NEW.client_id OR OLD.review_due IS NOT NEW.review_due
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.review_due, '9999'), coalesce(NEW.review_due, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_case_file_update AFTER UPDATE ON case_files
    WHEN OLD.client_id IS NOT NEW.client_id OR OLD.registered_on IS NOT NEW.registered_on OR OLD.waiting_since IS NOT NEW.waiting_since
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.registered_on, '9999'), coalesce(OLD.waiting_since, '9999'), coalesce(OLD.review_due, '9999'), coalesce(NEW.registered_on, '9999'), coalesce(NEW.waiting_since, '9999'), coalesce(NEW.review_due, '9999')) AND kind = 'report';
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_case_file_delete AFTER DELETE ON case_files
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.registered_on, '9999'), coalesce(OLD.waiting_since, '9999'), coalesce(OLD.review_due, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_document_insert AFTER INSERT ON signed_documents
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(NEW.valid_from, '9999'), coalesce(NEW.valid_until, '9999'), coalesce(NEW.revoked_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_document_update AFTER UPDATE ON signed_documents
    WHEN OLD.client_id IS NOT NEW.client_id OR OLD.kind IS NOT NEW.kind OR OLD.valid_from IS NOT NEW.valid_from OR OLD.valid_until IS NOT NEW.valid_until OR OLD.revoked_on IS NOT NEW.revoked_on
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.valid_from, '9999'), coalesce(OLD.valid_until, '9999'), coalesce(OLD.revoked_on, '9999'), coalesce(NEW.valid_from, '9999'), coalesce(NEW.valid_until, '9999'), coalesce(NEW.revoked_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_document_delete AFTER DELETE ON signed_documents
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.valid_from, '9999'), coalesce(OLD.valid_until, '9999'), coalesce(OLD.revoked_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_assessment_insert AFTER INSERT ON assessments
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(NEW.assessed_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_assessment_update AFTER UPDATE ON assessments
    WHEN OLD.id IS NOT NEW.id OR OLD.client_id IS NOT NEW.client_id OR OLD.kind IS NOT NEW.kind OR OLD.assessed_on IS NOT NEW.assessed_on OR OLD.outcome IS NOT NEW.outcome OR OLD.created_at IS NOT NEW.created_at
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.assessed_on, '9999'), coalesce(NEW.assessed_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_assessment_delete AFTER DELETE ON assessments
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(OLD.assessed_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_scale_insert AFTER INSERT ON assessment_scales
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce((SELECT assessed_on FROM assessments WHERE id = NEW.assessment_id), '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_scale_update AFTER UPDATE ON assessment_scales
    WHEN OLD.assessment_id IS NOT NEW.assessment_id OR OLD.scale_id IS NOT NEW.scale_id OR OLD.total IS NOT NEW.total
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce((SELECT assessed_on FROM assessments WHERE id = OLD.assessment_id), '9999'), coalesce((SELECT assessed_on FROM assessments WHERE id = NEW.assessment_id), '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_scale_delete AFTER DELETE ON assessment_scales
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce((SELECT assessed_on FROM assessments WHERE id = OLD.assessment_id), '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_plan_insert AFTER INSERT ON plans
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(NEW.starts_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_plan_update AFTER UPDATE ON plans
    WHEN OLD.client_id IS NOT NEW.client_id OR OLD.starts_on IS NOT NEW.starts_on
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.starts_on, '9999'), coalesce(NEW.starts_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_plan_delete AFTER DELETE ON plans
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(OLD.starts_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_meeting_insert AFTER INSERT ON group_activities
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(NEW.held_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_meeting_update AFTER UPDATE ON group_activities
    WHEN OLD.id IS NOT NEW.id OR OLD.held_on IS NOT NEW.held_on OR OLD.minutes IS NOT NEW.minutes OR OLD.content IS NOT NEW.content OR OLD.form IS NOT NEW.form OR OLD.place IS NOT NEW.place OR OLD.facilitators IS NOT NEW.facilitators OR OLD.attendance_on IS NOT NEW.attendance_on
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce(OLD.held_on, '9999'), coalesce(NEW.held_on, '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_meeting_delete AFTER DELETE ON group_activities
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce(OLD.held_on, '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_attendance_insert AFTER INSERT ON group_attendance
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce((SELECT held_on FROM group_activities WHERE id = NEW.activity_id), '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_attendance_update AFTER UPDATE ON group_attendance
    WHEN OLD.activity_id IS NOT NEW.activity_id OR OLD.client_id IS NOT NEW.client_id OR OLD.present IS NOT NEW.present
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce((SELECT held_on FROM group_activities WHERE id = OLD.activity_id), '9999'), coalesce((SELECT held_on FROM group_activities WHERE id = NEW.activity_id), '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_attendance_delete AFTER DELETE ON group_attendance
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce((SELECT held_on FROM group_activities WHERE id = OLD.activity_id), '9999');
    UPDATE statistics_generation SET n = n + 1;
END;
-- What a client is today (gender, age, county, diagnosis, risk) counts in the full report of every
-- month the client had a case (the trend draws none of it): from the first event on. A new client
-- has none yet; a deleted one takes its case file's dates too.
CREATE TRIGGER statistics_client_insert AFTER INSERT ON clients
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce((SELECT substr(min(occurred_at), 1, 10) FROM case_events WHERE client_id = NEW.id), '9999'), coalesce((SELECT min(coalesce(registered_on, '9999'), coalesce(review_due, '9999')) FROM case_files WHERE client_id = NEW.id), '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_client_update AFTER UPDATE ON clients
    WHEN OLD.id IS NOT NEW.id OR OLD.gender IS NOT NEW.gender OR OLD.birth_date IS NOT NEW.birth_date OR OLD.residence_county IS NOT NEW.residence_county OR OLD.diagnosis_code IS NOT NEW.diagnosis_code OR OLD.risk_level IS NOT NEW.risk_level
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce((SELECT substr(min(occurred_at), 1, 10) FROM case_events WHERE client_id = OLD.id), '9999'), coalesce((SELECT substr(min(occurred_at), 1, 10) FROM case_events WHERE client_id = NEW.id), '9999')) AND kind = 'report';
    UPDATE statistics_generation SET n = n + 1;
END;
-- The current status counts only for the overdue reviews (full report): from the review date.
CREATE TRIGGER statistics_client_status AFTER UPDATE OF status ON clients
    WHEN OLD.status IS NOT NEW.status
BEGIN
    DELETE FROM statistics_results WHERE period_to >= coalesce((SELECT review_due FROM case_files WHERE client_id = NEW.id), '9999') AND kind = 'report';
    UPDATE statistics_generation SET n = n + 1;
END;
-- Before the cascade takes the client's records (their own triggers follow).
CREATE TRIGGER statistics_client_delete BEFORE DELETE ON clients
BEGIN
    DELETE FROM statistics_results WHERE period_to >= min(coalesce((SELECT substr(min(occurred_at), 1, 10) FROM case_events WHERE client_id = OLD.id), '9999'), coalesce((SELECT min(coalesce(registered_on, '9999'), coalesce(review_due, '9999')) FROM case_files WHERE client_id = OLD.id), '9999'));
    UPDATE statistics_generation SET n = n + 1;
END;
-- The rule, the service catalogue, the working days and staff names: every period.
CREATE TRIGGER statistics_setting_insert AFTER INSERT ON settings
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_setting_update AFTER UPDATE ON settings
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_setting_delete AFTER DELETE ON settings
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_calendar_insert AFTER INSERT ON calendar_days
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_calendar_update AFTER UPDATE ON calendar_days
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_calendar_delete AFTER DELETE ON calendar_days
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_account_insert AFTER INSERT ON accounts
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_account_update AFTER UPDATE ON accounts
    WHEN OLD.username IS NOT NEW.username OR OLD.display_name IS NOT NEW.display_name
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;
CREATE TRIGGER statistics_account_delete AFTER DELETE ON accounts
BEGIN
    DELETE FROM statistics_results;
    UPDATE statistics_generation SET n = n + 1;
END;

)sql"},
    Migration{15, "the statistics' pass over every client reads index entries", R"sql(
-- CaseFacts reads every client's profile and case-file dates for each count (100,000 rows at the
-- benchmark's size): from these entries instead of rows of names, addresses and notes, a fraction
-- of the pages to read and decrypt, and already in id order.
CREATE INDEX clients_statistics ON clients(id, gender, birth_date, residence_county, diagnosis_code, risk_level);
CREATE INDEX case_files_statistics ON case_files(client_id, registered_on, waiting_since, review_due);
)sql"},
};

} // namespace

namespace Migrations {

std::span<const Migration> all()
{
    return kMigrations;
}

int latestVersion()
{
    return kMigrations.back().version;
}

int currentVersion(Database& db)
{
    return int(db.queryInt("PRAGMA user_version"));
}

void migrate(Database& db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current > latestVersion())
        throw StoreError(StoreError::Kind::Generic, 0,
                         QStringLiteral("the database was written by a newer version of Kangqiao (schema %1)")
                             .arg(current));
    for (const Migration& m : kMigrations) {
        if (m.version <= current || m.version > target)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
    }
}

} // namespace Migrations
} // namespace kq
