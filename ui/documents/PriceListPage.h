#pragma once

#include "documents/PriceItem.h"
#include "shell/WorkspacePage.h"

class QPushButton;
class QTableWidget;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;
class DateField;

// The centre's price list (价目表) as in force on a chosen day. Everyone who works with clients
// reads it; those who manage templates add items, change prices and withdraw items. Prints the
// public price list (收费标准公示) or saves it as a PDF.
class PriceListPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit PriceListPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Price list"); }
    void reload() override;
    void clearData() override;

    // The public price list for the chosen day as a PDF at `path`; false when it cannot be written.
    bool savePdf(const QString& path);

private:
    void showList();
    void updateButtons();
    void openDialog(int mode);
    QString documentHtml();
    void print();
    void askAndSavePdf();
    QDate today() const;

    Workspace& m_workspace;
    Banner* m_banner;
    DateField* m_day;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_withdraw;
    QList<PriceItem> m_items; // the rows shown, in table order
};

} // namespace kq::ui
