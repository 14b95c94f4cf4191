#include "CountyEdit.h"

#include "OverlongInput.h"
#include "geo/Divisions.h"

#include <QCompleter>
#include <QStringListModel>

namespace kq::ui {

namespace {
QStringListModel* sharedCountyModel()
{
    // One list for every field; built once (about 2,900 entries).
    static QStringListModel* model = [] {
        QStringList items;
        for (const Divisions::County& c : Divisions::instance().all())
            items << c.code + u' ' + c.fullName();
        return new QStringListModel(items);
    }();
    return model;
}
} // namespace

CountyEdit::CountyEdit(QWidget* parent) : QLineEdit(parent)
{
    auto* completer = new QCompleter(sharedCountyModel(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setPlaceholderText(tr("Type the county name or code, e.g. 朝阳 or 110105"));
    setMaxLength(60);
    refuseOverlongInput(this);
    // A code or an unambiguous name typed in full is shown as "code full name" on leaving.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (Divisions::instance().isCounty(code()))
            setCode(code());
    });
}

QString CountyEdit::code() const
{
    const QString t = text().trimmed();
    const QString head = t.left(6);
    if (head.size() == 6 && std::all_of(head.begin(), head.end(), [](QChar c) { return c.isDigit(); }))
        return head;
    // A name typed in full without picking from the list: accept it when it is unambiguous.
    const QList<const Divisions::County*> found = Divisions::instance().search(t, 2);
    if (found.size() == 1 && (found.first()->name == t || found.first()->fullName() == t))
        return found.first()->code;
    return t.isEmpty() ? QString() : t;
}

void CountyEdit::setCode(const QString& code)
{
    if (const Divisions::County* c = Divisions::instance().county(code))
        setText(c->code + u' ' + c->fullName());
    else
        setText(code);
}

} // namespace kq::ui
