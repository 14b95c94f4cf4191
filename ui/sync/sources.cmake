# Sync with the platform (issue 7): status bar corner, the Sync page with conflicts, enrolment.
target_sources(kangqiao_ui PRIVATE
    sync/SyncSession.cpp sync/SyncSession.h
    sync/SyncStatusIndicator.cpp sync/SyncStatusIndicator.h
    sync/EnrolDialog.cpp sync/EnrolDialog.h
    sync/SyncPage.cpp sync/SyncPage.h
)
