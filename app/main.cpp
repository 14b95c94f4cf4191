// Kangqiao: with no command, the desktop application; with a command (init, demo, check, recover, case,
// due, stats, enrol, sync, backup, restore), a command-line tool that obeys the same rules and exits
// non-zero with a one-line reason.

#include "DesktopApplication.h"
#include "cli/BackupCommand.h"
#include "cli/CaseCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DemoCommand.h"
#include "cli/DueCommand.h"
#include "cli/EnrolCommand.h"
#include "cli/ExitCode.h"
#include "cli/InitCommand.h"
#include "cli/RecoverCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/StatsCommand.h"
#include "cli/SyncCommand.h"
#include "common/AppSettings.h"
#include "common/Language.h"
#include "core/Clock.h"
#include "crypto/SecureBytes.h"
#include "shell/StartupFlow.h"
#include "store/StoreError.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStringDecoder>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdio>
#include <exception>
#include <memory>

namespace {

void hardenProcess()
{
#ifdef NDEBUG
    // A core dump would hold decrypted records and the key: release builds never write one.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kangqiao"));
    QCoreApplication::setApplicationName(QStringLiteral("Kangqiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KANGQIAO_VERSION));
}

std::unique_ptr<kq::cli::Command> commandNamed(const QString& name)
{
    if (name == u"init")
        return std::make_unique<kq::cli::InitCommand>();
    if (name == u"check")
        return std::make_unique<kq::cli::CheckCommand>();
    if (name == u"demo")
        return std::make_unique<kq::cli::DemoCommand>();
    if (name == u"recover")
        return std::make_unique<kq::cli::RecoverCommand>();
    if (name == u"case")
        return std::make_unique<kq::cli::CaseCommand>();
    if (name == u"due")
        return std::make_unique<kq::cli::DueCommand>();
    if (name == u"stats")
        return std::make_unique<kq::cli::StatsCommand>();
    if (name == u"enrol")
        return std::make_unique<kq::cli::EnrolCommand>();
    if (name == u"sync")
        return std::make_unique<kq::cli::SyncCommand>();
    if (name == u"backup")
        return std::make_unique<kq::cli::BackupCommand>();
    if (name == u"restore")
        return std::make_unique<kq::cli::RestoreCommand>();
    return nullptr;
}

// Qt looks into the runtime folder while it picks a platform, and warns when XDG_RUNTIME_DIR is
// unset, as it is under cron: harmless for a command that opens no window, and a scheduled job's
// output should be its own. Every other message goes where it went.
QtMessageHandler g_previousHandler = nullptr;

void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    g_previousHandler(type, context, message);
}

// The application object a command runs under. Most need only QtCore; a command that draws (the
// statistics PDF's charts) gets a QApplication on the offscreen platform: a command never opens a
// window, and a cron job has no display (or a stale DISPLAY) that xcb would abort on.
std::unique_ptr<QCoreApplication> commandApplication(int& argc, char** argv, kq::cli::Command* command)
{
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!command || !command->needsGuiApplication(args))
        return std::make_unique<QCoreApplication>(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    auto app = std::make_unique<QApplication>(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    return app;
}

// The option whose value is not UTF-8 text ("--reason" for `--reason <bytes>` or `--reason=<bytes>`),
// or an empty string when every argument decodes. Qt would turn the bytes into U+FFFD and store that.
QString optionWithUndecodableValue(int argc, char** argv)
{
    for (int i = 2; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(QByteArrayView(argv[i]));
        if (!utf8.hasError())
            continue;
        if (decoded.startsWith(u"--") && decoded.contains(u'='))
            return decoded.left(decoded.indexOf(u'='));
        if (i > 2 && argv[i - 1][0] == '-')
            return QString::fromUtf8(argv[i - 1]).section(u'=', 0, 0);
        return QCoreApplication::translate("main", "an argument");
    }
    return {};
}

int runCommand(int argc, char** argv)
{
    std::unique_ptr<kq::cli::Command> command = commandNamed(QString::fromLocal8Bit(argv[1]));
    const std::unique_ptr<QCoreApplication> app = commandApplication(argc, argv, command.get());
    describeApplication();
    kq::ui::Language::apply(kq::ui::AppSettings::language());
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.takeFirst();
    if (!command) {
        const QString line =
            QCoreApplication::translate(
                "main", "kangqiao: unknown command '%1' (commands: init, demo, "
                        "check, recover, case, due, stats, enrol, sync, backup, restore; see --help)")
                .arg(name);
        std::fprintf(stderr, "%s\n", qPrintable(kq::cli::Command::oneLine(line)));
        return kq::cli::Usage;
    }
    if (const QString option = optionWithUndecodableValue(argc, argv); !option.isEmpty()) {
        const QString line =
            QCoreApplication::translate("main", "kangqiao %1: %2: the value is not UTF-8 text")
                .arg(name, option);
        std::fprintf(stderr, "%s\n", qPrintable(kq::cli::Command::oneLine(line)));
        return kq::cli::Usage;
    }
    try {
        return command->execute(args);
    } catch (const kq::StoreError& e) {
        const QString line = QCoreApplication::translate("main", "kangqiao %1: the database failed: %2")
                                 .arg(name, e.message());
        std::fprintf(stderr, "%s\n", qPrintable(kq::cli::Command::oneLine(line)));
        return kq::cli::Failure;
    } catch (const std::exception& e) {
        const QString line = QStringLiteral("kangqiao %1: %2").arg(name, QString::fromLocal8Bit(e.what()));
        std::fprintf(stderr, "%s\n", qPrintable(kq::cli::Command::oneLine(line)));
        return kq::cli::Failure;
    }
}

// The desktop's options. -h/--help and -v/--version print and exit inside parser.process().
void addDesktopOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Case records for community mental-health rehabilitation centres.\n"
                "Commands: init, demo, check, recover, case, due, stats, enrol, sync, backup, restore "
                "(kangqiao COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "The centre database file."),
                      QCoreApplication::translate("main", "PATH")});
}

// Whether the arguments ask for help or the version, or are wrong: answered under a QCoreApplication,
// so that `kangqiao --version` needs no display (a terminal over ssh, a package's install check).
bool answersWithoutWindow(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    addDesktopOptions(parser);
    return !parser.parse(args) || parser.isSet(QStringLiteral("version")) ||
           parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

int answerWithoutWindow(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    kq::ui::Language::apply(kq::ui::AppSettings::language());
    QCommandLineParser parser;
    addDesktopOptions(parser);
    parser.process(app); // prints the help, the version or the error, and exits
    return kq::cli::Usage;
}

int runDesktop(int argc, char** argv)
{
    if (answersWithoutWindow(argc, argv))
        return answerWithoutWindow(argc, argv);
    kq::DesktopApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Kangqiao 康桥"));
    // The freedesktop id (decision 0017): the window's icon, and the Wayland app id that
    // matches the installed .desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(KANGQIAO_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kangqiao/icons/" KANGQIAO_APP_ID ".svg")));
    kq::ui::Language::apply(kq::ui::AppSettings::language());

    QCommandLineParser parser;
    addDesktopOptions(parser);
    parser.process(app);

    QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        db = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
             QStringLiteral("/centre.kqdb");
    kq::Workspace workspace(kq::StorePaths{QDir::cleanPath(QDir::current().absoluteFilePath(db))},
                            kq::Clock::system());
    kq::ui::StartupFlow flow(workspace, kq::Clock::system());
    try {
        if (!flow.start())
            return 0;
        return kq::DesktopApplication::exec();
    } catch (const kq::StoreError& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kangqiao"),
                              QApplication::translate("main", "The database failed: %1").arg(e.message()));
        return kq::cli::Failure;
    }
}

} // namespace

int main(int argc, char** argv)
{
    hardenProcess();
    kq::ensureSodium();
    // The first argument not starting with '-' is a command.
    if (argc > 1 && argv[1][0] != '-')
        return runCommand(argc, argv);
    return runDesktop(argc, argv);
}
