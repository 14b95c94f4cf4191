// The forms that save records, given hostile text in every free-text field they show: SQL quotes
// (typed with QTest::keyClicks), CJK with emoji and a right-to-left override (committed as an input
// method commits them: QTest cannot press keys for them), control characters and a 10 MB paste
// (through the clipboard and Ctrl+V: typing 10 MB would take hours). Each value is either saved and
// found in the store exactly as shown in the field (quotes are data), or refused: the dialog stays
// open with what was typed, the field is marked with the reason, the banner says it (for the 10 MB
// paste, with the limit), and the store is as it was. A line edit with a length of its own refuses
// a paste that does not fit at once (ui/common/OverlongInput): it keeps what it held and names its
// limit.

#include "GuiTestSupport.h"
#include "ScreenCatalogue.h"

#include "common/Banner.h"
#include "common/NewPasswordFields.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QAbstractSpinBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace kq;
using namespace kq::test;

namespace {

// Makes the names a form must not repeat (a price item's, a username) new on each opening: a row
// whose save is accepted leaves its record behind.
int g_serial = 0;

// A form and what makes the rest of it valid, so that the field under test is what decides.
struct Form {
    const char* screen; // a ScreenCatalogue name
    std::function<void(QWidget*)> fill;
};

void setPlain(QWidget* w, const char* name, const QString& text)
{
    child<QPlainTextEdit>(w, name)->setPlainText(text);
}

void setLine(QWidget* w, const char* name, const QString& text)
{
    child<QLineEdit>(w, name)->setText(text);
}

QList<Form> forms()
{
    return {
        {"ClientDialog (edit)", {}},
        {"CaseActionDialog (green-channel)",
         [](QWidget* w) {
             setLine(w, "hospital", QStringLiteral("北京安定医院"));
             setPlain(w, "reason", QStringLiteral("病情复发"));
         }},
        {"SessionDialog (new)", [](QWidget* w) { setPlain(w, "observations", QStringLiteral("情况稳定")); }},
        {"GroupActivityDialog (stored)", {}},
        {"TrainingRecordDialog",
         [](QWidget* w) {
             setLine(w, "hours", QStringLiteral("2"));
             setLine(w, "topic", QStringLiteral("危机干预"));
         }},
        {"PriceItemDialog (add)",
         [](QWidget* w) {
             setLine(w, "name", QStringLiteral("心理咨询%1").arg(++g_serial));
             setLine(w, "unit", QStringLiteral("次"));
             setLine(w, "price", QStringLiteral("80"));
         }},
        {"AccountDialog",
         [](QWidget* w) {
             setLine(w, "username", QStringLiteral("zhao.min%1").arg(++g_serial));
             setLine(w, "displayName", QStringLiteral("赵敏"));
             auto* password = w->findChild<ui::NewPasswordFields*>();
             password->passwordEdit()->setText(QStringLiteral("Brisk-Meadow-Lantern-73"));
             password->confirmEdit()->setText(QStringLiteral("Brisk-Meadow-Lantern-73"));
         }},
    };
}

// The fields a person types free text into: line and plain-text edits that are shown and editable,
// not the editors inside combo and spin boxes, not passwords, not search boxes (they save nothing).
QList<QWidget*> textFields(QWidget* w)
{
    QList<QWidget*> out;
    for (QWidget* f : w->findChildren<QWidget*>()) {
        auto* line = qobject_cast<QLineEdit*>(f);
        auto* plain = qobject_cast<QPlainTextEdit*>(f);
        if ((!line && !plain) || !f->isVisibleTo(w) || !f->isEnabled())
            continue;
        if (line && (line->isReadOnly() || line->echoMode() != QLineEdit::Normal ||
                     qobject_cast<QComboBox*>(f->parentWidget()) ||
                     qobject_cast<QAbstractSpinBox*>(f->parentWidget())))
            continue;
        if (plain && plain->isReadOnly())
            continue;
        if (f->objectName().contains(u"search", Qt::CaseInsensitive))
            continue;
        out << f;
    }
    return out;
}

QString textOf(QWidget* f)
{
    if (auto* line = qobject_cast<QLineEdit*>(f))
        return line->text();
    return static_cast<QPlainTextEdit*>(f)->toPlainText();
}

QAbstractButton* saveButton(QWidget* w)
{
    if (auto* named = w->findChild<QAbstractButton*>(QStringLiteral("save")))
        return named;
    for (auto* box : w->findChildren<QDialogButtonBox*>())
        for (auto role : {QDialogButtonBox::Save, QDialogButtonBox::Ok})
            if (QPushButton* b = box->button(role))
                return b;
    return nullptr;
}

QString bannerText(QWidget* w)
{
    for (auto* b : w->findChildren<ui::Banner*>())
        if (b->isVisibleTo(w) && !b->text().isEmpty())
            return b->text();
    return {};
}

// Replaces the field's text with `text` as a paste: select all, Ctrl+V.
void paste(QWidget* field, const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

// Replaces the field's text with what an input method commits.
void commit(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

void type(QWidget* field, const QString& ascii)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, ascii);
}

enum class How { Keys, InputMethod, Paste };

} // namespace

class TestHostileFormInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<ScreenCatalogue> m_catalogue;

    Screen screenNamed(const QString& name)
    {
        for (const Screen& s : m_catalogue->screens())
            if (s.name == name)
                return s;
        qFatal("no screen %s in the catalogue", qPrintable(name));
    }

    std::unique_ptr<QWidget> open(const QString& name)
    {
        const Screen screen = screenNamed(name);
        std::unique_ptr<QWidget> w = screen.open();
        w->resize(w->sizeHint().expandedTo(QSize(900, 700)));
        w = screen.showPrepared(std::move(w));
        if (!w)
            return nullptr;
        for (const Form& f : forms())
            if (name == QLatin1String(f.screen) && f.fill)
                f.fill(w.get());
        QApplication::processEvents();
        return w;
    }

    Database& db() { return m_catalogue->workspace().database(); }

    // Every table's rows and the newest audit entry: what a refused save must leave as it was.
    QString fingerprint()
    {
        QStringList parts;
        QStringList tables;
        for (auto s = db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
             s.step();)
            tables << s.text(0);
        for (const QString& t : tables) {
            auto s = db().prepare(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t).toStdString());
            s.step();
            parts << t + u'=' + QString::number(s.int64(0));
        }
        auto head = db().prepare("SELECT seq, hex(hash) FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (head.step())
            parts << head.text(1);
        return parts.join(u' ');
    }

    // Whether some record (not the audit log or the outbox) holds `text` as is, or as a JSON string
    // holds it (a case step's details).
    bool storedVerbatim(const QString& text)
    {
        const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
                                 .mid(2)
                                 .chopped(2);
        QStringList tables;
        for (auto s = db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                   "('audit_log', 'outbox') AND name NOT LIKE '%fts%'");
             s.step();)
            tables << s.text(0);
        for (const QString& t : tables) {
            QStringList columns;
            for (auto c = db().prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t).toStdString());
                 c.step();)
                columns << c.text(1);
            for (const QString& c : columns) {
                auto s = db().prepare(
                    QStringLiteral("SELECT 1 FROM \"%1\" WHERE instr(CAST(\"%2\" AS TEXT), ?) > 0 LIMIT 1")
                        .arg(t, c)
                        .toStdString());
                s.bind(1, text);
                if (s.step())
                    return true;
                s.reset();
                s.bind(1, json);
                if (s.step())
                    return true;
            }
        }
        return false;
    }

    void addFieldRows(const std::function<void(const QString& screen, int index, const QString& field)>& add)
    {
        for (const Form& f : forms()) {
            std::unique_ptr<QWidget> w = open(QLatin1String(f.screen));
            QVERIFY2(w, f.screen);
            const QList<QWidget*> fields = textFields(w.get());
            QVERIFY2(!fields.isEmpty(), f.screen);
            for (int i = 0; i < fields.size(); ++i)
                add(QLatin1String(f.screen), i,
                    fields[i]->objectName().isEmpty() ? QStringLiteral("#%1").arg(i)
                                                      : fields[i]->objectName());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        m_catalogue = std::make_unique<ScreenCatalogue>();
    }

    void hugePasteIsRefusedNamingTheFieldAndLimit_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<int>("index");
        addFieldRows([](const QString& screen, int index, const QString& field) {
            QTest::addRow("%s %s", qPrintable(screen), qPrintable(field)) << screen << index;
        });
    }

    void hugePasteIsRefusedNamingTheFieldAndLimit()
    {
        QFETCH(QString, screen);
        QFETCH(int, index);
        std::unique_ptr<QWidget> w = open(screen);
        QVERIFY(w);
        QWidget* field = textFields(w.get()).value(index);
        QVERIFY(field);
        const QString before = fingerprint();
        const QString held = textOf(field);
        const QString help = field->toolTip();
        auto* line = qobject_cast<QLineEdit*>(field);
        // Ten megabytes; lines of 100 for a plain-text field (as a pasted document would have).
        QString huge;
        if (line)
            huge = QString(10 * 1024 * 1024 / 3, u'康');
        else
            huge = QString(99, u'康').append(u'\n').repeated(10 * 1024 * 1024 / 300);
        paste(field, huge);
        QApplication::processEvents();
        if (line && line->maxLength() < 32767) {
            // A field with a length of its own refuses the paste at once and keeps what it held.
            QCOMPARE(textOf(field), held);
            QVERIFY2(field->toolTip() != help &&
                         field->toolTip().contains(QString::number(line->maxLength())),
                     qPrintable(QStringLiteral("the limit is not named: ") + field->toolTip()));
            QCOMPARE(fingerprint(), before);
            return;
        }
        // Otherwise the save is refused, naming the field with the model's limit.
        const QString shown = textOf(field);
        QVERIFY(shown.size() >= 30000);
        click(saveButton(w.get()));
        QApplication::processEvents();
        auto* dialog = qobject_cast<QDialog*>(w.get());
        QVERIFY2(w->isVisible() && (!dialog || dialog->result() != QDialog::Accepted), "the paste was saved");
        QVERIFY2(field->toolTip() != help && !field->toolTip().isEmpty(),
                 qPrintable(QStringLiteral("the field is not named; banner: ") + bannerText(w.get())));
        QVERIFY2(field->toolTip().contains(QRegularExpression(QStringLiteral("\\d\\d"))),
                 qPrintable(QStringLiteral("no limit in: ") + field->toolTip()));
        QVERIFY2(bannerText(w.get()).contains(field->toolTip().left(20)), qPrintable(bannerText(w.get())));
        QCOMPARE(textOf(field), shown);
        QCOMPARE(fingerprint(), before);
    }

    void hostileTextIsStoredExactlyOrRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("how");
        QTest::addColumn<QString>("text");
        const QList<std::tuple<const char*, How, QString>> values{
            {"SQL quote", How::Keys, QStringLiteral("O'Brien\"; DROP TABLE clients;--")},
            {"CJK and emoji", How::InputMethod, QStringLiteral("康复😀家属")},
            {"right-to-left override", How::InputMethod, QStringLiteral("abc\u202Efdp")},
            {"control characters", How::Paste, QStringLiteral("a\x01b\x1b[2J")},
        };
        addFieldRows([&values](const QString& screen, int index, const QString& field) {
            for (const auto& [label, how, text] : values)
                QTest::addRow("%s %s %s", qPrintable(screen), qPrintable(field), label)
                    << screen << index << int(how) << text;
        });
    }

    void hostileTextIsStoredExactlyOrRefusedNamingTheField()
    {
        QFETCH(QString, screen);
        QFETCH(int, index);
        QFETCH(int, how);
        QFETCH(QString, text);
        std::unique_ptr<QWidget> w = open(screen);
        QVERIFY(w);
        QWidget* field = textFields(w.get()).value(index);
        QVERIFY(field);
        const QString before = fingerprint();
        const QString help = field->toolTip();
        switch (How(how)) {
        case How::Keys:
            type(field, text);
            break;
        case How::InputMethod:
            commit(field, text);
            break;
        case How::Paste:
            paste(field, text);
            break;
        }
        QApplication::processEvents();
        const QString shown = textOf(field);
        click(saveButton(w.get()));
        QApplication::processEvents();
        auto* dialog = qobject_cast<QDialog*>(w.get());
        if (dialog && dialog->result() == QDialog::Accepted) {
            const bool stored = storedVerbatim(shown);
            // A case step moves the case on: the next row starts from the catalogue's records again.
            if (screen.startsWith(u"CaseActionDialog")) {
                w.reset();
                m_catalogue = std::make_unique<ScreenCatalogue>();
            }
            QVERIFY2(stored, qPrintable(QStringLiteral("saved, but not as shown: ") + shown));
            return;
        }
        QVERIFY2(!field->toolTip().isEmpty() && field->toolTip() != help,
                 qPrintable(QStringLiteral("refused without naming the field: ") + bannerText(w.get())));
        QCOMPARE(textOf(field), shown);
        QCOMPARE(fingerprint(), before);
    }
};

QTEST_MAIN(TestHostileFormInput)
#include "TestHostileFormInput.moc"
