#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kq::ui {

class SignaturePad;

// A signature pad with its caption above and Undo / Clear buttons below, ready to drop into a
// form that needs a client's, guardian's or staff member's signature.
class SignatureField : public QWidget {
    Q_OBJECT
public:
    explicit SignatureField(const QString& caption = {}, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    SignaturePad* pad() const { return m_pad; }

private:
    void updateButtons();

    QLabel* m_caption;
    SignaturePad* m_pad;
    QPushButton* m_undo;
    QPushButton* m_clear;
};

} // namespace kq::ui
