#include "EnrolDialog.h"

#include "SyncSession.h"
#include "common/Banner.h"
#include "common/FormRows.h"
#include "common/OverlongInput.h"
#include "common/TabOrder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace kq::ui {

EnrolDialog::EnrolDialog(SyncSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_banner(new Banner(this)), m_server(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_centreCode(new QLineEdit(this)), m_code(new QLineEdit(this)), m_deviceName(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Connect to the platform"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://platform.example.cn:8443"));
    m_caFile->setObjectName(QStringLiteral("ca"));
    m_centreCode->setObjectName(QStringLiteral("centre-code"));
    m_centreCode->setMaxLength(64);
    refuseOverlongInput(m_centreCode);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(64);
    refuseOverlongInput(m_code);
    m_deviceName->setObjectName(QStringLiteral("device-name"));
    m_deviceName->setMaxLength(128);
    refuseOverlongInput(m_deviceName);
    m_deviceName->setText(QSysInfo::machineHostName());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    auto* form = new QFormLayout;
    addLabelledRow(form, tr("Platform &address:"), m_server);
    auto* caLabel = new QLabel(tr("CA certi&ficate file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    addLabelledRow(form, tr("Centre c&ode:"), m_centreCode);
    addLabelledRow(form, tr("&Enrolment code:"), m_code);
    addLabelledRow(form, tr("This &workstation's name:"), m_deviceName);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_banner->show(Banner::Kind::Info, tr("Ask the platform operator for the centre's code and a one-time "
                                          "enrolment code. Only the CA named here is trusted."));
    connect(m_browse, &QPushButton::clicked, this, &EnrolDialog::chooseCa);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_server, m_caFile);
    setTabOrder(m_caFile, m_browse);
    setTabOrder(m_browse, m_centreCode);
    setTabOrder(m_centreCode, m_code);
    setTabOrder(m_code, m_deviceName);
    m_server->setFocus();
    tabInLayoutOrder(this);
}

void EnrolDialog::chooseCa()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), QDir::homePath(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

QWidget* EnrolDialog::fieldNamed(const QString& name) const
{
    for (QWidget* w : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_caFile),
                       static_cast<QWidget*>(m_centreCode), static_cast<QWidget*>(m_code),
                       static_cast<QWidget*>(m_deviceName)})
        if (w->objectName() == name)
            return w;
    return nullptr;
}

void EnrolDialog::submit()
{
    m_marks.clear();
    QByteArray ca;
    const QString caPath = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (!caPath.isEmpty()) {
        QFile f(caPath);
        if (!f.open(QIODevice::ReadOnly) || f.size() > qint64{1024} * 1024) {
            m_marks.refuse(m_banner, tr("The CA certificate file cannot be read."), m_caFile);
            return;
        }
        ca = f.readAll();
    }
    const sync::PlatformEnrolment::Request request{QUrl(m_server->text().trimmed(), QUrl::StrictMode), ca,
                                                   m_centreCode->text(), m_code->text(),
                                                   m_deviceName->text()};
    m_buttons->setEnabled(false);
    m_banner->show(Banner::Kind::Info, tr("Connecting…"));
    const QPointer<EnrolDialog> self(this);
    m_session.enrol(request, [self](Result<void> r) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (r) {
            self->accept();
            return;
        }
        self->m_marks.refuse(self->m_banner, r.error().message, self->fieldNamed(r.error().field));
    });
}

} // namespace kq::ui
