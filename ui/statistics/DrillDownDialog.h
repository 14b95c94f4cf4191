#pragma once

#include <QDialog>

class QListWidget;

namespace kq {
struct Indicator;
class Workspace;
} // namespace kq

namespace kq::ui {

// The clients counted in one figure of the monthly statistics (a drill-down from the table), by
// name with a masked ID number: enough to recognise someone, not to copy their identity out.
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    // `period` is the month's key as the page shows it (2026-11).
    DrillDownDialog(Workspace& workspace, const Indicator& indicator, const QString& period,
                    QWidget* parent = nullptr);

    QStringList shownClients() const;

private:
    QListWidget* m_list;
};

} // namespace kq::ui
