#include "RecoverCommand.h"

#include "ExitCode.h"
#include "accounts/AccountService.h"
#include "core/Clock.h"
#include "keys/RecoveryKey.h"
#include "store/Journal.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QFile>

namespace kq::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecoverCommand)
};
} // namespace

QString RecoverCommand::description() const
{
    return Tr::tr("Use the recovery key to reset a supervisor's password, or to print the raw database key.");
}

void RecoverCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("recovery-key-file"), Tr::tr("File holding the recovery key."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("user"), Tr::tr("Supervisor or administrator whose password to reset."),
                      Tr::tr("NAME")});
    parser.addOption({QStringLiteral("password-file"), Tr::tr("File whose first line is the new password."),
                      Tr::tr("FILE")});
    parser.addOption({QStringLiteral("print-raw-key"),
                      Tr::tr("Print the raw database key (hex) for the sqlcipher shell instead.")});
}

int RecoverCommand::run(const QCommandLineParser& parser)
{
    int code = Ok;
    const QString db = required(parser, QStringLiteral("db"), code);
    const QString keyFile =
        code == Ok ? required(parser, QStringLiteral("recovery-key-file"), code) : QString();
    if (code != Ok)
        return code;
    const bool printRawKey = parser.isSet(QStringLiteral("print-raw-key"));
    QString user;
    std::optional<SecureBytes> newPassword;
    if (!printRawKey) {
        user = required(parser, QStringLiteral("user"), code);
        if (code != Ok)
            return code;
        if (const int valid = checkUsername(user); valid != Ok)
            return valid;
        newPassword = readPassword(parser, QStringLiteral("password-file"), code);
        if (!newPassword)
            return code;
    }

    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(NoDatabase, Tr::tr("--recovery-key-file: cannot read %1").arg(keyFile));
    const SecureBytes recoveryKey = RecoveryKey::normalise(QString::fromLatin1(f.read(1024)));
    if (recoveryKey.isEmpty())
        return fail(WrongPassword, Tr::tr("--recovery-key-file: this is not a recovery key (52 characters)"));

    Workspace workspace(StorePaths{db}, Clock::system());
    if (auto wait = workspace.backoffError())
        return fail(*wait);
    if (Result<void> r =
            workspace.open({}, Workspace::unsealKeys(workspace.paths(), {}, recoveryKey, true), true);
        !r)
        return fail(r.error());

    if (printRawKey) {
        {
            // Handing out the raw key is the most sensitive thing Kangqiao does: it is audited.
            Transaction tx(workspace.database());
            workspace.journal().record(workspace.actor(), {QStringLiteral("database"),
                                                           workspace.databaseId(),
                                                           Change::Op::None,
                                                           QStringLiteral("reveal-key"),
                                                           {},
                                                           std::nullopt,
                                                           false});
            tx.commit();
        }
        const SecureBytes& key = workspace.databaseKey();
        SecureBytes hex(key.size() * 2 + 1);
        sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), key.data(), key.size());
        print(QString::fromLatin1(hex.chars(), static_cast<qsizetype>(key.size()) * 2));
        return Ok;
    }
    if (Result<void> r = AccountService(workspace).resetPassword(user, *newPassword); !r)
        return fail(r.error());
    print(Tr::tr("The password of %1 was reset with the recovery key.").arg(user));
    return Ok;
}

} // namespace kq::cli
