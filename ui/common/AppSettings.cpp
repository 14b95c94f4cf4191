#include "AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace kq::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdle = QStringLiteral("security/idleLockMinutes");
const QString kBackupDays = QStringLiteral("backup/reminderDays");
const QString kLastUser = QStringLiteral("signIn/lastUsername");
} // namespace

QString AppSettings::language()
{
    const QString v = QSettings().value(kLanguage, QStringLiteral("system")).toString();
    return (v == u"zh_CN" || v == u"en") ? v : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(kLanguage, code);
}

int AppSettings::idleLockMinutes()
{
    return std::clamp(QSettings().value(kIdle, kDefaultIdleMinutes).toInt(), 1, 120);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdle, std::clamp(minutes, 1, 120));
}

int AppSettings::backupReminderDays()
{
    return std::clamp(QSettings().value(kBackupDays, kDefaultBackupReminderDays).toInt(), 1, 90);
}

void AppSettings::setBackupReminderDays(int days)
{
    QSettings().setValue(kBackupDays, std::clamp(days, 1, 90));
}

QString AppSettings::lastUsername()
{
    return QSettings().value(kLastUser).toString();
}

void AppSettings::setLastUsername(const QString& username)
{
    QSettings().setValue(kLastUser, username);
}

} // namespace kq::ui
