#include "ChangePasswordDialog.h"

#include "accounts/AccountService.h"
#include "common/Banner.h"
#include "common/BusyTask.h"
#include "common/NewPasswordFields.h"
#include "common/TabOrder.h"
#include "crypto/SecureBytes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kq::ui {

ChangePasswordDialog::ChangePasswordDialog(AccountService& service, const QString& username, QWidget* parent)
    : QDialog(parent), m_service(service), m_current(new QLineEdit(this)),
      m_password(new NewPasswordFields(this)), m_banner(new Banner(this))
{
    setWindowTitle(tr("Change password"));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setMaxLength(256);
    m_password->setUsername(username);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Current password:"), this);
    label->setBuddy(m_current);
    form->addRow(label, m_current);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    tabInLayoutOrder(this);
}

void ChangePasswordDialog::accept()
{
    if (std::optional<Error> e = m_password->problem()) {
        m_banner->showError(e->message);
        return;
    }
    const SecureBytes current = SecureBytes::fromUtf8(m_current->text());
    const SecureBytes replacement = SecureBytes::fromUtf8(m_password->password());
    Result<void> r = runBusy(this, [&] { return m_service.changeOwnPassword(current, replacement); });
    if (!r) {
        m_banner->showError(r.error().message);
        if (r.error().field == u"current-password")
            m_current->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace kq::ui
