#include "RecoveryKeySheet.h"

#include "core/DateText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>

namespace kq::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)
};
} // namespace

RecoveryKeySheet::RecoveryKeySheet(QString centreName, QString databasePath, QString formattedKey)
    : m_centreName(std::move(centreName)), m_databasePath(std::move(databasePath)),
      m_key(std::move(formattedKey))
{
}

void RecoveryKeySheet::buildDocument(QTextDocument& document) const
{
    // Name the Simplified Chinese face explicitly; left to fontconfig, Qt may pick the Japanese one.
    document.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 11));
    const QString html =
        Tr::tr("<h1>Kangqiao recovery key</h1>"
               "<p><b>Centre:</b> %1<br><b>Database:</b> %2<br><b>Created:</b> %3</p>"
               "<p>This key opens the centre's encrypted records if every supervisor password is lost. "
               "Anyone holding it can read all records: keep this page locked away, apart from the computer, "
               "and never photograph or e-mail it.</p>"
               "<p style='font-family:monospace; font-size:16pt; margin:24px 0'><b>%4</b></p>"
               "<p>To use it, see “Recovering access” in the user guide (docs/recovery.md): "
               "<code>kangqiao recover --db DATABASE --user USERNAME --recovery-key-file FILE</code>.</p>")
            .arg(m_centreName.toHtmlEscaped(), m_databasePath.toHtmlEscaped(),
                 dateTimeText(QDateTime::currentDateTime()), m_key);
    document.setHtml(html);
}

bool RecoveryKeySheet::saveAsPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setTitle(Tr::tr("Kangqiao recovery key"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    print(writer);
    return QFile::exists(path) && QFileInfo(path).size() > 0;
}

void RecoveryKeySheet::print(QPagedPaintDevice& device) const
{
    QTextDocument document;
    buildDocument(document);
    document.print(&device);
}

} // namespace kq::ui
