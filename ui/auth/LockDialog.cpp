#include "LockDialog.h"

#include "SignInForm.h"
#include "common/TabOrder.h"

#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kq::ui {

LockDialog::LockDialog(Workspace& workspace, const QString& username, const QString& displayName,
                       QWidget* parent)
    : QDialog(parent), m_form(new SignInForm(workspace, this))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Kangqiao is locked"));
    setWindowModality(Qt::ApplicationModal);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_form->setLockedUser(username, displayName);
    auto* signOut = new QPushButton(tr("Sign &out instead"), this);
    signOut->setObjectName(QStringLiteral("signOut"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(signOut, 0, Qt::AlignRight);
    setMinimumWidth(440);
    connect(m_form, &SignInForm::signedIn, this, &QDialog::accept);
    connect(signOut, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Sign out"),
                                  tr("Sign out? Anything you had not saved before the lock is discarded.")) ==
            QMessageBox::Yes)
            Q_EMIT signOutRequested();
    });
    tabInLayoutOrder(this);
}

} // namespace kq::ui
