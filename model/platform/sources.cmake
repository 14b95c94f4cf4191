# Sync state kept in the store (issue 7): enrolment, cursor, server revisions, conflicts.
target_sources(kangqiao_model PRIVATE
    platform/PlatformLink.h
    platform/SyncState.cpp platform/SyncState.h
    platform/ServerRevisions.cpp platform/ServerRevisions.h
    platform/SyncConflict.h
    platform/ConflictStore.cpp platform/ConflictStore.h
    platform/ConflictResolver.cpp platform/ConflictResolver.h
    platform/ParkedRecords.cpp platform/ParkedRecords.h
)
