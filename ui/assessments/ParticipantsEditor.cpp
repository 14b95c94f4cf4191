#include "ParticipantsEditor.h"

#include "assessments/AssessmentVocabulary.h"
#include "common/OverlongInput.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kq::ui {

namespace {
// Columns of a row.
enum { RoleLabel, Role, NameLabel, Name };
} // namespace

ParticipantsEditor::ParticipantsEditor(QWidget* parent)
    : RowsEditor(tr("Add &participant"), QStringLiteral("addParticipant"), parent)
{
    setColumnStretch(Name, 1);
    connect(addButton(), &QPushButton::clicked, this, &ParticipantsEditor::addParticipant);
}

void ParticipantsEditor::setParticipants(const QList<Assessment::Participant>& participants)
{
    clearRows();
    for (const Assessment::Participant& p : participants)
        addRow(p);
}

void ParticipantsEditor::addParticipant()
{
    addRow({QStringLiteral("other"), {}});
    focusOf(row(rowCount()))->setFocus();
}

void ParticipantsEditor::addRow(const Assessment::Participant& p)
{
    auto* role = new QComboBox(this);
    for (const QString& key : AssessmentVocabulary::participantRoles())
        role->addItem(AssessmentVocabulary::participantRoleName(key), key);
    role->setCurrentIndex(std::max(0, role->findData(p.role)));
    auto* name = new QLineEdit(p.name, this);
    name->setMaxLength(Assessment::kMaxNameLength);
    refuseOverlongInput(name);
    name->setPlaceholderText(tr("Did not take part"));
    name->setToolTip(tr("Leave the name empty when no one of this discipline took part."));
    auto* roleLabel = new QLabel(this);
    roleLabel->setBuddy(role);
    auto* nameLabel = new QLabel(tr("Name:"), this);
    nameLabel->setBuddy(name);
    appendRow({roleLabel, role, nameLabel, name});
}

void ParticipantsEditor::number(int row, const QList<QWidget*>& widgets, QPushButton* remove)
{
    static_cast<QLabel*>(widgets[RoleLabel])->setText(tr("Participant %1:").arg(row));
    widgets[Role]->setObjectName(QStringLiteral("participant%1Role").arg(row));
    widgets[Name]->setObjectName(QStringLiteral("participant%1Name").arg(row));
    remove->setObjectName(QStringLiteral("removeParticipant%1").arg(row));
    remove->setAccessibleName(tr("Remove participant %1").arg(row));
}

QWidget* ParticipantsEditor::focusOf(const QList<QWidget*>& widgets) const
{
    return widgets.value(Role);
}

QList<Assessment::Participant> ParticipantsEditor::participants(QList<int>* rows) const
{
    QList<Assessment::Participant> out;
    for (int r = 1; r <= rowCount(); ++r) {
        const QList<QWidget*> widgets = row(r);
        const QString name = static_cast<QLineEdit*>(widgets[Name])->text();
        if (name.trimmed().isEmpty())
            continue;
        out.append({static_cast<QComboBox*>(widgets[Role])->currentData().toString(), name});
        if (rows)
            rows->append(r);
    }
    return out;
}

QWidget* ParticipantsEditor::field(int r, const QString& part) const
{
    const QList<QWidget*> widgets = row(r);
    if (widgets.isEmpty())
        return nullptr;
    if (part == u"role")
        return widgets[Role];
    if (part == u"name")
        return widgets[Name];
    return nullptr;
}

} // namespace kq::ui
