#pragma once

#include "common/FieldMarks.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace kq::ui {

class Banner;
class SyncSession;

// Connects the workstation to the platform: address, the CA certificate file the platform's
// certificate must chain to, the centre's code, the one-time enrolment code and a name for this
// workstation. Stays open with everything typed when the platform refuses.
class EnrolDialog : public QDialog {
    Q_OBJECT
public:
    EnrolDialog(SyncSession& session, QWidget* parent = nullptr);

private:
    void chooseCa();
    void submit();
    QWidget* fieldNamed(const QString& name) const;

    SyncSession& m_session;
    Banner* m_banner;
    QLineEdit* m_server;
    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QLineEdit* m_centreCode;
    QLineEdit* m_code;
    QLineEdit* m_deviceName;
    QDialogButtonBox* m_buttons;
    FieldMarks m_marks;
};

} // namespace kq::ui
