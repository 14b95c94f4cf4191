#include "SyncStatusIndicator.h"

#include "SyncSession.h"
#include "core/DateText.h"
#include "store/Outbox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace kq::ui {

SyncStatusIndicator::SyncStatusIndicator(SyncSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_label(new QLabel(this)), m_syncNow(new QToolButton(this)),
      m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setCursor(Qt::PointingHandCursor);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QToolButton::clicked, &m_session, &SyncSession::syncNow);
    connect(&m_session, &SyncSession::statusChanged, this, &SyncStatusIndicator::refresh);
    // Saving a record adds to the pending count without a sync event.
    m_refresh->setInterval(10000);
    connect(m_refresh, &QTimer::timeout, this, &SyncStatusIndicator::refresh);
    m_refresh->start();
    m_label->installEventFilter(this);
    refresh();
}

bool SyncStatusIndicator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease)
        Q_EMIT detailsRequested();
    return QWidget::eventFilter(watched, event);
}

QString SyncStatusIndicator::text() const
{
    return m_label->text();
}

void SyncStatusIndicator::refresh()
{
    if (!m_session.isRunning()) {
        m_label->clear();
        m_syncNow->setEnabled(false);
        setToolTip({});
        return;
    }
    const sync::SyncEngine::Status s = m_session.status();
    QStringList parts{tr("Sync: %1").arg(sync::SyncEngine::describe(s.state))};
    if (s.state != sync::SyncEngine::State::NotEnrolled) {
        parts << (s.pending > Outbox::kCountCap ? tr("%1 changes to send").arg(Outbox::countText(s.pending))
                                                : tr("%n change(s) to send", nullptr, int(s.pending)));
        if (s.conflicts > 0)
            parts << tr("%n conflict(s) to resolve", nullptr, int(s.conflicts));
        parts << (s.lastSuccess.isValid() ? tr("last synced %1").arg(dateTimeText(s.lastSuccess))
                                          : tr("never synced"));
    }
    const bool failing =
        s.state == sync::SyncEngine::State::Offline || s.state == sync::SyncEngine::State::BackingOff ||
        s.state == sync::SyncEngine::State::AuthFailed || s.state == sync::SyncEngine::State::Incompatible;
    if (failing && !s.lastError.isEmpty())
        parts << fontMetrics().elidedText(s.lastError, Qt::ElideRight, 320);
    m_label->setText(parts.join(QStringLiteral(" · ")));
    const bool enrolled = s.state != sync::SyncEngine::State::NotEnrolled;
    // Enabled during a round too: a click then asks for another round after it.
    m_syncNow->setEnabled(enrolled);
    setToolTip(s.lastError.isEmpty() ? QString() : tr("Last error: %1").arg(s.lastError));
}

} // namespace kq::ui
