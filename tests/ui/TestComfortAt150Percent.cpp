#include "GuiTestSupport.h"
#include "ScreenCatalogue.h"

#include "common/ColumnFit.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLayout>
#include <QScreen>
#include <QStyleFactory>
#include <QTableView>
#include <QTreeView>

using namespace kq;
using namespace kq::test;

namespace {
// An office screen of 1366×768 at 150 % scaling, as a person who needs larger text sets it up:
// 910×512 logical pixels. The window manager's panel and title bar take some of the height.
constexpr QSize kScreen(1366, 768);
constexpr double kScale = 1.5;
constexpr int kPanelAndTitleBar = 40; // logical pixels
// What the main window keeps around a page: the navigation, the menu, the page title, the status bar.
constexpr QSize kNavigationAndMenus(200, 110);
} // namespace

// Every window of ui/ as someone with a large font or 150 % scaling sees it. Their tables give every
// header its room and cut no name, date or number short while the window has room (only the one
// column that stretches, a note or a description, gives way when it has not); and every window
// opens within a 1366×768 screen at 150 %, its buttons in reach.
class TestComfortAt150Percent : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ScreenCatalogue> m_catalogue;
    QTemporaryDir m_settings;
    QFont m_standardFont;

    static QSize usableScreen()
    {
        const QSize logical = QApplication::primaryScreen()->availableSize();
        return {logical.width(), logical.height() - kPanelAndTitleBar};
    }

    // The window at the size it chooses, as a window manager would show it on this screen.
    std::unique_ptr<QWidget> show(const Screen& screen)
    {
        std::unique_ptr<QWidget> w = screen.open();
        if (w->inherits("kq::ui::WorkspacePage"))
            w->resize(usableScreen() - kNavigationAndMenus); // as the main window shows it
        else if (!w->testAttribute(Qt::WA_Resized))
            w->resize(w->sizeHint());
        w->resize(w->size().boundedTo(usableScreen()).expandedTo(w->minimumSizeHint()));
        return screen.showPrepared(std::move(w));
    }

    // What is wrong with the columns of one table or tree, shown in `window`.
    static QStringList columnProblems(QAbstractItemView* view, QHeaderView* header)
    {
        QStringList problems;
        const QString name = view->objectName().isEmpty()
                                 ? QString::fromLatin1(view->metaObject()->className())
                                 : view->objectName();
        const ui::ColumnFit* fit = ui::ColumnFit::of(view);
        if (!fit) {
            problems << QStringLiteral("%1 has no ColumnFit").arg(name);
            return problems;
        }
        const bool grid = fit->sharesEvenly(); // a week's days: cells wrap their text
        QAbstractItemModel* model = view->model();
        const int rows = std::min(model->rowCount(view->rootIndex()), ui::ColumnFit::kSampleRows);
        // What each column needs: its header and the text of its cells (and their widgets).
        QList<int> need(header->count(), 0);
        int needed = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            if (!header->isHidden())
                need[c] = header->sectionSizeHint(c);
            for (int r = 0; r < rows; ++r) {
                const QModelIndex index = model->index(r, c, view->rootIndex());
                int cell = view->sizeHintForIndex(index).width();
                if (const QWidget* editor = view->indexWidget(index))
                    cell = std::max(cell, editor->sizeHint().width());
                need[c] = std::max(need[c], cell);
            }
            needed += need[c];
        }
        const bool room = needed <= view->viewport()->width();
        const int stretch = fit->stretchColumn();
        int total = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const int width = header->sectionSize(c);
            total += width;
            const QString column = model->headerData(c, Qt::Horizontal).toString();
            if (!header->isHidden() && width + 1 < header->sectionSizeHint(c))
                problems << QStringLiteral("%1: the header \"%2\" needs %3 px but has %4")
                                .arg(name, column)
                                .arg(header->sectionSizeHint(c))
                                .arg(width);
            if (grid || (c == stretch && !room))
                continue;
            if (width + 1 < need[c])
                problems << QStringLiteral("%1: column \"%2\" cuts its text short: needs %3 px, has %4%5")
                                .arg(name, column)
                                .arg(need[c])
                                .arg(width)
                                .arg(room ? QStringLiteral(" (the table has room)") : QString());
        }
        if (room && total + 1 < view->viewport()->width())
            problems << QStringLiteral("%1 does not fill its width: %2 of %3 px")
                            .arg(name)
                            .arg(total)
                            .arg(view->viewport()->width());
        // A row as tall as a line of its text.
        if (auto* table = qobject_cast<QTableView*>(view))
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < header->count(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    if (header->isSectionHidden(c) || table->rowHeight(r) == 0 || !table->isVisible())
                        continue;
                    const int line = table->fontMetrics().height();
                    if (!model->data(index).toString().isEmpty() && table->rowHeight(r) < line) {
                        problems << QStringLiteral("%1: row %2 is %3 px for %4 px text")
                                        .arg(name)
                                        .arg(r)
                                        .arg(table->rowHeight(r))
                                        .arg(line);
                        break;
                    }
                }
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_standardFont = QApplication::font();
        const QSize logical = QApplication::primaryScreen()->size();
        QCOMPARE(logical, QSize(qRound(kScreen.width() / kScale), qRound(kScreen.height() / kScale)));
        m_catalogue = std::make_unique<ScreenCatalogue>();
    }
    void cleanupTestCase() { m_catalogue.reset(); }
    void cleanup() { QApplication::setFont(m_standardFont); }

    void tablesShowEveryHeaderAndCellAtALargeFont_data() { m_catalogue->addScreenRows(); }

    // At 17 pt (a "large" desktop font) on top of the 150 % scaling.
    void tablesShowEveryHeaderAndCellAtALargeFont()
    {
        QFETCH(int, index);
        QFont large = m_standardFont;
        large.setPointSize(17);
        QApplication::setFont(large);
        const Screen screen = m_catalogue->screens().at(index);
        std::unique_ptr<QWidget> w = show(screen);
        QVERIFY2(w, "the window did not become active");
        QStringList problems;
        ScreenCatalogue::forEachTabState(w.get(), [&](const QString& state) {
            // KQ_SCREENSHOT_DIR=/some/dir keeps a picture of each state for a person to look at.
            if (const QString dir = qEnvironmentVariable("KQ_SCREENSHOT_DIR"); !dir.isEmpty())
                w->grab().save(QDir(dir).filePath(QStringLiteral("%1 %2.png").arg(screen.name, state)));
            for (QAbstractItemView* view : w->findChildren<QAbstractItemView*>()) {
                if (!view->isVisibleTo(w.get()) || !view->model())
                    continue;
                QHeaderView* header = nullptr;
                if (auto* table = qobject_cast<QTableView*>(view))
                    header = table->horizontalHeader();
                else if (auto* tree = qobject_cast<QTreeView*>(view))
                    header = tree->header();
                if (!header)
                    continue;
                for (const QString& p : columnProblems(view, header))
                    problems << QStringLiteral("%1: %2").arg(state, p);
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyWindowOpensWithinTheScreen_data() { m_catalogue->addScreenRows(); }

    // At the standard font: the window's layout fits the screen, and so does the size it opens at.
    void everyWindowOpensWithinTheScreen()
    {
        QFETCH(int, index);
        const Screen screen = m_catalogue->screens().at(index);
        std::unique_ptr<QWidget> w = screen.open();
        const QSize usable = usableScreen();
        if (w->inherits("kq::ui::WorkspacePage"))
            QSKIP("a page is shown in the main window, which scrolls a page larger than its room");
        // What the window's layouts need; a window can be made no smaller than that.
        QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (QLayout* layout = w->layout())
            least = least.expandedTo(layout->totalMinimumSize());
        QVERIFY2(least.width() <= usable.width() && least.height() <= usable.height(),
                 qPrintable(QStringLiteral("needs at least %1×%2, the screen offers %3×%4")
                                .arg(least.width())
                                .arg(least.height())
                                .arg(usable.width())
                                .arg(usable.height())));
        const QSize opens = w->testAttribute(Qt::WA_Resized) ? w->size() : w->sizeHint();
        QVERIFY2(opens.width() <= usable.width() && opens.height() <= usable.height(),
                 qPrintable(QStringLiteral("opens at %1×%2, the screen offers %3×%4")
                                .arg(opens.width())
                                .arg(opens.height())
                                .arg(usable.width())
                                .arg(usable.height())));
    }
};

// The scaling and the screen are set before the application starts, as a desktop sets them.
int main(int argc, char** argv)
{
    QTemporaryDir config;
    const QString screens = config.filePath(QStringLiteral("screens.json"));
    QFile file(screens);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(
            QStringLiteral(R"({"screens": [{"name": "office", "x": 0, "y": 0, "width": %1, "height": %2,
                                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                .arg(kScreen.width())
                .arg(kScreen.height())
                .toUtf8()) < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(screens).toUtf8());
    qputenv("QT_SCALE_FACTOR", QByteArray::number(kScale));
    QApplication app(argc, argv);
    TestComfortAt150Percent test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestComfortAt150Percent.moc"
