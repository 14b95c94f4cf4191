#include "GuiTestSupport.h"
#include "KeyboardAudit.h"
#include "ScreenCatalogue.h"

using namespace kq;
using namespace kq::test;

// Every window of ui/, walked with Tab as a keyboard user would: focus reaches every input in the
// order the window shows them and comes back to the start; every input has a name a screen reader
// can say; no Alt+letter belongs to two things at once. A window added to ui/ without an entry in
// ScreenCatalogue fails everyDialogAndPageIsWalked.
class TestKeyboardAccess : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ScreenCatalogue> m_catalogue;
    QTemporaryDir m_settings;
    QSet<QString> m_seenClasses; // classes of every widget the walks met

    // The window, shown, active and prepared; nullptr (and a failure) if it would not activate.
    std::unique_ptr<QWidget> show(const Screen& screen)
    {
        std::unique_ptr<QWidget> w = screen.open();
        w->resize(w->sizeHint().expandedTo(QSize(900, 640)));
        return screen.showPrepared(std::move(w));
    }

    // The class of every widget in `w` and the classes they derive from (an editor's base class).
    void remember(QWidget* w)
    {
        QList<QWidget*> all = w->findChildren<QWidget*>();
        all << w;
        for (QWidget* c : all)
            for (const QMetaObject* m = c->metaObject(); m; m = m->superClass())
                m_seenClasses << QString::fromLatin1(m->className()).section(u':', -1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        m_catalogue = std::make_unique<ScreenCatalogue>();
    }
    void cleanupTestCase() { m_catalogue.reset(); }

    void tabReachesEveryInputInVisualOrderAndComesBack_data() { m_catalogue->addScreenRows(); }

    void tabReachesEveryInputInVisualOrderAndComesBack()
    {
        QFETCH(int, index);
        const Screen screen = m_catalogue->screens().at(index);
        std::unique_ptr<QWidget> w = show(screen);
        QVERIFY2(w, "the window did not become active");
        remember(w.get());
        QStringList problems;
        ScreenCatalogue::forEachTabState(w.get(), [&](const QString& state) {
            remember(w.get());
            const QList<QWidget*> visual = stopsInVisualOrder(w.get());
            if (visual.isEmpty())
                return;
            QWidget* start = visual.first();
            start->setFocus(Qt::TabFocusReason);
            if (QApplication::focusWidget() != start) {
                problems << QStringLiteral("%1: the first input %2 does not take the focus")
                                .arg(state, describe(start));
                return;
            }
            if (tabStops(w.get()).size() == 1)
                return; // Tab has nowhere else to go
            const TabWalk walk = walkTabs(start, 20 * int(visual.size()) + 200);
            if (walk.trappedIn) {
                problems << QStringLiteral("%1: Tab is trapped in %2").arg(state, describe(walk.trappedIn));
                return;
            }
            if (!walk.cameBack) {
                QStringList path;
                for (QWidget* stop : walk.order)
                    path << describe(stop);
                problems << QStringLiteral("%1: Tab does not come back to %2 after %3 presses; it goes %4")
                                .arg(state, describe(start))
                                .arg(walk.presses)
                                .arg(path.join(QStringLiteral(" → ")));
            }
            for (QWidget* stop : visual)
                if (!walk.order.contains(stop))
                    problems << QStringLiteral("%1: Tab never reaches %2").arg(state, describe(stop));
            // The order Tab takes, among the inputs the layouts show, is the order they show them.
            QList<QWidget*> reached;
            for (QWidget* stop : walk.order)
                if (visual.contains(stop))
                    reached << stop;
            QList<QWidget*> expected;
            for (QWidget* stop : visual)
                if (reached.contains(stop))
                    expected << stop;
            for (int i = 0; i < reached.size(); ++i) {
                if (reached[i] != expected[i]) {
                    problems << QStringLiteral("%1: after %2 Tab goes to %3, but the window shows %4 next")
                                    .arg(state, i ? describe(reached[i - 1]) : QStringLiteral("the start"),
                                         describe(reached[i]), describe(expected[i]));
                    break;
                }
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyInputHasANameAndMnemonicsAreUnique_data()
    {
        tabReachesEveryInputInVisualOrderAndComesBack_data();
    }

    void everyInputHasANameAndMnemonicsAreUnique()
    {
        QFETCH(int, index);
        const Screen screen = m_catalogue->screens().at(index);
        std::unique_ptr<QWidget> w = show(screen);
        QVERIFY2(w, "the window did not become active");
        QStringList problems;
        ScreenCatalogue::forEachTabState(w.get(), [&](const QString& state) {
            for (QWidget* stop : tabStops(w.get()))
                if (spokenName(w.get(), stop).isEmpty())
                    problems << QStringLiteral("%1: %2 has no label buddy and no accessible name")
                                    .arg(state, describe(stop));
            const QMap<QString, QStringList> clashes = shownMnemonics(w.get());
            for (auto it = clashes.cbegin(); it != clashes.cend(); ++it)
                problems << QStringLiteral("%1: Alt+%2 belongs to %3")
                                .arg(state, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Runs last (Qt Test runs slots in declaration order): by now every screen has been walked.
    void everyDialogAndPageIsWalked()
    {
        QStringList catalogued;
        for (const Screen& s : m_catalogue->screens())
            catalogued << s.className;
        QStringList missing;
        for (const QString& name : ScreenCatalogue::windowClassesIn(QStringLiteral(KANGQIAO_UI_SOURCE_DIR)))
            if (!catalogued.contains(name))
                missing << name;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("windows of ui/ with no entry in ScreenCatalogue: ") +
                            missing.join(QStringLiteral(", "))));
        // The parts of windows too (panels, editors, fields): each is met inside some window.
        if (m_seenClasses.isEmpty())
            QSKIP("run with the walks: they collect the classes they meet");
        QStringList unseen;
        for (const QString& name : ScreenCatalogue::widgetClassesIn(QStringLiteral(KANGQIAO_UI_SOURCE_DIR)))
            if (!m_seenClasses.contains(name))
                unseen << name;
        QVERIFY2(unseen.isEmpty(),
                 qPrintable(QStringLiteral("widget classes of ui/ no walked window contains: ") +
                            unseen.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestKeyboardAccess)
#include "TestKeyboardAccess.moc"
