#pragma once

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;

// The centre's public holidays and adjusted working days (调休), which the registration and
// referral deadlines count with. A holiday week is entered as one range.
class HolidayCalendarEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit HolidayCalendarEditor(Workspace& workspace, Banner* banner, QWidget* parent = nullptr);

    void reload();
    void clearData();

private:
    void add();
    void removeSelected();

    Workspace& m_workspace;
    Banner* m_banner;
    QTableWidget* m_days;
    DateField* m_from;
    DateField* m_to;
    QComboBox* m_kind;
    QLineEdit* m_name;
};

} // namespace kq::ui
