#include "FieldMarks.h"

#include "Banner.h"
#include "FormRows.h"

namespace kq::ui {

void FieldMarks::clear()
{
    for (const QPointer<QWidget>& w : std::as_const(m_marked))
        if (w)
            markInvalid(w, false);
    m_marked.clear();
}

void FieldMarks::refuse(Banner* banner, const QString& message, QWidget* field)
{
    banner->showError(message);
    if (!field)
        return;
    markInvalid(field, true, message);
    m_marked << field;
    field->setFocus();
}

} // namespace kq::ui
