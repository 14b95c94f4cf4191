# Backup and restore from the window (decision 0021): the page, the backup and the restore dialogs.
target_sources(kangqiao_ui PRIVATE
    backup/BackupDialog.cpp backup/BackupDialog.h
    backup/BackupPage.cpp backup/BackupPage.h
    backup/RestoreDialog.cpp backup/RestoreDialog.h
)
