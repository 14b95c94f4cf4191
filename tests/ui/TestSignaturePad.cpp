#include "GuiTestSupport.h"

#include "documents/SignatureField.h"
#include "documents/SignaturePad.h"

#include <QImage>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>

using namespace kq;
using namespace kq::test;

// The signature pad driven as a person signs: strokes with the mouse and a finger, undo and clear
// by button and by key, and the PNG that documents store.
class TestSignaturePad : public QObject {
    Q_OBJECT

private:
    // QTest::mouseMove carries no button state on some platforms, so moves are sent as real
    // QMouseEvents with the left button held.
    static void drawStroke(QWidget* w, const QList<QPoint>& points)
    {
        QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, points.first());
        for (qsizetype i = 1; i < points.size(); ++i) {
            const QPointF p = points[i];
            QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(w, &move);
        }
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, points.last());
    }

    // A wavy line across the pad, roughly what a hurried signature looks like.
    static QList<QPoint> scribble(int x0, int x1, int y)
    {
        QList<QPoint> points;
        for (int x = x0; x <= x1; x += 6)
            points.append(QPoint(x, y + int(18 * std::sin((x - x0) / 14.0)) - (x - x0) / 12));
        return points;
    }

    static bool isDark(QRgb px) { return qAlpha(px) > 128 && qGray(px) < 100; }

    static int darkPixels(const QImage& image)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += isDark(image.pixel(x, y));
        return n;
    }

private Q_SLOTS:
    void mouseStrokesUndoAndClearWithTheButtons()
    {
        ui::SignatureField field(QStringLiteral("Client: 张三"));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        auto* pad = child<ui::SignaturePad>(&field, "signaturePad");
        auto* undo = child<QPushButton>(&field, "undoSignature");
        auto* clear = child<QPushButton>(&field, "clearSignature");
        QCOMPARE(pad->accessibleName(), QStringLiteral("Client: 张三"));
        QVERIFY(pad->minimumSizeHint().width() >= 360 && pad->minimumSizeHint().height() >= 140);
        QVERIFY(pad->isEmpty());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!clear->isEnabled());

        QSignalSpy changed(pad, &ui::SignaturePad::changed);
        drawStroke(pad, {{40, 60}, {80, 70}, {120, 60}, {160, 80}});
        QCOMPARE(pad->strokeCount(), 1);
        drawStroke(pad, {{60, 100}, {200, 100}});
        QCOMPARE(pad->strokeCount(), 2);
        QCOMPARE(changed.count(), 2);
        QVERIFY(undo->isEnabled());
        QVERIFY(clear->isEnabled());

        click(undo);
        QCOMPARE(pad->strokeCount(), 1);
        QCOMPARE(changed.count(), 3);
        QVERIFY(undo->isEnabled());

        click(clear);
        QVERIFY(pad->isEmpty());
        QCOMPARE(pad->strokeCount(), 0);
        QVERIFY(!undo->isEnabled());
        QVERIFY(!clear->isEnabled());
    }

    void pngHasTheStrokeAtTheRequestedSize()
    {
        ui::SignaturePad pad;
        pad.resize(400, 160);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));

        const QImage blank = QImage::fromData(pad.toPng());
        QCOMPARE(blank.size(), QSize(600, 200));
        QCOMPARE(darkPixels(blank), 0);

        drawStroke(&pad, {{50, 80}, {150, 80}, {250, 80}, {350, 80}});
        const QByteArray png = pad.toPng({300, 120});
        QVERIFY(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        const QImage image = QImage::fromData(png, "PNG");
        QCOMPARE(image.size(), QSize(300, 120));
        // A horizontal line is centred when scaled to fit: ink through the middle, none above.
        QVERIFY(isDark(image.pixel(150, 60)));
        QVERIFY(isDark(image.pixel(30, 60)));
        QVERIFY(!isDark(image.pixel(150, 20)));
        QVERIFY(!isDark(image.pixel(150, 100)));
        QVERIFY(darkPixels(image) > 200);

        const QImage white = pad.toImage({200, 100}, Qt::white);
        QCOMPARE(white.pixel(0, 0), qRgb(255, 255, 255));
        QVERIFY(isDark(white.pixel(100, 50)));

        pad.clear();
        QCOMPARE(darkPixels(QImage::fromData(pad.toPng({300, 120}))), 0);
    }

    void fingerDrawsAStroke()
    {
        ui::SignaturePad pad;
        pad.resize(400, 160);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QPointingDevice* touch = QTest::createTouchDevice();
        QSignalSpy changed(&pad, &ui::SignaturePad::changed);

        QTest::touchEvent(&pad, touch).press(0, QPoint(60, 90));
        QTest::touchEvent(&pad, touch).move(0, QPoint(120, 70));
        QTest::touchEvent(&pad, touch).move(0, QPoint(200, 100));
        QTest::touchEvent(&pad, touch).release(0, QPoint(260, 80));
        QCOMPARE(pad.strokeCount(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(darkPixels(pad.toImage()) > 100);

        // A second finger later is a second stroke.
        QTest::touchEvent(&pad, touch).press(1, QPoint(80, 60));
        QTest::touchEvent(&pad, touch).move(1, QPoint(140, 120));
        QTest::touchEvent(&pad, touch).release(1, QPoint(140, 120));
        QCOMPARE(pad.strokeCount(), 2);
    }

    // A pen's pressure sets the width: the same line drawn hard leaves more ink than drawn lightly.
    void penPressureSetsTheWidth()
    {
        QPointingDevice stylus(QStringLiteral("test stylus"), 4242, QInputDevice::DeviceType::Stylus,
                               QPointingDevice::PointerType::Pen,
                               QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
        const auto penStroke = [&stylus](QWidget* w, qreal pressure) {
            const QList<std::pair<QEvent::Type, QPointF>> steps = {{QEvent::TabletPress, {60, 80}},
                                                                   {QEvent::TabletMove, {160, 80}},
                                                                   {QEvent::TabletMove, {260, 80}},
                                                                   {QEvent::TabletRelease, {260, 80}}};
            for (const auto& [type, pos] : steps) {
                const Qt::MouseButtons held = type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton;
                QTabletEvent e(type, &stylus, pos, w->mapToGlobal(pos), pressure, 0, 0, 0, 0, 0,
                               Qt::NoModifier, type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton,
                               held);
                QApplication::sendEvent(w, &e);
            }
        };
        ui::SignaturePad light;
        ui::SignaturePad hard;
        for (ui::SignaturePad* pad : {&light, &hard})
            pad->resize(400, 160);
        QSignalSpy changed(&hard, &ui::SignaturePad::changed);
        penStroke(&light, 0.1);
        penStroke(&hard, 1.0);
        QCOMPARE(light.strokeCount(), 1);
        QCOMPARE(hard.strokeCount(), 1);
        QCOMPARE(changed.count(), 1);
        // Both lines are the same length, so the export scales them (almost) alike.
        const int lightInk = darkPixels(light.toImage({400, 160}));
        const int hardInk = darkPixels(hard.toImage({400, 160}));
        QVERIFY2(hardInk > 2 * lightInk, qPrintable(QStringLiteral("%1 vs %2").arg(hardInk).arg(lightInk)));
    }

    void keysUndoAndClearTheFocusedPad()
    {
        ui::SignatureField field(QStringLiteral("Guardian: 李四"));
        field.show();
        field.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&field));
        auto* pad = child<ui::SignaturePad>(&field, "signaturePad");
        QVERIFY(pad->focusPolicy() & Qt::TabFocus);
        drawStroke(pad, {{40, 60}, {120, 70}});
        drawStroke(pad, {{40, 90}, {120, 100}});
        drawStroke(pad, {{40, 110}, {120, 95}});
        QVERIFY(pad->hasFocus()); // clicking into the pad focuses it
        QCOMPARE(pad->strokeCount(), 3);

        // Sent to the window, so they reach the pad only through keyboard focus.
        QTest::keyClick(field.windowHandle(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pad->strokeCount(), 2);
        QTest::keyClick(field.windowHandle(), Qt::Key_Delete);
        QVERIFY(pad->isEmpty());
        QVERIFY(!child<QPushButton>(&field, "undoSignature")->isEnabled());

        drawStroke(pad, {{40, 60}, {120, 70}});
        QTest::keyClick(field.windowHandle(), Qt::Key_Backspace);
        QVERIFY(pad->isEmpty());

        // Not focused: the keys go elsewhere and the signature stays.
        drawStroke(pad, {{40, 60}, {120, 70}});
        child<QPushButton>(&field, "clearSignature")->setFocus();
        QTest::keyClick(field.windowHandle(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pad->strokeCount(), 1);
    }

    void signatureBoxLooksRight()
    {
        ui::SignatureField empty(QStringLiteral("Staff: 王五"));
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.grab().save(QStringLiteral("/tmp/sigpad-empty.png")));

        ui::SignatureField field(QStringLiteral("Client: 张三"));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        auto* pad = child<ui::SignaturePad>(&field, "signaturePad");
        drawStroke(pad, scribble(50, 260, 100));
        drawStroke(pad, {{270, 70}, {280, 120}, {300, 80}, {320, 120}, {345, 75}});
        drawStroke(pad, {{50, 125}, {200, 118}, {360, 122}});
        QCOMPARE(pad->strokeCount(), 3);
        QVERIFY(field.grab().save(QStringLiteral("/tmp/sigpad.png")));
        QVERIFY(pad->toImage({600, 200}, Qt::white).save(QStringLiteral("/tmp/sigpad-export.png")));
    }
};

QTEST_MAIN(TestSignaturePad)
#include "TestSignaturePad.moc"
