#include "GuardiansEditor.h"

#include "clients/ClientVocabulary.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kq::ui {

struct GuardiansEditor::Row {
    QGroupBox* box = nullptr;
    QString id;
    QLineEdit* name = nullptr;
    QComboBox* relation = nullptr;
    QLineEdit* phone = nullptr;
    QLineEdit* address = nullptr;
    QCheckBox* legal = nullptr;
    QCheckBox* signing = nullptr;
};

GuardiansEditor::GuardiansEditor(QWidget* parent) : QWidget(parent), m_rows(new QVBoxLayout)
{
    auto* add = new QPushButton(tr("Add g&uardian"), this);
    add->setObjectName(QStringLiteral("addGuardian"));
    m_add = add;
    connect(add, &QPushButton::clicked, this, &GuardiansEditor::addGuardian);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

GuardiansEditor::~GuardiansEditor()
{
    qDeleteAll(m_rowList); // the widgets go with their parent; the bookkeeping goes here
}

void GuardiansEditor::setGuardians(const QList<Guardian>& guardians)
{
    for (Row* r : std::as_const(m_rowList)) {
        r->box->deleteLater();
        delete r;
    }
    m_rowList.clear();
    for (const Guardian& g : guardians)
        addRow(g);
}

void GuardiansEditor::addGuardian()
{
    addRow(Guardian{});
    m_rowList.last()->name->setFocus();
}

void GuardiansEditor::addRow(const Guardian& g)
{
    auto* row = new Row;
    const int n = int(m_rowList.size()) + 1;
    row->box = new QGroupBox(tr("Guardian %1").arg(n), this);
    row->id = g.id;
    row->name = new QLineEdit(g.name, row->box);
    row->relation = new QComboBox(row->box);
    row->phone = new QLineEdit(g.phone, row->box);
    row->address = new QLineEdit(g.address, row->box);
    row->legal = new QCheckBox(tr("Legal guardian"), row->box);
    row->signing = new QCheckBox(tr("Signs with the client"), row->box);
    row->name->setObjectName(QStringLiteral("guardian%1Name").arg(n));
    row->relation->setObjectName(QStringLiteral("guardian%1Relation").arg(n));
    row->phone->setObjectName(QStringLiteral("guardian%1Phone").arg(n));
    row->name->setMaxLength(40);
    refuseOverlongInput(row->name);
    row->phone->setMaxLength(24);
    refuseOverlongInput(row->phone);
    row->address->setMaxLength(200);
    refuseOverlongInput(row->address);
    row->relation->addItem(tr("(choose)"), QString());
    for (const QString& key : ClientVocabulary::relationKeys())
        row->relation->addItem(ClientVocabulary::relationName(key), key);
    row->relation->setCurrentIndex(std::max(0, row->relation->findData(g.relation)));
    row->legal->setChecked(g.legalGuardian);
    row->signing->setChecked(g.signingContact);
    // Only one guardian signs with the client.
    connect(row->signing, &QCheckBox::toggled, this, [this, row](bool on) {
        if (!on)
            return;
        for (Row* other : std::as_const(m_rowList))
            if (other != row)
                other->signing->setChecked(false);
    });
    auto* remove = new QPushButton(tr("Remove"), row->box);
    QWidget* box = row->box;
    connect(remove, &QPushButton::clicked, this, [this, box] { removeRow(box); });

    auto* form = new QFormLayout(row->box);
    addLabelledRow(form, tr("Name:"), row->name);
    addLabelledRow(form, tr("Relation:"), row->relation);
    addLabelledRow(form, tr("Phone:"), row->phone);
    addLabelledRow(form, tr("Address:"), row->address);
    auto* flags = new QHBoxLayout;
    flags->addWidget(row->legal);
    flags->addWidget(row->signing);
    flags->addStretch();
    flags->addWidget(remove);
    form->addRow(flags);
    m_rows->addWidget(row->box);
    m_rowList.append(row);
}

void GuardiansEditor::removeRow(QWidget* box)
{
    for (qsizetype i = 0; i < m_rowList.size(); ++i) {
        if (m_rowList[i]->box == box) {
            box->deleteLater();
            delete m_rowList.takeAt(i);
            break;
        }
    }
    // Titles and names follow the position, which is also how validation errors name a row.
    for (qsizetype i = 0; i < m_rowList.size(); ++i) {
        Row* r = m_rowList[i];
        const int n = int(i) + 1;
        r->box->setTitle(tr("Guardian %1").arg(n));
        r->name->setObjectName(QStringLiteral("guardian%1Name").arg(n));
        r->relation->setObjectName(QStringLiteral("guardian%1Relation").arg(n));
        r->phone->setObjectName(QStringLiteral("guardian%1Phone").arg(n));
    }
}

QList<Guardian> GuardiansEditor::guardians() const
{
    QList<Guardian> out;
    for (const Row* r : m_rowList)
        out.append({r->id, r->name->text(), r->relation->currentData().toString(), r->phone->text(),
                    r->address->text(), r->legal->isChecked(), r->signing->isChecked()});
    return out;
}

QWidget* GuardiansEditor::fieldWidget(const QString& field) const
{
    // "guardian-<n>-<part>"
    const QStringList parts = field.split(u'-');
    if (parts.size() != 3 || parts[0] != u"guardian")
        return nullptr;
    const int n = parts[1].toInt();
    if (n < 1 || n > m_rowList.size())
        return nullptr;
    const Row* r = m_rowList[n - 1];
    if (parts[2] == u"name")
        return r->name;
    if (parts[2] == u"relation")
        return r->relation;
    if (parts[2] == u"phone")
        return r->phone;
    if (parts[2] == u"address")
        return r->address;
    return nullptr;
}

} // namespace kq::ui
