#pragma once

#include "RowsEditor.h"
#include "assessments/Plan.h"
#include "services/ServiceCatalogue.h"

namespace kq::ui {

// The services of a plan: per row the content (服务内容), the form (服务形式) from the centre's
// catalogue, and how often ("每周2次").
class ServicesEditor : public RowsEditor {
    Q_OBJECT
public:
    explicit ServicesEditor(ServiceCatalogue catalogue, QWidget* parent = nullptr);

    void setServices(const QList<Plan::Service>& services);
    // Every row, in order, blank ones too: the model skips those and numbers errors by row.
    QList<Plan::Service> services() const;
    // The widget of row `row` (from 1): "content", "form" or "frequency"; nullptr when none.
    QWidget* field(int row, const QString& part) const;

public Q_SLOTS:
    void addService();

protected:
    void number(int row, const QList<QWidget*>& widgets, QPushButton* remove) override;
    QWidget* focusOf(const QList<QWidget*>& widgets) const override;

private:
    void addRow(const Plan::Service& s);

    ServiceCatalogue m_catalogue;
};

} // namespace kq::ui
