#include "RevokeDocumentDialog.h"

#include "common/Banner.h"
#include "common/DateField.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "core/Clock.h"
#include "documents/SignedDocumentRepository.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

RevokeDocumentDialog::RevokeDocumentDialog(Workspace& workspace, const SignedDocument& document,
                                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_documentId(document.id), m_banner(new Banner(this)),
      m_on(new DateField(this)), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke %1").arg(FormTemplate::kindName(document.kind)));
    m_on->setObjectName(QStringLiteral("revokedOn"));
    m_on->setDate(workspace.clock().now().toLocalTime().date());
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setMaxLength(SignedDocument::kMaxReasonLength);
    refuseOverlongInput(m_reason);
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("No longer in force &from:"), m_on);
    addLabelledRow(form, tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmRevoke"));
    ok->setText(tr("Re&voke"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    tabInRowOrder(form);
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeDocumentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RevokeDocumentDialog::accept()
{
    markInvalid(m_on, false);
    markInvalid(m_reason, false);
    const Result<void> r = SignedDocumentRepository(m_workspace.journal())
                               .revoke(m_workspace.actor(), m_documentId, m_on->date(), m_reason->text());
    if (r) {
        QDialog::accept();
        return;
    }
    m_banner->showError(r.error().message);
    if (!r.error().field.isEmpty()) {
        QWidget* field = r.error().field == u"revoked-on" ? static_cast<QWidget*>(m_on) : m_reason;
        markInvalid(field, true, r.error().message);
        field->setFocus();
    }
}

} // namespace kq::ui
