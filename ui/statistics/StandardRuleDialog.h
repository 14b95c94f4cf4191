#pragma once

#include "statistics/StandardServiceRule.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QPushButton;

namespace kq::ui {

// Chooses the components of the standardised-service rule: one checkbox each, at least one.
class StandardRuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit StandardRuleDialog(const StandardServiceRule& current, QWidget* parent = nullptr);
    StandardServiceRule rule() const;

private:
    void updateOk();

    QList<QPair<StandardServiceRule::Component, QCheckBox*>> m_boxes;
    QPushButton* m_ok = nullptr;
};

} // namespace kq::ui
