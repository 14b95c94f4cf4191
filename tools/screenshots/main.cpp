// kangqiao-screenshots: the pictures of docs/user-guide.*.md, from the real windows on a demo centre.
//
//   kangqiao-screenshots --out docs/images/zh_CN --language zh_CN [--only 02-overview,04-clients]
//
// Runs offscreen (no display needed); scripts/screenshots.sh runs it for every language.

#include "DemoCentre.h"
#include "ScreenGrabber.h"
#include "ScreenshotTour.h"
#include "common/Language.h"
#include "core/Clock.h"
#include "crypto/SecureBytes.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    // Offscreen unless told otherwise: the same pictures on a desktop, a server and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    kq::ensureSodium();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the user guides' screenshots on demo data."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("zh_CN or en."), QStringLiteral("CODE"),
                      QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Comma-separated picture names (default: all)."),
                      QStringLiteral("NAMES")});
    parser.process(app);
    const QString out = parser.value(QStringLiteral("out"));
    const QString language = parser.value(QStringLiteral("language"));
    if (out.isEmpty() || (language != u"zh_CN" && language != u"en")) {
        std::fprintf(stderr, "kangqiao-screenshots: give --out DIR and --language zh_CN|en\n");
        return 2;
    }

    // Everything the tour writes (store, settings) stays in a folder of its own and goes with it.
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KangqiaoScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("KangqiaoScreenshots"));
    kq::ui::Language::apply(language);

    // Today, mid-morning: the pictures show a working day (a session starting at 10:45, this
    // morning's group meeting over) whenever they are taken.
    const kq::ManualClock clock(QDateTime(QDate::currentDate(), QTime(10, 45)));
    const kq::StorePaths paths{dir.filePath(QStringLiteral("centre.kqdb"))};
    kq::Workspace workspace(paths, clock);
    if (kq::Result<void> r = kq::shots::DemoCentre::create(paths, workspace, clock); !r) {
        std::fprintf(stderr, "kangqiao-screenshots: %s\n", qPrintable(r.error().describe()));
        return 1;
    }
    QStringList only;
    if (parser.isSet(QStringLiteral("only")))
        only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    kq::shots::ScreenGrabber grabber(out, only);
    kq::shots::ScreenshotTour tour(workspace, grabber);
    const bool walked = tour.run();
    std::printf("kangqiao-screenshots: %lld pictures in %s\n", static_cast<long long>(grabber.saved().size()),
                qPrintable(out));
    for (const QString& message : grabber.unexpected())
        std::fprintf(stderr, "kangqiao-screenshots: unexpected message: %s\n", qPrintable(message));
    return walked && grabber.failures().isEmpty() && grabber.unexpected().isEmpty() ? 0 : 1;
}
