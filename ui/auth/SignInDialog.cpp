#include "SignInDialog.h"

#include "SignInForm.h"
#include "common/AppSettings.h"
#include "common/Banner.h"
#include "common/StatusColours.h"
#include "common/TabOrder.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

SignInDialog::SignInDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_form(new SignInForm(workspace, this)), m_notice(new Banner(this))
{
    setWindowTitle(tr("Sign in — Kangqiao"));
    setObjectName(QStringLiteral("signInDialog"));
    auto* title = new QLabel(tr("<h2>Kangqiao</h2><p>Community rehabilitation case records</p>"), this);
    auto* where = new QLabel(tr("Database: %1").arg(QFileInfo(workspace.paths().database).fileName()), this);
    where->setToolTip(workspace.paths().database);
    where->setStyleSheet(StatusColours::css(StatusColours::Tone::Secondary, palette()));
    auto* forgot =
        new QLabel(tr("Forgot your password? Ask a supervisor to reset it. If no supervisor can sign "
                      "in, a supervisor can use the recovery key (see the user guide)."),
                   this);
    forgot->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_form);
    layout->addWidget(forgot);
    layout->addWidget(where);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    m_form->setUsername(AppSettings::lastUsername());
    connect(m_form, &SignInForm::signedIn, this, &QDialog::accept);
    connect(m_form, &SignInForm::busyChanged, buttons, &QWidget::setDisabled);
    m_form->focusFirstEmpty();
    tabInLayoutOrder(this);
}

void SignInDialog::showNotice(const QString& text)
{
    m_notice->show(Banner::Kind::Info, text);
}

void SignInDialog::reject()
{
    if (m_form->isBusy())
        return; // let the key check finish; it takes under a second
    QDialog::reject();
}

} // namespace kq::ui
