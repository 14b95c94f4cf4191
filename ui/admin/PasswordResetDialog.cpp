#include "PasswordResetDialog.h"

#include "accounts/AccountService.h"
#include "common/Banner.h"
#include "common/BusyTask.h"
#include "common/NewPasswordFields.h"
#include "common/TabOrder.h"
#include "crypto/SecureBytes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kq::ui {

PasswordResetDialog::PasswordResetDialog(AccountService& service, const QString& username,
                                         const QString& displayName, QWidget* parent)
    : QDialog(parent), m_service(service), m_username(username), m_password(new NewPasswordFields(this)),
      m_banner(new Banner(this))
{
    setWindowTitle(tr("Reset password"));
    m_password->setUsername(username);
    auto* intro = new QLabel(tr("Set a new password for %1 (%2). Give it to them in person; they should "
                                "change it after signing in.")
                                 .arg(displayName, username),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordResetDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    tabInLayoutOrder(this);
}

void PasswordResetDialog::accept()
{
    if (std::optional<Error> e = m_password->problem()) {
        m_banner->showError(e->message);
        return;
    }
    const SecureBytes password = SecureBytes::fromUtf8(m_password->password());
    Result<void> r = runBusy(this, [&] { return m_service.resetPassword(m_username, password); });
    if (!r) {
        m_banner->showError(r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace kq::ui
