#include "ScaleResultText.h"

#include "scales/ScaleLibrary.h"

#include <QCoreApplication>

namespace kq::ui::ScaleResultText {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScaleResultText)
};

const QString kSeparator = QStringLiteral(" · ");
} // namespace

QString line(const ScaleDefinition& scale, const ScaleResult& r)
{
    if (r.answered == 0)
        return Tr::tr("Not answered yet");
    QStringList parts;
    if (r.complete()) {
        parts << Tr::tr("Total %1").arg(r.total);
        if (!r.band.isEmpty())
            parts << r.band;
    } else {
        parts << Tr::tr("Total so far %1").arg(r.total)
              << Tr::tr("%n of %1 item(s) not answered", nullptr, int(r.missing.size()))
                     .arg(scale.items.size());
    }
    if (!r.excluded.isEmpty())
        parts << Tr::tr("%n item(s) not applicable", nullptr, int(r.excluded.size()));
    if (r.flagged)
        parts << (r.flags.isEmpty() ? Tr::tr("Flagged")
                                    : Tr::tr("Flagged: %1").arg(r.flags.join(QStringLiteral("; "))));
    else if (r.complete())
        parts << Tr::tr("Not flagged");
    return parts.join(kSeparator);
}

QString forEntry(const ScaleLibrary& library, const Assessment::ScaleEntry& entry)
{
    // Only the version it was recorded with scores the same; a revised scale shows what was kept.
    const ScaleDefinition* scale = library.find(entry.scaleId);
    if (scale && scale->version == entry.version)
        if (const Result<ScaleResult> r = score(*scale, entry.answers))
            return Tr::tr("%1: %2").arg(scale->name.text(), line(*scale, r.value()));
    QStringList parts{Tr::tr("Total %1").arg(entry.total)};
    if (!entry.band.isEmpty())
        parts << entry.band;
    parts << (entry.flagged ? Tr::tr("Flagged") : Tr::tr("Not flagged"));
    return Tr::tr("%1: %2").arg(scale ? scale->name.text() : entry.scaleId, parts.join(kSeparator));
}

} // namespace kq::ui::ScaleResultText
