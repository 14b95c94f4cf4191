#pragma once

#include "documents/FormTemplate.h"
#include "shell/WorkspacePage.h"

#include <QMap>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace kq {
class Workspace;
}

namespace kq::ui {

class Banner;

// The consent and service agreement texts (文书模板): a supervisor picks a kind and language, edits
// the current text with a list of placeholders at hand and a live preview, and saves it as a new
// version; earlier versions stay as they were, for the documents signed on them.
class TemplatesPage : public WorkspacePage {
    Q_OBJECT
public:
    explicit TemplatesPage(Workspace& workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Forms"); }
    void reload() override;
    void clearData() override;
    void activate() override;

    // The values the preview fills in: obviously made up, in the template's language.
    static QMap<QString, QString> sampleValues(const QString& language, int version);

private:
    FormTemplate::Kind kind() const;
    QString language() const;
    void loadSelected();
    void showVersions();
    void updatePreview();
    void insertPlaceholder(QListWidgetItem* item);
    void save();

    Workspace& m_workspace;
    Banner* m_banner;
    QComboBox* m_kind;
    QComboBox* m_language;
    QTableWidget* m_versions;
    QPlainTextEdit* m_editor;
    QListWidget* m_placeholders;
    QTextBrowser* m_preview;
    QPushButton* m_save;
    int m_currentVersion = 0;
};

} // namespace kq::ui
