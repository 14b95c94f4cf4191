#include "AccountDialog.h"

#include "accounts/AccountService.h"
#include "common/Banner.h"
#include "common/BusyTask.h"
#include "common/FormRows.h"
#include "common/NewPasswordFields.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"
#include "crypto/SecureBytes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kq::ui {

AccountDialog::AccountDialog(AccountService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(new NewPasswordFields(this)), m_banner(new Banner(this))
{
    setWindowTitle(tr("New account"));
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_username->setMaxLength(32);
    refuseOverlongInput(m_username);
    m_displayName->setMaxLength(40);
    refuseOverlongInput(m_displayName);
    m_username->setPlaceholderText(tr("e.g. zhang.wei"));
    for (Role r : allRoles())
        m_role->addItem(roleName(r), roleKey(r));
    m_role->setCurrentIndex(m_role->findData(roleKey(Role::CaseManager)));

    auto* form = new QFormLayout;
    addLabelledRow(form, tr("&Username:"), m_username);
    addLabelledRow(form, tr("&Name:"), m_displayName);
    addLabelledRow(form, tr("R&ole:"), m_role);
    connect(m_username, &QLineEdit::textChanged, m_password, &NewPasswordFields::setUsername);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    tabInLayoutOrder(this);
}

void AccountDialog::accept()
{
    m_marks.clear();
    if (std::optional<Error> e = m_password->problem()) {
        m_banner->showError(e->message);
        (e->field == u"confirm-password" ? m_password->confirmEdit() : m_password->passwordEdit())
            ->setFocus();
        return;
    }
    const QString username = m_username->text().trimmed();
    const QString displayName = m_displayName->text();
    const Role role = roleFromKey(m_role->currentData().toString()).value_or(Role::FrontDesk);
    const SecureBytes password = SecureBytes::fromUtf8(m_password->password());
    Result<Account> r =
        runBusy(this, [&] { return m_service.create(username, displayName, role, password); });
    if (!r) {
        // The refusal goes to the banner and onto the field it names, which takes the focus.
        QWidget* field = nullptr;
        if (r.error().field == u"username")
            field = m_username;
        else if (r.error().field == u"display-name")
            field = m_displayName;
        else if (r.error().field == u"password")
            field = m_password->passwordEdit();
        m_marks.refuse(m_banner, r.error().message, field);
        return;
    }
    QDialog::accept();
}

} // namespace kq::ui
