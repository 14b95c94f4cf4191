#pragma once

#include "documents/PriceItem.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>

class QPagedPaintDevice;

namespace kq {
class ServiceCatalogue;
}

namespace kq::ui {

// The public price list (收费标准公示) as a printable document: the centre's name, the day the
// prices are in force and one table row per service. Building the HTML is separate from printing
// so a test can read what would be printed.
class PriceListDocument {
    Q_DECLARE_TR_FUNCTIONS(PriceListDocument)
public:
    static QString html(const QString& centreName, const QDate& day, const QList<PriceItem>& items,
                        const ServiceCatalogue& catalogue);
    // A named Simplified Chinese face: left to fontconfig, a PDF may get a Japanese or no CJK face.
    static QFont font();
    static void print(const QString& html, QPagedPaintDevice& device);
    // Writes an A4 PDF readable by its owner only; false when the file cannot be written.
    static bool writePdf(const QString& html, const QString& path);
};

} // namespace kq::ui
