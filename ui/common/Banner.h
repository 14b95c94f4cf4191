#pragma once

#include <QColor>
#include <QLabel>

namespace kq::ui {

// An inline, non-modal message strip (information, success or error) above a form or list.
// The kind is said in words as well as colour.
class Banner : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Error };
    explicit Banner(QWidget* parent = nullptr);

    // Each kind brings its own background with its text colour, so it reads the same in any
    // desktop theme (a dark or high-contrast one too).
    struct Colours {
        QColor background, text, border;
    };
    static Colours colours(Kind kind);

    void show(Kind kind, const QString& text);
    void showError(const QString& text) { show(Kind::Error, text); }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

} // namespace kq::ui
