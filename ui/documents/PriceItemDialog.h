#pragma once

#include "documents/PriceItem.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;

// Adds a price list item, changes an item's price from a date, or withdraws an item. Saves on
// accept and stays open with the reason and the field marked when the repository refuses.
class PriceItemDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, ChangePrice, Withdraw };

    // `current` is the row in force that the change or withdrawal applies to (unused for Add);
    // `today` is the default start.
    PriceItemDialog(Workspace& workspace, Mode mode, const PriceItem& current, const QDate& today,
                    QWidget* parent = nullptr);

    void accept() override;

private:
    void showError(const QString& message, const QString& field);

    Workspace& m_workspace;
    Mode m_mode;
    PriceItem m_current;
    Banner* m_banner;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_price = nullptr;
    DateField* m_date;
    QComboBox* m_content = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace kq::ui
