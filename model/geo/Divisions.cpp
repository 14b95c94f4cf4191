#include "Divisions.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

namespace kq {

namespace {
Q_LOGGING_CATEGORY(lcDivisions, "kangqiao.divisions")

const QString kTablePath = QStringLiteral(":/kangqiao/divisions/counties.tsv");

bool lessByCode(const Divisions::County& county, const QString& code)
{
    return county.code < code;
}
} // namespace

QString Divisions::County::fullName() const
{
    QString full = province;
    if (prefecture != province && prefecture != name)
        full += prefecture; // 东莞市, a prefecture without counties, is not repeated
    return full + name;
}

const Divisions& Divisions::instance()
{
    static const Divisions divisions;
    return divisions;
}

Divisions::Divisions()
{
    QFile file(kTablePath);
    if (!file.open(QIODevice::ReadOnly)) {
        // A build without the resource is a packaging error; the table is then empty.
        qCCritical(lcDivisions) << "cannot open the division table" << kTablePath << file.errorString();
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QStringView all(text);
    for (QStringView line : all.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != 4 || fields[0].size() != 6) {
            qCWarning(lcDivisions) << "skipping a malformed line of the division table:" << line;
            continue;
        }
        m_counties.append(
            County{fields[0].toString(), fields[1].toString(), fields[2].toString(), fields[3].toString()});
    }
    std::sort(m_counties.begin(), m_counties.end(),
              [](const County& a, const County& b) { return a.code < b.code; });
}

const Divisions::County* Divisions::county(const QString& code) const
{
    const auto it = std::lower_bound(m_counties.cbegin(), m_counties.cend(), code, lessByCode);
    return it != m_counties.cend() && it->code == code ? &*it : nullptr;
}

bool Divisions::isCounty(const QString& code) const
{
    return county(code) != nullptr;
}

QList<const Divisions::County*> Divisions::search(const QString& text, int limit) const
{
    QList<const County*> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return found;
    for (const County& c : m_counties) {
        if (c.code.contains(needle) || c.name.contains(needle) || c.fullName().contains(needle)) {
            found.append(&c);
            if (found.size() >= limit)
                break;
        }
    }
    return found;
}

} // namespace kq
