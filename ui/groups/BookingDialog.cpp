#include "BookingDialog.h"

#include "RosterEditor.h"
#include "accounts/AccountRepository.h"
#include "common/Banner.h"
#include "common/FormRows.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/DateText.h"
#include "sessions/GroupActivityRepository.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kq::ui {

BookingDialog::BookingDialog(Workspace& workspace, const GroupActivity& activity, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_activityId(activity.id), m_banner(new Banner(this)),
      m_roster(new RosterEditor(workspace, this))
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("Book clients – %1").arg(activity.topic));

    // The meeting as planned by its facilitators: shown, not edited here.
    const QHash<QString, QString> names = AccountRepository(workspace.journal()).displayNames();
    QStringList facilitators;
    for (const QString& f : activity.facilitators)
        facilitators << names.value(f, f);
    auto* details = new QFormLayout;
    const auto row = [this, details](const QString& label, const QString& text, const char* name) {
        auto* value = new QLabel(text, this);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        details->addRow(label, value);
    };
    row(tr("Topic:"), activity.topic, "bookingTopic");
    row(tr("Date:"), weekdayDateText(activity.heldOn), "bookingDate");
    row(tr("Time:"),
        tr("%1–%2 (%n min)", nullptr, activity.minutes)
            .arg(activity.startsAt.toString(QStringLiteral("HH:mm")),
                 activity.startsAt.addSecs(activity.minutes * 60).toString(QStringLiteral("HH:mm"))),
        "bookingTime");
    row(tr("Place:"), ServicePlaces::name(activity.place), "bookingPlace");
    row(tr("Facilitators:"), facilitators.join(tr(", ")), "bookingFacilitators");
    row(tr("Capacity:"), tr("%n people", nullptr, activity.capacity), "bookingCapacity");

    m_roster->setObjectName(QStringLiteral("roster"));
    m_roster->setRoster(activity.roster);
    m_roster->setCapacity(activity.capacity);
    auto* rosterBox = new QGroupBox(tr("&Roster"), this);
    (new QVBoxLayout(rosterBox))->addWidget(m_roster);
    rosterBox->setFocusProxy(m_roster);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("save"));
    save->setText(tr("&Save roster"));
    save->setToolTip(tr("Ctrl+Return"));
    save->setAutoDefault(false); // Enter in the search adds a client; it never saves
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);
    connect(m_roster, &RosterEditor::notice, this, [this](const QString& text, bool error) {
        m_banner->show(error ? Banner::Kind::Error : Banner::Kind::Info, text);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(details);
    layout->addWidget(rosterBox, 1);
    layout->addWidget(buttons);
    m_roster->setFocus();
    resizeWithinScreen(this, sizeHint().expandedTo(QSize(560, 560)));
    tabInLayoutOrder(this);
}

void BookingDialog::accept()
{
    markInvalid(m_roster->list(), false);
    QStringList ids;
    for (const GroupActivity::Attendee& a : m_roster->roster())
        ids << a.clientId;
    const Result<GroupActivityRepository::Saved> r =
        GroupActivityRepository(m_workspace.journal()).book(m_workspace.actor(), m_activityId, ids);
    if (!r) {
        // The message names the client; the roster keeps what was typed.
        m_banner->showError(r.error().message);
        markInvalid(m_roster->list(), true, r.error().message);
        m_roster->setFocus();
        return;
    }
    m_warnings = r.value().warnings;
    QDialog::accept();
}

} // namespace kq::ui
