#include "PriceListDocument.h"

#include "core/DateText.h"
#include "services/ServiceCatalogue.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace kq::ui {

QString PriceListDocument::html(const QString& centreName, const QDate& day, const QList<PriceItem>& items,
                                const ServiceCatalogue& catalogue)
{
    QString rows;
    for (const PriceItem& item : items)
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(item.name.toHtmlEscaped(), item.unit.toHtmlEscaped(), Money::format(item.priceFen),
                     dateText(item.effectiveFrom),
                     item.serviceContent.isEmpty()
                         ? QString()
                         : catalogue.contentName(item.serviceContent).toHtmlEscaped());
    if (items.isEmpty())
        rows =
            QStringLiteral("<tr><td colspan='5'>%1</td></tr>").arg(tr("No services are priced on this day."));
    return QStringLiteral("<h2 align='center'>%1</h2><h1 align='center'>%2</h1><p align='center'>%3</p>"
                          "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
                          "<tr><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>%9</table>"
                          "<p>%10</p>")
        .arg(centreName.toHtmlEscaped(), tr("Public price list"),
             tr("Prices in force on %1").arg(dateText(day)), tr("Service"), tr("Unit"), tr("Price (yuan)"),
             tr("In force from"), tr("Service content"), rows,
             tr("Prices are per unit, in yuan (RMB). No other charges are made for these services."));
}

QFont PriceListDocument::font()
{
    // A Simplified Chinese face named explicitly (fontconfig would pick a Japanese one), and one
    // whose text layer survives Qt's PDF writer: with Noto Sans CJK, copied text turns 日 into the
    // radical ⽇ and loses digits (decision 0008).
    QFont f(QStringLiteral("WenQuanYi Zen Hei"));
    f.setPointSize(11);
    return f;
}

void PriceListDocument::print(const QString& html, QPagedPaintDevice& device)
{
    QTextDocument document;
    document.setDefaultFont(font());
    document.setHtml(html);
    document.print(&device);
}

bool PriceListDocument::writePdf(const QString& html, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Restricted before anything is written, as every file Kangqiao exports.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Public price list"));
        writer.setCreator(QStringLiteral("Kangqiao"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        print(html, writer);
    }
    file.close();
    return file.error() == QFileDevice::NoError && file.size() > 0;
}

} // namespace kq::ui
