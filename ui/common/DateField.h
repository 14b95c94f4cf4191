#pragma once

#include <QDate>
#include <QLineEdit>

namespace kq::ui {

// A date typed quickly: 1990-05-17, 19900517, 1990/5/17 or 1990.5.17; empty means "not set".
// date() is invalid when the text is empty or not a date (isWellFormed() tells which).
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    QDate date() const;
    void setDate(const QDate& date);
    bool isWellFormed() const; // empty or a real date

    static QDate parse(const QString& text);
};

} // namespace kq::ui
