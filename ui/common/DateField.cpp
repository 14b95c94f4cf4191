#include "DateField.h"

#include "OverlongInput.h"

#include <QKeyEvent>
#include <QRegularExpression>

namespace kq::ui {

DateField::DateField(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(10);
    refuseOverlongInput(this);
    setToolTip(tr("T: today · Up/Down: a day later or earlier · PageUp/PageDown: a week"));
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // Show what was understood in one standard form.
        if (const QDate d = date(); d.isValid())
            setText(d.toString(Qt::ISODate));
    });
}

QDate DateField::parse(const QString& text)
{
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = compact.match(t);
    if (!m.hasMatch())
        m = separated.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

bool DateField::isWellFormed() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate from = date().isValid() ? date() : today;
    int days = 0;
    if (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_T:
        setDate(today);
        return;
    case Qt::Key_Up:
        days = 1;
        break;
    case Qt::Key_Down:
        days = -1;
        break;
    case Qt::Key_PageUp:
        days = 7;
        break;
    case Qt::Key_PageDown:
        days = -7;
        break;
    default:
        QLineEdit::keyPressEvent(event);
        return;
    }
    setDate(date().isValid() ? from.addDays(days) : today);
    Q_EMIT textEdited(text()); // a change by the person, as typing would be
}

} // namespace kq::ui
