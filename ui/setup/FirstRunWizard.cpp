#include "FirstRunWizard.h"

#include "RecoveryKeySheet.h"
#include "centre/CentreProfile.h"
#include "common/Banner.h"
#include "common/BusyTask.h"
#include "common/FormRows.h"
#include "common/NewPasswordFields.h"
#include "common/OverlongInput.h"
#include "common/WindowSize.h"
#include "crypto/SecureBytes.h"
#include "keys/RecoveryKey.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kq::ui {

class FirstRunWizard::Centre : public QWizardPage {
public:
    explicit Centre(QWidget* parent)
        : QWizardPage(parent), banner(new Banner(this)), code(new QLineEdit(this)), name(new QLineEdit(this)),
          county(new QLineEdit(this))
    {
        setTitle(FirstRunWizard::tr("Your centre"));
        setSubTitle(FirstRunWizard::tr("As registered with the national referral platform."));
        code->setObjectName(QStringLiteral("centreCode"));
        name->setObjectName(QStringLiteral("centreName"));
        county->setObjectName(QStringLiteral("county"));
        code->setMaxLength(32);
        refuseOverlongInput(code);
        name->setMaxLength(100);
        refuseOverlongInput(name);
        county->setMaxLength(6);
        refuseOverlongInput(county);
        code->setPlaceholderText(FirstRunWizard::tr("e.g. BJ-CY-0001"));
        county->setPlaceholderText(FirstRunWizard::tr("6 digits, e.g. 110105"));
        auto* form = new QFormLayout;
        addLabelledRow(form, FirstRunWizard::tr("Centre &code:"), code);
        addLabelledRow(form, FirstRunWizard::tr("Centre na&me:"), name);
        addLabelledRow(form, FirstRunWizard::tr("C&ounty code:"), county);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(banner);
        layout->addLayout(form);
    }

    CentreProfile profile() const
    {
        return {{}, code->text().trimmed(), name->text(), county->text().trimmed()};
    }

    bool validatePage() override
    {
        const Result<void> r = profile().validate();
        if (r)
            return true;
        banner->showError(r.error().message);
        if (r.error().field == u"centre-code")
            code->setFocus();
        else if (r.error().field == u"centre-name")
            name->setFocus();
        else
            county->setFocus();
        return false;
    }

    Banner* banner;
    QLineEdit* code;
    QLineEdit* name;
    QLineEdit* county;
};

class FirstRunWizard::Supervisor : public QWizardPage {
public:
    explicit Supervisor(QWidget* parent)
        : QWizardPage(parent), banner(new Banner(this)), username(new QLineEdit(this)),
          displayName(new QLineEdit(this)), password(new NewPasswordFields(this))
    {
        setTitle(FirstRunWizard::tr("The first supervisor"));
        setSubTitle(
            FirstRunWizard::tr("This account manages the other staff accounts. Choose a password only "
                               "you know; it protects every record on this computer."));
        username->setObjectName(QStringLiteral("username"));
        displayName->setObjectName(QStringLiteral("displayName"));
        username->setMaxLength(32);
        refuseOverlongInput(username);
        displayName->setMaxLength(40);
        refuseOverlongInput(displayName);
        username->setPlaceholderText(FirstRunWizard::tr("e.g. wang.li"));
        auto* form = new QFormLayout;
        addLabelledRow(form, FirstRunWizard::tr("&Username:"), username);
        addLabelledRow(form, FirstRunWizard::tr("&Name:"), displayName);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(banner);
        layout->addLayout(form);
        layout->addWidget(password);
        QObject::connect(username, &QLineEdit::textChanged, password, &NewPasswordFields::setUsername);
    }

    void focus(const QString& field)
    {
        if (field == u"username")
            username->setFocus();
        else if (field == u"display-name")
            displayName->setFocus();
        else if (field == u"confirm-password")
            password->confirmEdit()->setFocus();
        else
            password->passwordEdit()->setFocus();
    }

    Banner* banner;
    QLineEdit* username;
    QLineEdit* displayName;
    NewPasswordFields* password;
};

class FirstRunWizard::Recovery : public QWizardPage {
public:
    explicit Recovery(QWidget* parent)
        : QWizardPage(parent), banner(new Banner(this)), key(new QLabel(this)),
          stored(new QCheckBox(FirstRunWizard::tr("I have printed or saved the recovery key and will keep it "
                                                  "locked away."),
                               this))
    {
        setTitle(FirstRunWizard::tr("Recovery key"));
        setSubTitle(
            FirstRunWizard::tr("If every supervisor password is lost, this key is the only way back into "
                               "the records. It is shown only now."));
        key->setObjectName(QStringLiteral("recoveryKey"));
        key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        key->setWordWrap(true);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(QApplication::font().pointSizeF() * 1.4); // follows a large desktop font
        mono.setBold(true);
        key->setFont(mono);
        key->setAccessibleName(FirstRunWizard::tr("Recovery key"));
        stored->setObjectName(QStringLiteral("keyStored"));
        auto* print = new QPushButton(FirstRunWizard::tr("&Print…"), this);
        auto* pdf = new QPushButton(FirstRunWizard::tr("&Save as PDF…"), this);
        print->setObjectName(QStringLiteral("printKey"));
        pdf->setObjectName(QStringLiteral("saveKeyPdf"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(print);
        buttons->addWidget(pdf);
        buttons->addStretch();
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(banner);
        layout->addWidget(key);
        layout->addLayout(buttons);
        layout->addWidget(stored);
        QObject::connect(stored, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        QObject::connect(print, &QPushButton::clicked, this, [this] { printSheet(); });
        QObject::connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    }

    bool isComplete() const override { return stored->isChecked(); }

    void printSheet()
    {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        sheet->print(printer);
        banner->show(Banner::Kind::Success, FirstRunWizard::tr("Sent to the printer."));
    }

    void savePdf()
    {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                  QStringLiteral("/kangqiao-recovery-key.pdf");
        const QString path = QFileDialog::getSaveFileName(this, FirstRunWizard::tr("Save recovery key"),
                                                          suggested, FirstRunWizard::tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (sheet->saveAsPdf(path))
            banner->show(Banner::Kind::Success,
                         FirstRunWizard::tr("Saved to %1. Move it to removable media and delete it from this "
                                            "computer.")
                             .arg(path));
        else
            banner->showError(FirstRunWizard::tr("Could not write %1.").arg(path));
    }

    Banner* banner;
    QLabel* key;
    QCheckBox* stored;
    std::unique_ptr<RecoveryKeySheet> sheet;
};

FirstRunWizard::FirstRunWizard(StorePaths paths, const Clock& clock, QWidget* parent)
    : QWizard(parent), m_paths(std::move(paths)), m_clock(clock), m_centre(new Centre(this)),
      m_supervisor(new Supervisor(this)), m_recovery(new Recovery(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Kangqiao"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(CentrePage, m_centre);
    setPage(SupervisorPage, m_supervisor);
    setPage(RecoveryPage, m_recovery);
    // Once the store exists there is no going back to change the centre.
    m_supervisor->setCommitPage(true);
    m_supervisor->setButtonText(QWizard::CommitButton, tr("&Create database"));
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(640, 480)));
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::createdUsername() const
{
    return m_supervisor->username->text().trimmed();
}

QString FirstRunWizard::shownRecoveryKey() const
{
    return m_recovery->key->text().remove(u'\n');
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != SupervisorPage)
        return QWizard::validateCurrentPage();
    // Creating the store runs Argon2id; do it off the GUI thread.
    if (std::optional<Error> e = m_supervisor->password->problem()) {
        m_supervisor->banner->showError(e->message);
        m_supervisor->focus(e->field);
        return false;
    }
    Workspace::Setup setup;
    setup.centre = m_centre->profile();
    setup.username = m_supervisor->username->text().trimmed();
    setup.displayName = m_supervisor->displayName->text();
    const SecureBytes password = SecureBytes::fromUtf8(m_supervisor->password->password());
    m_supervisor->banner->show(Banner::Kind::Info, tr("Creating the encrypted database…"));
    Result<SecureBytes> created =
        runBusy(this, [&] { return Workspace::initialise(m_paths, setup, password, m_clock); });
    if (!created) {
        m_supervisor->banner->showError(created.error().message);
        if (created.error().field.startsWith(u"centre") || created.error().field == u"county") {
            back();
            m_centre->validatePage();
        } else {
            m_supervisor->focus(created.error().field);
        }
        return false;
    }
    m_supervisor->password->clear();
    const QString formatted = RecoveryKey::format(created.value());
    // Two even lines read back more easily than one that wraps wherever the window ends.
    QStringList groups = formatted.split(u'-');
    const QStringList second = groups.mid(7);
    groups = groups.mid(0, 7);
    m_recovery->key->setText(groups.join(u'-') + QStringLiteral("-\n") + second.join(u'-'));
    m_recovery->sheet = std::make_unique<RecoveryKeySheet>(setup.centre.name, m_paths.database, formatted);
    return true;
}

} // namespace kq::ui
