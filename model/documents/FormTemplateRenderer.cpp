#include "FormTemplateRenderer.h"

#include <QCoreApplication>

#include <functional>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FormTemplateRenderer)
};

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");

QString braced(const QString& name)
{
    return kOpen + name + kClose;
}

// A short quote of the body where a problem is, so the person can find it.
QString near(const QString& body, qsizetype at)
{
    return body.mid(at, 30).simplified();
}

QString listed(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted << braced(n);
    return quoted.join(QStringLiteral(", "));
}

// Walks the body's placeholders in order, calling `each(name, start, end)` for each known one.
// Stops at the first unbalanced brace pair or unknown name.
Result<void> scan(const QString& body, const std::function<void(const QString&, qsizetype, qsizetype)>& each)
{
    const QStringList known = FormTemplate::placeholders();
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = body.indexOf(kOpen, pos);
        const qsizetype stray = body.indexOf(kClose, pos);
        if (stray >= 0 && (open < 0 || stray < open))
            return Error{Tr::tr("“}}” without its “{{” near “%1”.")
                             .arg(near(body, std::max<qsizetype>(0, stray - 20))),
                         QStringLiteral("body"), FormTemplateRenderer::Unbalanced};
        if (open < 0)
            return {};
        const qsizetype close = body.indexOf(kClose, open + 2);
        const qsizetype nextOpen = body.indexOf(kOpen, open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return Error{Tr::tr("“{{” without its “}}” near “%1”.").arg(near(body, open)),
                         QStringLiteral("body"), FormTemplateRenderer::Unbalanced};
        const QString name = body.mid(open + 2, close - open - 2).trimmed();
        if (!known.contains(name))
            return Error{
                Tr::tr("%1 is not a placeholder Kangqiao knows; choose one from the list.").arg(braced(name)),
                name, FormTemplateRenderer::UnknownPlaceholder};
        each(name, open, close + 2);
        pos = close + 2;
    }
}
} // namespace

Result<QStringList> FormTemplateRenderer::placeholdersIn(const QString& body)
{
    QStringList names;
    const Result<void> r = scan(body, [&](const QString& name, qsizetype, qsizetype) {
        if (!names.contains(name))
            names << name;
    });
    if (!r)
        return r.error();
    return names;
}

Result<QString> FormTemplateRenderer::render(const QString& body, const QMap<QString, QString>& values)
{
    QString out;
    out.reserve(body.size() + body.size() / 4);
    QStringList missing;
    qsizetype copied = 0;
    const Result<void> r = scan(body, [&](const QString& name, qsizetype start, qsizetype end) {
        out += QStringView(body).mid(copied, start - copied);
        copied = end;
        const auto it = values.constFind(name);
        if (it == values.cend()) {
            if (!missing.contains(name))
                missing << name;
            return;
        }
        out += FormTemplate::isPreRendered(name) ? *it : it->toHtmlEscaped();
    });
    if (!r)
        return r.error();
    if (!missing.isEmpty())
        return Error{Tr::tr("No value for %1.").arg(listed(missing)), missing.first(), MissingValue};
    out += QStringView(body).mid(copied);
    return out;
}

Result<void> FormTemplateRenderer::validate(FormTemplate::Kind kind, const QString& body)
{
    if (body.toUtf8().size() > FormTemplate::kMaxBodyBytes)
        return Error{Tr::tr("The text is longer than %1 KB.").arg(FormTemplate::kMaxBodyBytes / 1024),
                     QStringLiteral("body"), TooLarge};
    Result<QStringList> used = placeholdersIn(body);
    if (!used)
        return used.error();
    QStringList missing;
    for (const QString& name : FormTemplate::required(kind))
        if (!used.value().contains(name))
            missing << name;
    if (!missing.isEmpty())
        return Error{(kind == FormTemplate::Kind::Consent ? Tr::tr("An informed consent must contain %1.")
                                                          : Tr::tr("A service agreement must contain %1."))
                         .arg(listed(missing)),
                     missing.first(), MissingRequired};
    return {};
}

} // namespace kq
