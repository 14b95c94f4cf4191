#include "GoalsEditor.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace kq::ui {

GoalsEditor::GoalsEditor(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("Add &goal"), this)),
      m_edit(new QPushButton(tr("&Edit goal"), this)), m_remove(new QPushButton(tr("Remove goa&l"), this))
{
    m_list->setObjectName(QStringLiteral("goals"));
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_add->setObjectName(QStringLiteral("addGoal"));
    m_edit->setObjectName(QStringLiteral("editGoal"));
    m_remove->setObjectName(QStringLiteral("removeGoal"));
    m_edit->setToolTip(tr("Or press F2 in the list"));
    m_remove->setToolTip(tr("Or press Delete in the list"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &GoalsEditor::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsEditor::editGoal);
    connect(m_remove, &QPushButton::clicked, this, &GoalsEditor::removeGoal);
    auto* del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &GoalsEditor::removeGoal);
    // A goal left empty (a new line abandoned with Esc, or its text deleted) is no goal. Later,
    // because the editor is still closing when the signal comes.
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this] { QTimer::singleShot(0, this, &GoalsEditor::dropBlankGoals); });
    connect(m_list, &QListWidget::currentRowChanged, this, &GoalsEditor::updateButtons);
    updateButtons();
}

void GoalsEditor::setGoals(const QList<Plan::Goal>& goals)
{
    m_list->clear();
    for (const Plan::Goal& g : goals) {
        auto* item = new QListWidgetItem(g.text, m_list);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QList<Plan::Goal> GoalsEditor::goals() const
{
    QList<Plan::Goal> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append({m_list->item(i)->data(Qt::UserRole).toString(), m_list->item(i)->text()});
    return out;
}

QWidget* GoalsEditor::selectGoal(int n)
{
    if (n >= 1 && n <= m_list->count())
        m_list->setCurrentRow(n - 1);
    return m_list;
}

void GoalsEditor::addGoal()
{
    auto* item = new QListWidgetItem(m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->setFocus();
    m_list->editItem(item);
    updateButtons();
}

void GoalsEditor::editGoal()
{
    if (QListWidgetItem* item = m_list->currentItem()) {
        m_list->setFocus();
        m_list->editItem(item);
    }
}

void GoalsEditor::removeGoal()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_list->setFocus();
    updateButtons();
}

void GoalsEditor::dropBlankGoals()
{
    for (int i = m_list->count() - 1; i >= 0; --i)
        if (m_list->item(i)->text().trimmed().isEmpty() && !m_list->indexWidget(m_list->model()->index(i, 0)))
            delete m_list->takeItem(i); // not one being typed into right now
    updateButtons();
}

void GoalsEditor::updateButtons()
{
    const bool selected = m_list->currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_add->setEnabled(m_list->count() < Plan::kMaxGoals);
}

} // namespace kq::ui
