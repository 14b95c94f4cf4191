#pragma once

#include "clients/ClientRecord.h"

#include <QDialog>

class QPushButton;

namespace kq {
class Workspace;
}

namespace kq::ui {

class ApplicationEditWidget;
class Banner;
class ClientEditWidget;

// Registers a new client with the application that opens the case, or edits one. Shows every invalid field at
// once, warns about possible duplicates before saving, and saves nothing unless everything is valid.
class ClientDialog : public QDialog {
    Q_OBJECT
public:
    // An empty `record.id` registers a new client.
    ClientDialog(Workspace& workspace, const ClientRecord& record, QWidget* parent = nullptr);

    void accept() override;
    QString savedClientId() const { return m_savedId; }
    ClientEditWidget* form() const { return m_form; }
    ApplicationEditWidget* applicationForm() const { return m_application; }

Q_SIGNALS:
    // The person chose to open the record that already has this ID number.
    void openExistingRequested(const QString& clientId);

private:
    Workspace& m_workspace;
    ClientEditWidget* m_form;
    ApplicationEditWidget* m_application = nullptr; // only when registering a new client
    Banner* m_banner;
    QPushButton* m_openExisting;
    QString m_existingId;
    QString m_savedId;
    bool m_creating;
};

} // namespace kq::ui
