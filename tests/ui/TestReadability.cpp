#include "GuiTestSupport.h"
#include "ScreenCatalogue.h"

#include "common/Banner.h"
#include "common/StatusColours.h"
#include "groups/RosterEditor.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTableWidget>

using namespace kq;
using namespace kq::test;
using kq::ui::StatusColours::Tone;

// Text stays readable for people who need a high-contrast theme or a large font: every coloured
// text keeps WCAG AA contrast (4.5:1) on its background in the light and in a high-contrast dark
// theme, and at 17 pt no label or button of any window is cut short.
class TestReadability : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ScreenCatalogue> m_catalogue;
    QTemporaryDir m_settings;
    QPalette m_standard;
    QFont m_standardFont;

    // A black-background high-contrast theme, as desktops offer one.
    static QPalette highContrastDark()
    {
        QPalette p;
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(group, QPalette::Window, Qt::black);
            p.setColor(group, QPalette::WindowText, Qt::white);
            p.setColor(group, QPalette::Base, Qt::black);
            p.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
            p.setColor(group, QPalette::Text, Qt::white);
            p.setColor(group, QPalette::Button, Qt::black);
            p.setColor(group, QPalette::ButtonText, Qt::white);
            p.setColor(group, QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
            p.setColor(group, QPalette::HighlightedText, Qt::black);
            p.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
            p.setColor(group, QPalette::ToolTipBase, Qt::black);
            p.setColor(group, QPalette::ToolTipText, Qt::white);
        }
        return p;
    }

    std::unique_ptr<QWidget> show(const Screen& screen)
    {
        std::unique_ptr<QWidget> w = screen.open();
        w->resize(w->sizeHint().expandedTo(QSize(900, 640)));
        return screen.showPrepared(std::move(w));
    }

    static QStringList colourProblems(QWidget* window)
    {
        QStringList problems;
        static const QRegularExpression inlineColour(
            QStringLiteral(R"((?<![-\w])color:\s*(#[0-9a-fA-F]{3,6}))"));
        for (QLabel* label : window->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(window) || label->text().isEmpty())
                continue;
            label->ensurePolished();
            const QColor background = label->palette().color(label->backgroundRole());
            const QColor text = label->palette().color(label->foregroundRole());
            if (const double c = ui::StatusColours::contrast(text, background); c < 4.5)
                problems << QStringLiteral("\"%1\": %2 on %3 is %4:1")
                                .arg(label->text().left(40), text.name(), background.name())
                                .arg(c, 0, 'f', 1);
            // Colours inside rich text sit on the label's own background.
            for (auto m = inlineColour.globalMatch(label->text()); m.hasNext();) {
                const QColor inner(m.next().captured(1));
                if (const double c = ui::StatusColours::contrast(inner, background); c < 4.5)
                    problems << QStringLiteral("\"%1\": %2 in the text on %3 is %4:1")
                                    .arg(label->text().left(40), inner.name(), background.name())
                                    .arg(c, 0, 'f', 1);
            }
        }
        for (QTableWidget* table : window->findChildren<QTableWidget*>()) {
            const QColor base = table->palette().color(QPalette::Base);
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem* item = table->item(r, c);
                        item && item->foreground().style() != Qt::NoBrush) {
                        const QColor text = item->foreground().color();
                        if (const double ratio = ui::StatusColours::contrast(text, base); ratio < 4.5)
                            problems << QStringLiteral("%1 cell \"%2\": %3 on %4 is %5:1")
                                            .arg(table->objectName(), item->text(), text.name(), base.name())
                                            .arg(ratio, 0, 'f', 1);
                    }
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        // Fusion draws with the palette it is given, as desktop themes do.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_standard = QApplication::palette();
        m_standardFont = QApplication::font();
        m_catalogue = std::make_unique<ScreenCatalogue>();
    }
    void cleanupTestCase() { m_catalogue.reset(); }
    void cleanup()
    {
        QApplication::setPalette(m_standard);
        QApplication::setFont(m_standardFont);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(ui::StatusColours::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(ui::StatusColours::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(ui::StatusColours::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 is the lightest grey that passes AA on white; #777777 just fails.
        QVERIFY(ui::StatusColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(ui::StatusColours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void statusColoursKeepAAOnLightDarkAndHighContrastBackgrounds()
    {
        const QList<QColor> backgrounds{Qt::white,
                                        QColor(0xef, 0xef, 0xef), // Fusion's window
                                        QColor(0x2d, 0x2d, 0x2d), // a dark theme
                                        Qt::black,
                                        QColor(0x00, 0x00, 0x80), // navy, as some high-contrast themes
                                        Qt::yellow};
        for (const QColor& background : backgrounds)
            for (Tone tone : {Tone::Warning, Tone::Positive, Tone::Secondary}) {
                const QColor text = ui::StatusColours::on(tone, background);
                QVERIFY2(ui::StatusColours::contrast(text, background) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(text.name(), background.name())));
            }
        // On the usual light window the warning is the familiar dark red, not black.
        QCOMPARE(ui::StatusColours::on(Tone::Warning, QColor(0xef, 0xef, 0xef)), QColor(0xb7, 0x1c, 0x1c));
        QVERIFY(ui::StatusColours::on(Tone::Warning, QColor(Qt::black)).red() > 200);
    }

    void bannersCarryTheirOwnReadableColours()
    {
        using Kind = ui::Banner::Kind;
        for (Kind kind : {Kind::Info, Kind::Success, Kind::Error}) {
            const ui::Banner::Colours c = ui::Banner::colours(kind);
            QVERIFY2(ui::StatusColours::contrast(c.text, c.background) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(c.text.name(), c.background.name())));
        }
    }

    // Colour is never the only signal: a roster over the meeting's capacity says so in words, and
    // its colour still reads in a high-contrast theme.
    void overCapacityIsSaidInWords()
    {
        QApplication::setPalette(highContrastDark());
        ui::RosterEditor roster(m_catalogue->workspace());
        roster.setCapacity(1);
        roster.setRoster({{QStringLiteral("a"), QStringLiteral("王强"), {}, {}},
                          {QStringLiteral("b"), QStringLiteral("李娜"), {}, {}}});
        auto* count = child<QLabel>(&roster, "rosterCount");
        QCOMPARE(count->text(), QStringLiteral("2 / 1 (over capacity)"));
        count->ensurePolished();
        QVERIFY(ui::StatusColours::contrast(count->palette().color(count->foregroundRole()), Qt::black) >=
                4.5);
        roster.setCapacity(2);
        QCOMPARE(count->text(), QStringLiteral("2 / 2"));
    }

    void everyWindowKeepsContrast_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("highContrast");
        const QList<Screen> screens = m_catalogue->screens();
        for (int i = 0; i < screens.size(); ++i) {
            QTest::addRow("%s, light", qPrintable(screens[i].name)) << i << false;
            QTest::addRow("%s, high contrast", qPrintable(screens[i].name)) << i << true;
        }
    }

    void everyWindowKeepsContrast()
    {
        QFETCH(int, index);
        QFETCH(bool, highContrast);
        if (highContrast)
            QApplication::setPalette(highContrastDark());
        std::unique_ptr<QWidget> w = show(m_catalogue->screens().at(index));
        QVERIFY2(w, "the window did not become active");
        const QStringList problems = colourProblems(w.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void nothingIsCutShortAtALargeFont_data() { m_catalogue->addScreenRows(); }

    // A label or button narrower or lower than its text needs shows the text cut off: Qt's labels
    // do not elide. At 17 pt (a "large" desktop font) every window still gives each its room.
    void nothingIsCutShortAtALargeFont()
    {
        QFETCH(int, index);
        QFont large = m_standardFont;
        large.setPointSize(17);
        QApplication::setFont(large);
        const Screen screen = m_catalogue->screens().at(index);
        std::unique_ptr<QWidget> w = show(screen);
        QVERIFY2(w, "the window did not become active");
        // KQ_SCREENSHOT_DIR=/some/dir keeps a picture of each window for a person to look at (run
        // it with QT_SCALE_FACTOR=1.5 too).
        if (const QString dir = qEnvironmentVariable("KQ_SCREENSHOT_DIR"); !dir.isEmpty())
            w->grab().save(QDir(dir).filePath(screen.name + QStringLiteral(".png")));
        QStringList problems;
        for (QWidget* c : w->findChildren<QWidget*>()) {
            if (!c->isVisibleTo(w.get()))
                continue;
            QString text;
            bool wraps = false;
            if (auto* label = qobject_cast<QLabel*>(c)) {
                text = label->text();
                wraps = label->wordWrap();
            } else if (auto* button = qobject_cast<QAbstractButton*>(c)) {
                text = button->text();
            }
            if (text.isEmpty())
                continue;
            const QSize need =
                wraps ? QSize(c->minimumSizeHint().width(), c->heightForWidth(c->width())) : c->sizeHint();
            if (c->width() + 1 < need.width() || c->height() + 1 < need.height())
                problems << QStringLiteral("\"%1\" (%2) is %3×%4 but needs %5×%6")
                                .arg(text.left(40), QString::fromLatin1(c->metaObject()->className()))
                                .arg(c->width())
                                .arg(c->height())
                                .arg(need.width())
                                .arg(need.height());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestReadability)
#include "TestReadability.moc"
