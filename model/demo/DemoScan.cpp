#include "DemoScan.h"

#include <QList>
#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace kq {

namespace {
constexpr char kPaper = char(242);
constexpr char kInk = char(70);

// CRC-32 (ISO 3309) as PNG chunks need it; QtCore has only CRC-16.
quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char b : bytes)
        c = table[(c ^ quint8(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    const QByteArray typed = QByteArray(type) + data;
    return bigEndian(quint32(data.size())) + typed + bigEndian(crc32(typed));
}
} // namespace

DemoScan::DemoScan(quint32 seed)
{
    QRandomGenerator random(seed);
    constexpr int kRow = kWidth + 1; // the filter byte first
    QByteArray rows(kRow * kHeight, kPaper);
    for (int y = 0; y < kHeight; ++y)
        rows[y * kRow] = 0; // filter: none
    auto ink = [&](int x, int y) {
        if (x >= 0 && x < kWidth && y >= 0 && y < kHeight)
            rows[y * kRow + 1 + x] = kInk;
    };
    // A centred title, then lines of print of varying length, as a form's paragraphs.
    const int title = 16 + int(random.bounded(10));
    for (int x = (kWidth - title) / 2; x < (kWidth + title) / 2; ++x)
        ink(x, 6), ink(x, 7);
    for (int y = 12; y < 62; y += 3) {
        const int length =
            random.bounded(5) == 0 ? 10 + int(random.bounded(25)) : 44 + int(random.bounded(6));
        for (int x = 6; x < 6 + length; ++x)
            ink(x, y);
    }
    // Two or three signatures on their lines: a stroke that wanders like a hand.
    const int signers = 2 + int(random.bounded(2));
    for (int s = 0; s < signers; ++s) {
        const int line = 70 + 5 * s;
        for (int x = 30; x < 54; ++x)
            ink(x, line);
        int y = line - 2;
        for (int x = 32; x < 32 + 12 + int(random.bounded(8)); ++x) {
            y = std::clamp(y + int(random.bounded(3)) - 1, line - 4, line - 1);
            ink(x, y);
        }
    }
    m_deflated = qCompress(rows, 9).mid(4); // qCompress puts the length before the zlib stream
}

QByteArray DemoScan::png() const
{
    QByteArray header = bigEndian(kWidth) + bigEndian(kHeight);
    header += QByteArray("\x08\x00\x00\x00\x00", 5); // 8-bit grey, deflate, no filter set, no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", m_deflated) +
           chunk("IEND", {});
}

QByteArray DemoScan::pdf() const
{
    // The PNG's own zlib stream serves as the image, with PNG predictors: no second compression.
    const QByteArray page = "q 595 0 0 842 0 0 cm /Im0 Do Q\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> "
        "/Contents 5 0 R >>",
        QByteArray("<< /Type /XObject /Subtype /Image /Width ") + QByteArray::number(kWidth) + " /Height " +
            QByteArray::number(kHeight) +
            " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 "
            "/Colors 1 /BitsPerComponent 8 /Columns " +
            QByteArray::number(kWidth) + " >> /Length " + QByteArray::number(m_deflated.size()) +
            " >>\nstream\n" + m_deflated + "\nendstream",
        "<< /Length " + QByteArray::number(page.size()) + " >>\nstream\n" + page + "endstream",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace kq
