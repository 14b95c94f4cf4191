#pragma once

#include "scales/ScaleDefinition.h"
#include "scales/ScaleScore.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace kq::ui {

// One assessment scale filled in: each item a labelled list of its options, and a live line with
// the total, the band and what is flagged, scored by the same rules the record is saved with.
class ScaleForm : public QWidget {
    Q_OBJECT
public:
    explicit ScaleForm(ScaleDefinition scale, QWidget* parent = nullptr);

    const ScaleDefinition& scale() const { return m_scale; }
    ScaleAnswers answers() const;
    void setAnswers(const ScaleAnswers& answers);
    bool isComplete() const;
    bool hasAnswers() const { return !answers().isEmpty(); }
    // The live result line as shown.
    QString summary() const;
    // The list of an item's options, or nullptr.
    QComboBox* itemField(const QString& itemId) const;
    // The first item not answered yet, else the first item.
    QComboBox* firstOpenField() const;

Q_SIGNALS:
    void changed();

private:
    void rescore();

    ScaleDefinition m_scale;
    QList<QComboBox*> m_fields; // in item order
    QLabel* m_result;
};

} // namespace kq::ui
