#include "OverlongInput.h"

#include "FormRows.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTimer>

#include <memory>

namespace kq::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OverlongInput)
};
const char* const kGuarded = "kqOverlongInputGuarded";
} // namespace

void refuseOverlongInput(QLineEdit* edit)
{
    if (edit->property(kGuarded).toBool())
        return;
    edit->setProperty(kGuarded, true);
    // The text before the edit that overflowed: inputRejected comes before textChanged.
    auto held = std::make_shared<QString>(edit->text());
    auto marked = std::make_shared<bool>(false);
    QObject::connect(edit, &QLineEdit::textChanged, edit, [held](const QString& text) { *held = text; });
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit, marked] {
        if (*marked) {
            markInvalid(edit, false);
            *marked = false;
        }
    });
    QObject::connect(edit, &QLineEdit::inputRejected, edit, [edit, held, marked] {
        // A mask or a validator rejects keys for reasons of its own; only a full field overflowed.
        if (!edit->inputMask().isEmpty() || edit->validator() || edit->text().size() < edit->maxLength())
            return;
        const QString before = *held;
        // After the line edit has finished inserting what fitted: then put back what it held.
        QTimer::singleShot(0, edit, [edit, before, marked] {
            if (edit->text() != before)
                edit->setText(before);
            markInvalid(edit, true,
                        Tr::tr("At most %n characters fit in this field; what did not fit was not taken.",
                               nullptr, edit->maxLength()));
            *marked = true;
        });
    });
}

} // namespace kq::ui
