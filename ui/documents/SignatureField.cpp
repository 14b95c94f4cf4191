#include "SignatureField.h"

#include "SignaturePad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

SignatureField::SignatureField(const QString& caption, QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_pad(new SignaturePad(this)),
      m_undo(new QPushButton(tr("Undo"), this)), m_clear(new QPushButton(tr("Clear"), this))
{
    m_caption->setObjectName(QStringLiteral("signatureCaption"));
    m_caption->setTextFormat(Qt::PlainText); // a name is never markup
    m_caption->setBuddy(m_pad);
    m_pad->setObjectName(QStringLiteral("signaturePad"));
    m_pad->setCaptionDrawn(false); // the label above shows it
    m_undo->setObjectName(QStringLiteral("undoSignature"));
    m_undo->setToolTip(tr("Remove the last stroke (Ctrl+Z in the pad)"));
    m_clear->setObjectName(QStringLiteral("clearSignature"));
    m_clear->setToolTip(tr("Remove the whole signature (Delete in the pad)"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_undo);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_pad);
    layout->addLayout(buttons);

    connect(m_undo, &QPushButton::clicked, m_pad, &SignaturePad::undo);
    connect(m_clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, &SignatureField::updateButtons);
    setCaption(caption);
    updateButtons();
}

void SignatureField::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    m_pad->setCaption(caption);
}

void SignatureField::updateButtons()
{
    m_undo->setEnabled(!m_pad->isEmpty());
    m_clear->setEnabled(!m_pad->isEmpty());
}

} // namespace kq::ui
