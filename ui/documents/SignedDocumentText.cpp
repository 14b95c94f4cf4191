#include "SignedDocumentText.h"

#include "PriceListDocument.h"
#include "documents/SignedDocument.h"

#include <QBuffer>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace kq::ui {

namespace {
const QString kBlank = QStringLiteral("______");

QUrl imageUrl(const QString& role)
{
    return QUrl(QStringLiteral("kqsig:%1").arg(role));
}

QString imageTag(const QString& role)
{
    return QStringLiteral("<img src=\"%1\" width=\"150\" height=\"50\">").arg(imageUrl(role).toString());
}

// The role a signature line is for, from the words before it in the same cell or paragraph. Staff
// comes first and client before guardian: "服务对象（或监护人）签名" is the client's line.
QString roleOfLabel(const QString& label)
{
    const QString l = label.toLower();
    const auto any = [&l](std::initializer_list<const char16_t*> words) {
        for (const char16_t* w : words)
            if (l.contains(QString::fromUtf16(w)))
                return true;
        return false;
    };
    if (any({u"工作人员", u"经办人", u"staff", u"party a"}))
        return SignedDocument::kStaff;
    if (any({u"服务对象", u"乙方", u"client", u"party b"}))
        return SignedDocument::kClient;
    if (any({u"监护人", u"丙方", u"guardian", u"party c"}))
        return SignedDocument::kGuardian;
    return {};
}
} // namespace

QString SignedDocumentText::placeSignatures(const QString& html, const QStringList& roles,
                                            const QString& language)
{
    QString out = html;
    QStringList left = roles;
    static const QRegularExpression blank(QStringLiteral("_{6,}"));
    qsizetype from = 0;
    while (!left.isEmpty()) {
        const QRegularExpressionMatch m = blank.match(out, from);
        if (!m.hasMatch())
            break;
        const qsizetype tagEnd = out.lastIndexOf(QLatin1Char('>'), m.capturedStart());
        const QString label = out.mid(tagEnd + 1, m.capturedStart() - tagEnd - 1);
        const QString role = roleOfLabel(label);
        if (left.contains(role)) {
            const QString tag = imageTag(role);
            out.replace(m.capturedStart(), m.capturedLength(), tag);
            left.removeOne(role);
            from = m.capturedStart() + tag.size();
        } else {
            from = m.capturedEnd();
        }
    }
    if (!left.isEmpty()) {
        // Document words in the document's language, not the interface's.
        const bool zh = language == u"zh_CN";
        QString block = QStringLiteral("<table cellpadding=\"6\">");
        for (const QString& role : std::as_const(left)) {
            const QString name = role == SignedDocument::kClient
                                     ? (zh ? QStringLiteral("服务对象签名") : QStringLiteral("Client"))
                                 : role == SignedDocument::kGuardian
                                     ? (zh ? QStringLiteral("监护人签名") : QStringLiteral("Guardian"))
                                     : (zh ? QStringLiteral("工作人员签名") : QStringLiteral("Staff member"));
            block += QStringLiteral("<tr><td>%1：</td><td>%2</td></tr>").arg(name, imageTag(role));
        }
        block += QStringLiteral("</table>");
        const qsizetype end = out.lastIndexOf(QStringLiteral("</body>"), -1, Qt::CaseInsensitive);
        out.insert(end < 0 ? out.size() : end, block);
    }
    return out;
}

void SignedDocumentText::addImages(QTextDocument* document, const QMap<QString, QByteArray>& pngByRole)
{
    for (auto it = pngByRole.cbegin(); it != pngByRole.cend(); ++it)
        document->addResource(QTextDocument::ImageResource, imageUrl(it.key()), QImage::fromData(it.value()));
}

QByteArray SignedDocumentText::renderPdf(const QString& html, const QMap<QString, QByteArray>& pngByRole,
                                         const QString& title)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kangqiao"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QTextDocument document;
        document.setDefaultFont(PriceListDocument::font());
        document.setHtml(html);
        addImages(&document, pngByRole); // after setHtml, which starts a fresh document
        document.print(&writer);
    }
    return pdf;
}

} // namespace kq::ui
