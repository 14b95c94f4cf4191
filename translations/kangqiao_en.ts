<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessmentRepository</name>
    <message numerus="yes">
        <source>%1 is not complete: %n item(s) not answered, the first “%2”.</source>
        <translation>
            <numerusform>%1 is not complete: %n item not answered, “%2”.</numerusform>
            <numerusform>%1 is not complete: %n items not answered, the first “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Backed up to %1 and %2 (%3 bytes); the copy opens with your password and passed integrity, foreign-key and audit-chain checks (%n audit entries).</source>
        <translation>
            <numerusform>Backed up to %1 and %2 (%3 bytes); the copy opens with your password and passed integrity, foreign-key and audit-chain checks (%n audit entry).</numerusform>
            <numerusform>Backed up to %1 and %2 (%3 bytes); the copy opens with your password and passed integrity, foreign-key and audit-chain checks (%n audit entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>ok: integrity, foreign keys and audit chain (%n entries) verified</source>
        <translation>
            <numerusform>ok: integrity, foreign keys and audit chain (%n entry) verified</numerusform>
            <numerusform>ok: integrity, foreign keys and audit chain (%n entries) verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlongInput</name>
    <message numerus="yes">
        <source>At most %n characters fit in this field; what did not fit was not taken.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralIndicators</name>
    <message numerus="yes">
        <source>Registrations later than %n working day(s) after the application</source>
        <translation>
            <numerusform>Registrations later than %n working day after the application</numerusform>
            <numerusform>Registrations later than %n working days after the application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals later than %n working day(s) after the registration</source>
        <translation>
            <numerusform>Referrals later than %n working day after the registration</numerusform>
            <numerusform>Referrals later than %n working days after the registration</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>Restored %1 to %2; it passed integrity, foreign-key and audit-chain checks (%n audit entries).</source>
        <translation>
            <numerusform>Restored %1 to %2; it passed integrity, foreign-key and audit-chain checks (%n audit entry).</numerusform>
            <numerusform>Restored %1 to %2; it passed integrity, foreign-key and audit-chain checks (%n audit entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleResultText</name>
    <message numerus="yes">
        <source>%n of %1 item(s) not answered</source>
        <translation>
            <numerusform>%n of %1 items not answered</numerusform>
            <numerusform>%n of %1 items not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not applicable</source>
        <translation>
            <numerusform>%n item not applicable</numerusform>
            <numerusform>%n items not applicable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::AuditLogPage</name>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry).</numerusform>
            <numerusform>The audit log is intact (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::BackupDialog</name>
    <message numerus="yes">
        <source>Backed up to %1 (%2), with its key file %3. The copy opened with your password and passed its checks (%n audit entries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::BackupPage</name>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago: make a new one on the Backups page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::BookingDialog</name>
    <message numerus="yes">
        <source>%1–%2 (%n min)</source>
        <translation>
            <numerusform>%1–%2 (%n min)</numerusform>
            <numerusform>%1–%2 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::ClientDetailWidget</name>
    <message numerus="yes">
        <source>%1 · %2 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %n min</numerusform>
            <numerusform>%1 · %2 · %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n clients; type more to narrow the list</source>
        <translation>
            <numerusform>More than %n client; type more to narrow the list</numerusform>
            <numerusform>More than %n clients; type more to narrow the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::DrillDownDialog</name>
    <message numerus="yes">
        <source>%1, %2: %n client(s)</source>
        <translation type="unfinished">
            <numerusform>%1, %2: %n client</numerusform>
            <numerusform>%1, %2: %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::GroupsPage</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) planned.</source>
        <translation>
            <numerusform>%n meeting planned.</numerusform>
            <numerusform>%n meetings planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance saved: %n present.</source>
        <translation>
            <numerusform>Attendance saved: %n present.</numerusform>
            <numerusform>Attendance saved: %n present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::HolidayCalendarEditor</name>
    <message numerus="yes">
        <source>%n day(s) added to the calendar.</source>
        <translation>
            <numerusform>%n day added to the calendar.</numerusform>
            <numerusform>%n days added to the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::NewPasswordFields</name>
    <message numerus="yes">
        <source>At least %n characters; a short phrase is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>At least %n character; a short phrase is easy to remember and hard to guess.</numerusform>
            <numerusform>At least %n characters; a short phrase is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::PlanDialog</name>
    <message numerus="yes">
        <source>%n month(s) after the start unless you change it (Settings).</source>
        <translation>
            <numerusform>%n month after the start unless you change it (Settings).</numerusform>
            <numerusform>%n months after the start unless you change it (Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::RestoreDialog</name>
    <message numerus="yes">
        <source>&lt;li&gt;%n change(s) not yet sent to the platform are not in the backup and will not be sent.&lt;/li&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;The backup passed its checks.&lt;/b&gt; %1 was written %2 and holds %n audit entries.&lt;/p&gt;&lt;p&gt;If you replace the database:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::RosterEditor</name>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1 (%n client)</numerusform>
            <numerusform>%1 (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added from “%1”.</source>
        <translation>
            <numerusform>%n client added from “%1”.</numerusform>
            <numerusform>%n clients added from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::SessionDialog</name>
    <message numerus="yes">
        <source>This log was written more than %n day(s) ago. Your changes are kept as an amendment next to the original; say why below.</source>
        <translation>
            <numerusform>This log was written more than %n day ago. Your changes are kept as an amendment next to the original; say why below.</numerusform>
            <numerusform>This log was written more than %n days ago. Your changes are kept as an amendment next to the original; say why below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::SessionsPanel</name>
    <message numerus="yes">
        <source>%n session log(s)</source>
        <translation>
            <numerusform>%n session log</numerusform>
            <numerusform>%n session logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group meeting(s) attended</source>
        <translation>
            <numerusform>%n group meeting attended</numerusform>
            <numerusform>%n group meetings attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::SettingsPage</name>
    <message numerus="yes">
        <source>Saved. Plans and periodic assessments from now on are reviewed after %n month(s).</source>
        <translation>
            <numerusform>Saved. Plans and periodic assessments from now on are reviewed after %n month.</numerusform>
            <numerusform>Saved. Plans and periodic assessments from now on are reviewed after %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::SigningDialog</name>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::SyncStatusIndicator</name>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
</TS>
