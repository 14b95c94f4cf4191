#include "ClientDialog.h"

#include "ClientEditWidget.h"
#include "accounts/AccountRepository.h"
#include "clients/ClientRepository.h"
#include "clients/ClientValidator.h"
#include "common/Banner.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/Clock.h"
#include "lifecycle/ApplicationEditWidget.h"
#include "lifecycle/LifecycleService.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
QStringList caseManagerNames(Workspace& workspace)
{
    QStringList names;
    for (const Account& a : AccountRepository(workspace.journal()).list())
        if (a.active && roleAllows(a.role, Permission::EditClinicalRecords))
            names << a.username;
    return names;
}
} // namespace

ClientDialog::ClientDialog(Workspace& workspace, const ClientRecord& record, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_form(new ClientEditWidget(workspace.actor(), caseManagerNames(workspace), this)),
      m_banner(new Banner(this)), m_openExisting(new QPushButton(tr("Open the e&xisting record"), this)),
      m_creating(record.id.isEmpty())
{
    setObjectName(QStringLiteral("clientDialog"));
    setWindowTitle(m_creating ? tr("Register a client") : tr("Edit client – %1").arg(record.name));
    m_form->setRecord(record);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_openExisting->setVisible(false);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        Q_EMIT openExistingRequested(m_existingId);
        reject();
    });

    auto* scroll = new QScrollArea(this);
    // Tab goes straight to the fields inside, and the area scrolls to show the one with the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    // A new client arrives with an application: the way in opens the case (LifecycleService::apply).
    QWidget* content = m_form;
    if (m_creating) {
        content = new QWidget(this);
        auto* box = new QGroupBox(tr("Application"), content);
        m_application = new ApplicationEditWidget(workspace.clock().now().toLocalTime().date(), box);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(m_application);
        auto* contentLayout = new QVBoxLayout(content);
        contentLayout->setContentsMargins(0, 0, 0, 0);
        contentLayout->addWidget(box);
        contentLayout->addWidget(m_form);
    }
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_openExisting, 0, Qt::AlignLeft);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Tall enough for the identity section without scrolling, never taller than the screen.
    resizeWithinScreen(this, QSize(760, 780));
    tabInLayoutOrder(this);
}

void ClientDialog::accept()
{
    m_openExisting->setVisible(false);
    ClientRecord record = m_form->record();
    QList<Error> errors = m_form->problems();
    ClientRecord checked = record;
    const QDate today = m_workspace.clock().now().toLocalTime().date();
    errors.append(ClientValidator::normalise(checked, today).errors);
    Application application;
    Error applicationError;
    if (m_application) {
        application = m_application->application();
        if (const QString problem = m_application->problem(); !problem.isEmpty())
            applicationError = Error{problem, QStringLiteral("applied-on")};
        else if (Result<void> valid = application.validate(today); !valid)
            applicationError = valid.error();
        m_application->showError(applicationError);
        if (!applicationError.message.isEmpty())
            errors.prepend(applicationError);
    }
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const Error& e : errors) {
            const QString label = m_form->fieldLabel(e.field);
            lines << (label.isEmpty() || e.message.startsWith(label) ? e.message
                                                                     : tr("%1: %2").arg(label, e.message));
        }
        m_banner->showError(tr("Please correct:") + u'\n' + lines.join(u'\n'));
        m_form->showErrors(errors);
        if (!applicationError.message.isEmpty())
            m_application->showError(applicationError); // the first problem keeps the focus
        return;
    }
    m_form->showErrors({});

    ClientRepository clients(m_workspace.journal());
    const QList<PossibleDuplicate> similar = clients.possibleDuplicates(checked);
    if (!similar.isEmpty()) {
        QStringList lines;
        for (const PossibleDuplicate& d : similar)
            lines << tr("%1 (%2)").arg(d.name, d.reason);
        const auto answer = QMessageBox::question(
            this, tr("Possible duplicate"),
            tr("These clients look similar:\n%1\n\nSave anyway?").arg(lines.join(u'\n')),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
    }

    Result<ClientRepository::Saved> saved =
        m_creating ? LifecycleService(m_workspace.journal()).apply(m_workspace.actor(), record, application)
                   : clients.update(m_workspace.actor(), record);
    if (!saved) {
        m_banner->showError(saved.error().message);
        m_form->showErrors({saved.error()});
        if (m_application)
            m_application->showError(saved.error());
        if (saved.error().code == ClientRepository::DuplicateIdNumber) {
            m_existingId = clients.findByIdNumber(checked.idNumber).value_or(QString());
            m_openExisting->setVisible(!m_existingId.isEmpty());
        }
        return;
    }
    m_savedId = saved.value().id;
    if (!saved.value().notices.isEmpty())
        QMessageBox::information(this, tr("Saved"), saved.value().notices.join(u'\n'));
    QDialog::accept();
}

} // namespace kq::ui
