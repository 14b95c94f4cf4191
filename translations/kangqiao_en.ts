<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>kq::ui::NewPasswordFields</name>
    <message numerus="yes">
        <source>At least %n characters; a short phrase is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>At least %n character; a short phrase is easy to remember and hard to guess.</numerusform>
            <numerusform>At least %n characters; a short phrase is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
</TS>
