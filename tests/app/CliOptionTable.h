#pragma once

// What each option of each `kangqiao` command holds, for the hostile-input sweep (TestCliHostileInput).
// The sweep reads every command's options from its own --help and fails when one is missing here, so a
// new option cannot go unswept.

#include <QMap>
#include <QString>
#include <QStringList>

namespace kq::test {

enum class OptionKind {
    Database,        // an existing centre database
    NewDatabase,     // where a database is to be created (init, restore)
    User,            // a username
    PasswordFile,    // the password of an existing account
    NewPasswordFile, // a password being set (init, recover)
    ReadFile,        // a file that is read: CA certificate, recovery key, backup
    OutFile,         // a file that is written
    Number,
    Date,
    Month,
    Choice,       // one of a few keywords
    Id,           // a record's id
    RequiredLine, // one line of text that must be given
    OptionalLine, // one line of text that may be empty
    Text,         // free text over several lines (a reason)
    Detail,       // key=value
    Url,
    Code, // a code with a fixed shape: centre code, county, enrolment code
    Flag, // takes no value
};

using OptionTable = QMap<QString, QMap<QString, OptionKind>>;

inline OptionTable cliOptionTable()
{
    using K = OptionKind;
    const auto signIn = [](QMap<QString, K> more) {
        more.insert(QStringLiteral("db"), K::Database);
        more.insert(QStringLiteral("user"), K::User);
        more.insert(QStringLiteral("password-file"), K::PasswordFile);
        return more;
    };
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        {s("init"),
         {{s("db"), K::NewDatabase},
          {s("centre-code"), K::Code},
          {s("centre-name"), K::RequiredLine},
          {s("county"), K::Code},
          {s("display-name"), K::RequiredLine},
          {s("user"), K::User},
          {s("password-file"), K::NewPasswordFile}}},
        {s("check"), signIn({})},
        {s("demo"), signIn({{s("clients"), K::Number}, {s("sessions"), K::Number}, {s("seed"), K::Number}})},
        {s("recover"),
         {{s("db"), K::Database},
          {s("recovery-key-file"), K::ReadFile},
          {s("user"), K::User},
          {s("password-file"), K::NewPasswordFile},
          {s("print-raw-key"), K::Flag}}},
        {s("case"), signIn({{s("client"), K::Id},
                            {s("action"), K::Choice},
                            {s("reason"), K::Text},
                            {s("document"), K::OptionalLine},
                            {s("at"), K::Date},
                            {s("detail"), K::Detail}})},
        {s("due"), signIn({{s("days"), K::Number}})},
        {s("stats"), signIn({{s("month"), K::Month},
                             {s("from"), K::Date},
                             {s("to"), K::Date},
                             {s("format"), K::Choice},
                             {s("out"), K::OutFile},
                             {s("suppress-small"), K::Flag}})},
        {s("enrol"), signIn({{s("server"), K::Url},
                             {s("ca"), K::ReadFile},
                             {s("centre-code"), K::Code},
                             {s("code"), K::Code},
                             {s("device-name"), K::RequiredLine}})},
        {s("sync"), signIn({{s("server"), K::Url}, {s("ca"), K::ReadFile}, {s("once"), K::Flag}})},
        {s("backup"), signIn({{s("out"), K::OutFile}, {s("replace"), K::Flag}})},
        {s("restore"),
         {{s("from"), K::ReadFile},
          {s("db"), K::NewDatabase},
          {s("user"), K::User},
          {s("password-file"), K::PasswordFile},
          {s("replace"), K::Flag}}},
    };
}

} // namespace kq::test
