#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace kq::ui {

class Banner;

// The fields a form's last save refused: the message goes to the form's banner, the field named
// by the refusal is outlined with the reason and focused, and the next attempt clears the marks
// first. Nothing typed is touched.
class FieldMarks {
public:
    void clear();
    // `field` may be null when the refusal names no field.
    void refuse(Banner* banner, const QString& message, QWidget* field);

private:
    QList<QPointer<QWidget>> m_marked; // a field may go away while marked (a removed row)
};

} // namespace kq::ui
