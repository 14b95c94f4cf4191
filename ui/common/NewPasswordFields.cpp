#include "NewPasswordFields.h"

#include "auth/PasswordPolicy.h"
#include "common/StatusColours.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kq::ui {

NewPasswordFields::NewPasswordFields(QWidget* parent)
    : QWidget(parent), m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_hint(new QLabel(this))
{
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    for (QLineEdit* e : {m_password, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(256);
        connect(e, &QLineEdit::textChanged, this, &NewPasswordFields::updateHint);
    }
    m_password->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("Repeat the password"));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto* confirmLabel = new QLabel(tr("&Repeat password:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(passwordLabel, m_password);
    form->addRow(confirmLabel, m_confirm);
    form->addRow(QString(), m_hint);
    updateHint();
}

void NewPasswordFields::setUsername(const QString& username)
{
    m_username = username;
    updateHint();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

std::optional<Error> NewPasswordFields::problem() const
{
    const PasswordStrength s = PasswordPolicy::evaluate(m_password->text(), m_username);
    if (!s.acceptable())
        return Error{s.hint, QStringLiteral("password")};
    if (m_confirm->text() != m_password->text())
        return Error{tr("The two passwords differ."), QStringLiteral("confirm-password")};
    return std::nullopt;
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_confirm->clear();
}

void NewPasswordFields::updateHint()
{
    if (m_password->text().isEmpty()) {
        m_hint->setText(tr("At least %n characters; a short phrase is easy to remember and hard to guess.",
                           nullptr, PasswordPolicy::kMinimumLength));
    } else {
        const PasswordStrength s = PasswordPolicy::evaluate(m_password->text(), m_username);
        // Text carries the meaning; colour only underlines it.
        const QString colour = StatusColours::css(
            s.acceptable() ? StatusColours::Tone::Positive : StatusColours::Tone::Warning, m_hint->palette());
        m_hint->setText(
            QStringLiteral("<span style='%1'><b>%2</b></span> %3")
                .arg(colour, PasswordPolicy::levelName(s.level).toHtmlEscaped(), s.hint.toHtmlEscaped()));
    }
    Q_EMIT changed();
}

} // namespace kq::ui
