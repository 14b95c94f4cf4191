#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The user guides' screenshot tool (tools/screenshots, scripts/screenshots.sh) still walks the whole
// application on demo data: a changed dialog or a refused step makes it fail here, not months later
// when someone regenerates the pictures.
class TestScreenshots : public QObject {
    Q_OBJECT

private:
    static int colours(const QImage& image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                seen.insert(image.pixel(x, y));
        return int(seen.size());
    }

private Q_SLOTS:
    void walksTheApplicationAndSavesTheChosenPictures()
    {
        QTemporaryDir out;
        QProcess tool;
        tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        tool.start(QStringLiteral(KANGQIAO_SCREENSHOTS_BINARY),
                   {QStringLiteral("--out"), out.path(), QStringLiteral("--language"),
                    QStringLiteral("zh_CN"), QStringLiteral("--only"),
                    QStringLiteral("02-overview,09-sign-agreement")});
        QVERIFY(tool.waitForFinished(120'000));
        QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tool.exitCode(), 0); // every step of the tour worked, no unexpected message

        QCOMPARE(QDir(out.path()).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("02-overview.png"), QStringLiteral("09-sign-agreement.png")}));
        const QImage window(out.filePath(QStringLiteral("02-overview.png")));
        QCOMPARE(window.width(), 1200); // the guides' window size
        QVERIFY(window.height() >= 700);
        const QImage dialog(out.filePath(QStringLiteral("09-sign-agreement.png")));
        QVERIFY(!dialog.isNull());
        // Text, tables and signature strokes: hundreds of shades. A blank grab has one or two.
        QVERIFY2(colours(window) > 100, qPrintable(QString::number(colours(window))));
        QVERIFY2(colours(dialog) > 100, qPrintable(QString::number(colours(dialog))));
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
