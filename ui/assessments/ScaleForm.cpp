#include "ScaleForm.h"

#include "ScaleResultText.h"
#include "common/StatusColours.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kq::ui {

ScaleForm::ScaleForm(ScaleDefinition scale, QWidget* parent)
    : QWidget(parent), m_scale(std::move(scale)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("scale-") + m_scale.id);
    auto* layout = new QVBoxLayout(this);
    if (const QString description = m_scale.description.text(); !description.isEmpty()) {
        auto* about = new QLabel(description, this);
        about->setWordWrap(true);
        about->setObjectName(QStringLiteral("scaleDescription"));
        layout->addWidget(about);
    }

    // A grid rather than a form layout: long item texts wrap and the row grows with them.
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    for (qsizetype i = 0; i < m_scale.items.size(); ++i) {
        const ScaleItem& item = m_scale.items[i];
        auto* field = new QComboBox(this);
        field->setObjectName(QStringLiteral("item-") + item.id);
        field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field->setMinimumContentsLength(16);
        field->addItem(tr("(not answered)"), QVariant());
        // The value goes with the words: assessors rate on paper by number and check the total.
        for (const ScaleOption& o : item.options)
            field->addItem(tr("%1 – %2").arg(o.value).arg(o.label.text()), o.value);
        auto* label = new QLabel(tr("%1. %2:").arg(i + 1).arg(item.text.text()), this);
        label->setBuddy(field);
        label->setWordWrap(true);
        if (const QString hint = item.hint.text(); !hint.isEmpty()) {
            label->setToolTip(hint);
            field->setToolTip(hint);
            field->setAccessibleDescription(hint);
        }
        connect(field, &QComboBox::currentIndexChanged, this, [this] {
            rescore();
            Q_EMIT changed();
        });
        grid->addWidget(label, int(i), 0);
        grid->addWidget(field, int(i), 1);
        m_fields.append(field);
    }
    layout->addLayout(grid);

    m_result->setObjectName(QStringLiteral("scaleResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    if (const QString source = m_scale.source.text(); !source.isEmpty()) {
        auto* cite = new QLabel(tr("Source: %1").arg(source), this);
        cite->setWordWrap(true);
        cite->setStyleSheet(StatusColours::css(StatusColours::Tone::Secondary, palette()));
        layout->addWidget(cite);
    }
    layout->addStretch();
    rescore();
}

ScaleAnswers ScaleForm::answers() const
{
    ScaleAnswers out;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (const QVariant v = m_fields[i]->currentData(); v.isValid())
            out.insert(m_scale.items[i].id, v.toInt());
    return out;
}

void ScaleForm::setAnswers(const ScaleAnswers& answers)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const auto it = answers.constFind(m_scale.items[i].id);
        m_fields[i]->setCurrentIndex(it == answers.cend() ? 0 : std::max(0, m_fields[i]->findData(*it)));
    }
    rescore();
}

bool ScaleForm::isComplete() const
{
    return answers().size() == m_scale.items.size();
}

QString ScaleForm::summary() const
{
    return m_result->text();
}

QComboBox* ScaleForm::itemField(const QString& itemId) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_scale.items[i].id == itemId)
            return m_fields[i];
    return nullptr;
}

QComboBox* ScaleForm::firstOpenField() const
{
    for (QComboBox* f : m_fields)
        if (!f->currentData().isValid())
            return f;
    return m_fields.isEmpty() ? nullptr : m_fields.first();
}

void ScaleForm::rescore()
{
    const Result<ScaleResult> r = score(m_scale, answers());
    if (!r) {
        // The lists offer only the scale's own options, so this is a broken definition.
        m_result->setText(r.error().message);
        return;
    }
    m_result->setText(ScaleResultText::line(m_scale, r.value()));
    // The words say it; the colour only repeats it.
    m_result->setStyleSheet(
        QStringLiteral("font-weight:bold;") +
        (r.value().flagged ? StatusColours::css(StatusColours::Tone::Warning, palette()) : QString()));
    m_result->setAccessibleName(m_result->text());
}

} // namespace kq::ui
