#include "SignInForm.h"

#include "common/AppSettings.h"
#include "common/Banner.h"
#include "crypto/SecureBytes.h"
#include "store/Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace kq::ui {

// The result of the slow half of signing in, carried from the worker thread.
struct SignInForm::Pending {
    QString username;
    std::optional<Result<std::vector<UnsealedKey>>> keys;
};

SignInForm::SignInForm(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_who(new QLabel(this)), m_banner(new Banner(this)),
      m_busy(new QProgressBar(this)), m_submit(new QPushButton(tr("&Sign in"), this))
{
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_submit->setObjectName(QStringLiteral("signIn"));
    m_username->setMaxLength(32);
    m_password->setMaxLength(256);
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_submit->setDefault(true);
    m_who->setVisible(false);
    m_who->setTextFormat(Qt::PlainText); // a name is text, never markup
    m_busy->setRange(0, 0);              // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the password"));
    m_busy->setVisible(false);

    auto* form = new QFormLayout;
    auto* userLabel = new QLabel(tr("&Username:"), this);
    userLabel->setBuddy(m_username);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_username);
    form->addRow(passwordLabel, m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_submit, 0, Qt::AlignRight);

    connect(m_submit, &QPushButton::clicked, this, &SignInForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &SignInForm::finish);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInForm::updateBackoff);
    updateBackoff();
}

SignInForm::~SignInForm()
{
    m_watcher.waitForFinished();
}

void SignInForm::setLockedUser(const QString& username, const QString& displayName)
{
    m_username->setText(username);
    m_username->setReadOnly(true);
    m_who->setText(tr("Kangqiao is locked. %1, enter your password to continue.").arg(displayName));
    m_who->setVisible(true);
    m_submit->setText(tr("Un&lock"));
    m_password->clear();
    m_banner->show(Banner::Kind::Info, {});
}

void SignInForm::setUsername(const QString& username)
{
    m_username->setText(username);
}

void SignInForm::focusFirstEmpty()
{
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

bool SignInForm::isBusy() const
{
    // Busy until finish() has handled the result, not merely until the worker returns.
    return m_pending != nullptr;
}

void SignInForm::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    Q_EMIT busyChanged(busy);
}

void SignInForm::updateBackoff()
{
    if (std::optional<Error> wait = m_workspace.backoffError()) {
        m_banner->showError(wait->message);
        m_submit->setEnabled(false);
        if (!m_countdown.isActive())
            m_countdown.start();
        return;
    }
    if (m_countdown.isActive()) {
        m_countdown.stop();
        m_banner->show(Banner::Kind::Info, tr("You can try again now."));
    }
    if (!isBusy())
        m_submit->setEnabled(true);
}

void SignInForm::submit()
{
    if (isBusy())
        return;
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_banner->showError(tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_banner->showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (std::optional<Error> wait = m_workspace.backoffError()) {
        updateBackoff();
        return;
    }
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_password->text()));
    m_password->clear();
    m_pending = std::make_unique<Pending>();
    m_pending->username = username;
    m_banner->show(Banner::Kind::Info, tr("Checking the password…"));
    setBusy(true);
    Pending* pending = m_pending.get();
    const StorePaths paths = m_workspace.paths();
    m_watcher.setFuture(QtConcurrent::run([pending, paths, secret] {
        pending->keys.emplace(Workspace::unsealKeys(paths, pending->username, *secret));
    }));
}

void SignInForm::finish()
{
    std::unique_ptr<Pending> pending = std::move(m_pending);
    setBusy(false);
    if (!pending || !pending->keys)
        return;
    Result<void> r = m_workspace.open(pending->username, std::move(*pending->keys));
    if (!r) {
        m_banner->showError(r.error().message);
        m_password->setFocus();
        updateBackoff();
        return;
    }
    AppSettings::setLastUsername(pending->username);
    m_banner->show(Banner::Kind::Info, {});
    Q_EMIT signedIn();
}

} // namespace kq::ui
