#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace kq::ui {

// The printable page that carries the recovery key: what it is, the key, where the database is,
// and what to do with it. The same document goes to the printer and to a PDF file.
class RecoveryKeySheet {
public:
    RecoveryKeySheet(QString centreName, QString databasePath, QString formattedKey);

    void buildDocument(QTextDocument& document) const;
    // Writes a PDF to `path`; false if the file could not be written.
    bool saveAsPdf(const QString& path) const;
    void print(QPagedPaintDevice& device) const;

private:
    QString m_centreName;
    QString m_databasePath;
    QString m_key;
};

} // namespace kq::ui
