#pragma once

#include <QDate>
#include <QLineEdit>

namespace kq::ui {

// A date typed quickly: 1990-05-17, 19900517, 1990/5/17 or 1990.5.17; empty means "not set".
// date() is invalid when the text is empty or not a date (isWellFormed() tells which).
// Shortcuts: T today, Up/Down a day later/earlier, PageUp/PageDown a week.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    QDate date() const;
    void setDate(const QDate& date);
    bool isWellFormed() const; // empty or a real date

    static QDate parse(const QString& text);
    // The day T means and the arrows start from when the field is empty (the workspace clock's
    // date; the system date until set).
    void setToday(const QDate& today) { m_today = today; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QDate m_today;
};

} // namespace kq::ui
