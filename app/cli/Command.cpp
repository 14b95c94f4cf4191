#include "Command.h"

#include "ExitCode.h"
#include "accounts/Account.h"
#include "store/Workspace.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Command)
};
constexpr qint64 kMaxPasswordFile = 4096;
} // namespace

void Command::print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString Command::oneLine(const QString& message)
{
    // One line, whatever the message held, and short enough to read: a refused 100 KB value is
    // named, not repeated (the start says which option, the end often says why).
    constexpr qsizetype kMaxLine = 400;
    const QString line = message.simplified();
    if (line.size() <= kMaxLine)
        return line;
    return line.left(280) + QStringLiteral(" … ") + line.right(100);
}

int Command::fail(int code, const QString& message) const
{
    std::fputs(qPrintable(QStringLiteral("kangqiao %1: %2\n").arg(name(), oneLine(message))), stderr);
    return code;
}

int Command::fail(const Error& error) const
{
    // Model errors name form fields; say which command-line option carried the value.
    QString option = error.field;
    if (option == u"username")
        option = QStringLiteral("user");
    else if (option == u"password")
        option = QStringLiteral("password-file");
    else if (option == u"recovery-key")
        option = QStringLiteral("recovery-key-file");
    const QString where = option.isEmpty() ? QString() : QStringLiteral("--%1: ").arg(option);
    return fail(exitCodeFor(error), where + error.message);
}

int Command::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("kangqiao ") + name()} + arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Usage, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    return run(parser);
}

void Command::addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), Tr::tr("The centre database file."), Tr::tr("PATH")});
}

void Command::addUserOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("user"), Tr::tr("Staff username."), Tr::tr("NAME")});
    parser.addOption({QStringLiteral("password-file"),
                      Tr::tr("File whose first line is the password (else $KANGQIAO_PASSWORD)."),
                      Tr::tr("FILE")});
}

QString Command::required(const QCommandLineParser& parser, const QString& option, int& exitCode) const
{
    const QString value = parser.value(option);
    if (value.isEmpty())
        exitCode = fail(Usage, Tr::tr("--%1 is required").arg(option));
    return value;
}

std::optional<SecureBytes> Command::readPassword(const QCommandLineParser& parser, const QString& option,
                                                 int& exitCode) const
{
    QByteArray bytes;
    if (parser.isSet(option)) {
        const QString path = parser.value(option);
        if (path.isEmpty()) {
            exitCode = fail(Usage, Tr::tr("--%1: give the name of a file").arg(option));
            return std::nullopt;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            exitCode = fail(Usage, Tr::tr("--%1: cannot read %2").arg(option, path));
            return std::nullopt;
        }
        bytes = f.read(kMaxPasswordFile + 1);
        const qsizetype end = bytes.indexOf('\n');
        if (end >= 0) {
            bytes.truncate(end);
        } else if (bytes.size() > kMaxPasswordFile) {
            // Never a prefix of what the file holds: a new password would silently be another.
            sodium_memzero(bytes.data(), std::size_t(bytes.size()));
            exitCode = fail(Usage, Tr::tr("--%1: the first line of %2 is longer than %3 bytes")
                                       .arg(option, path)
                                       .arg(kMaxPasswordFile));
            return std::nullopt;
        }
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    } else if (option == u"password-file" && qEnvironmentVariableIsSet("KANGQIAO_PASSWORD")) {
        bytes = qgetenv("KANGQIAO_PASSWORD");
    } else {
        exitCode = fail(Usage, Tr::tr("--%1 (or $KANGQIAO_PASSWORD) is required").arg(option));
        return std::nullopt;
    }
    if (bytes.isEmpty()) {
        exitCode = fail(Usage, Tr::tr("--%1: the password is empty").arg(option));
        return std::nullopt;
    }
    SecureBytes out = SecureBytes::fromBytes(bytes.constData(), std::size_t(bytes.size()));
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    return out;
}

int Command::checkUsername(const QString& user) const
{
    // A name no account can have is refused before the (slow, back-off counting) unlock.
    if (Result<void> valid = Account::validateUsername(user); !valid)
        return fail(valid.error());
    return Ok;
}

int Command::signIn(const QCommandLineParser& parser, Workspace& workspace) const
{
    int code = Ok;
    const QString user = required(parser, QStringLiteral("user"), code);
    if (code != Ok)
        return code;
    if (const int valid = checkUsername(user); valid != Ok)
        return valid;
    std::optional<SecureBytes> password = readPassword(parser, QStringLiteral("password-file"), code);
    if (!password)
        return code;
    if (Result<void> r = workspace.unlock(user, *password); !r)
        return fail(r.error());
    return Ok;
}

} // namespace kq::cli
