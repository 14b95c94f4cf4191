#pragma once

#include "EntitySpec.h"

namespace kq {

// The hooks of the entity specs: computed columns, child rows and the clients a row feeds.
// Internal to model/replica.
namespace ReplicaChildren {

void clientSortKey(QVariantMap& columns);

QStringList keyIsClient(Database& db, const QString& key);
QStringList clientOfGuardian(Database& db, const QString& key);
QStringList clientOfSession(Database& db, const QString& key);
QStringList rosterOf(Database& db, const QString& key);

// The store's centre row (one per store) when its code is the record's.
Result<QString> centreTwin(Database& db, const Replication::Incoming& in);
// A form text of the same kind, language and version with the same body.
Result<QString> templateTwin(Database& db, const Replication::Incoming& in);

// assessment.scales: [{scale_id, version, answers: {item: value}, total, band, flagged}].
Result<void> checkScales(Database& db, const Replication::Incoming& in);
bool writeScales(Database& db, const Replication::Incoming& in);

// signed_document: the PDF matches sha256; image_<role> are base64 signature images or the scan.
Result<void> checkDocument(Database& db, const Replication::Incoming& in);
bool writeImages(Database& db, const Replication::Incoming& in);

// group_activity.roster: [client id, ...]; .attendance: [{client_id, present, note}, ...].
Result<void> checkRoster(Database& db, const Replication::Incoming& in);
bool writeRoster(Database& db, const Replication::Incoming& in);

} // namespace ReplicaChildren
} // namespace kq
