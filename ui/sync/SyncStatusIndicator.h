#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace kq::ui {

class SyncSession;

// The status bar's sync corner: state in words, changes waiting to be sent, the last success, open
// conflicts, and "Sync now". The last error is in the tooltip and in words when it matters.
class SyncStatusIndicator : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusIndicator(SyncSession& session, QWidget* parent = nullptr);

    QString text() const;
    void refresh();

Q_SIGNALS:
    void detailsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    SyncSession& m_session;
    QLabel* m_label;
    QToolButton* m_syncNow;
    QTimer* m_refresh;
};

} // namespace kq::ui
