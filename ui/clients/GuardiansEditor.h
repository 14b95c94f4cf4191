#pragma once

#include "clients/ClientRecord.h"

#include <QWidget>

class QVBoxLayout;

namespace kq::ui {

// Edits a client's guardians: each a small group of fields (name, relation, phone, address, legal
// guardian, signs with the client); add with the button, remove with each group's own button.
class GuardiansEditor : public QWidget {
    Q_OBJECT
public:
    explicit GuardiansEditor(QWidget* parent = nullptr);
    ~GuardiansEditor() override;

    void setGuardians(const QList<Guardian>& guardians);
    QList<Guardian> guardians() const;
    // The widget for a validator field name like "guardian-2-phone", or nullptr.
    QWidget* fieldWidget(const QString& field) const;
    QWidget* addButton() const { return m_add; }

public Q_SLOTS:
    void addGuardian();

private:
    struct Row;
    void addRow(const Guardian& g);
    void removeRow(QWidget* box);

    QVBoxLayout* m_rows;
    QWidget* m_add;
    QList<Row*> m_rowList;
};

} // namespace kq::ui
