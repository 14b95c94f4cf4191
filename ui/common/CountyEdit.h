#pragma once

#include <QLineEdit>

namespace kq::ui {

// A county-level division picked by typing its name (朝阳) or code (1101…) with completion from
// the shipped division table. Shows "110105 北京市朝阳区"; code() is the 6-digit code or empty.
class CountyEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit CountyEdit(QWidget* parent = nullptr);
    QString code() const;
    void setCode(const QString& code);
};

} // namespace kq::ui
