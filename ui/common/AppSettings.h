#pragma once

#include <QString>

namespace kq::ui {

// Typed access to this workstation's preferences (QSettings), with every default in one place.
// Nothing secret or identifying is stored here beyond the last username typed at sign-in.
class AppSettings {
public:
    static constexpr int kDefaultIdleMinutes = 10;

    // "system" (follow the desktop's locale), "zh_CN" or "en".
    static QString language();
    static void setLanguage(const QString& code);

    static int idleLockMinutes(); // 1..120
    static void setIdleLockMinutes(int minutes);

    // The overview and the Backups page remind supervisors when the last backup is older than
    // this many days (1..90): a week of a centre's records is what a lost disk may cost.
    static constexpr int kDefaultBackupReminderDays = 7;
    static int backupReminderDays();
    static void setBackupReminderDays(int days);

    static QString lastUsername();
    static void setLastUsername(const QString& username);
};

} // namespace kq::ui
