// Kangqiao: with no command, the desktop application; with a command (init, demo, check, recover, case,
// due, stats), a command-line tool that obeys the same rules and exits non-zero with a one-line reason.

#include "DesktopApplication.h"
#include "cli/CaseCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DemoCommand.h"
#include "cli/DueCommand.h"
#include "cli/ExitCode.h"
#include "cli/InitCommand.h"
#include "cli/RecoverCommand.h"
#include "cli/StatsCommand.h"
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
#include <QMessageBox>
#include <QStandardPaths>

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
    return nullptr;
}

int runCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    kq::ui::Language::apply(kq::ui::AppSettings::language());
    QStringList args = app.arguments().mid(1);
    const QString name = args.takeFirst();
    std::unique_ptr<kq::cli::Command> command = commandNamed(name);
    if (!command) {
        const QString line =
            QCoreApplication::translate("main", "kangqiao: unknown command '%1' (commands: init, demo, "
                                                "check, recover, case, due, stats; see --help)")
                .arg(name.simplified());
        std::fprintf(stderr, "%s\n", qPrintable(line));
        return kq::cli::Usage;
    }
    try {
        return command->execute(args);
    } catch (const kq::StoreError& e) {
        const QString line = QCoreApplication::translate("main", "kangqiao %1: the database failed: %2")
                                 .arg(name, e.message().simplified());
        std::fprintf(stderr, "%s\n", qPrintable(line));
        return kq::cli::Failure;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kangqiao %s: %s\n", qPrintable(name), e.what());
        return kq::cli::Failure;
    }
}

int runDesktop(int argc, char** argv)
{
    kq::DesktopApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Kangqiao 康桥"));
    kq::ui::Language::apply(kq::ui::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Case records for community mental-health rehabilitation centres.\n"
                "Commands: init, demo, check, recover, case, due (kangqiao COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The centre database file."),
                      QApplication::translate("main", "PATH")});
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
        return app.exec();
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
