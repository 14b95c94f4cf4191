#pragma once

class QLineEdit;

namespace kq::ui {

// A line edit with a maximum length would keep the first characters of a longer paste and drop
// the rest without a word, and the cut text could then be saved (decision 0020). With this, a
// paste or drop that does not fit is refused whole: the field keeps what it held, and is marked
// with its limit until the next edit. Typing past the limit marks it the same way.
void refuseOverlongInput(QLineEdit* edit);

} // namespace kq::ui
