#include "ScaleLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

namespace kq {

namespace {
Q_LOGGING_CATEGORY(lcScales, "kangqiao.scales")

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScaleLibrary)
};

const QString kShippedDirectory = QStringLiteral(":/kangqiao/scales");
} // namespace

ScaleLibrary::ScaleLibrary(const QString& centreDirectory)
{
    loadDirectory(kShippedDirectory, true);
    if (!centreDirectory.isEmpty() && QDir(centreDirectory).exists())
        loadDirectory(centreDirectory, false);
    std::stable_sort(m_scales.begin(), m_scales.end(),
                     [this](const ScaleDefinition& a, const ScaleDefinition& b) {
                         const bool aShipped = isShipped(a.id);
                         const bool bShipped = isShipped(b.id);
                         return aShipped != bShipped ? aShipped : a.id < b.id;
                     });
}

const ScaleDefinition* ScaleLibrary::find(const QString& id) const
{
    const auto it = std::find_if(m_scales.cbegin(), m_scales.cend(),
                                 [&](const ScaleDefinition& s) { return s.id == id; });
    return it == m_scales.cend() ? nullptr : &*it;
}

void ScaleLibrary::loadDirectory(const QString& directory, bool shipped)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (shipped && names.isEmpty())
        qCCritical(lcScales) << "no shipped scale definitions in" << directory; // a packaging error
    QHash<QString, QString> fileOfId; // this folder's ids, to name the earlier file in an error
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(Error{
                Tr::tr("%1: the file cannot be read (%2).").arg(name, file.errorString()), {}, Unreadable});
            continue;
        }
        // One byte past the limit is enough for parse() to refuse the file without reading it all.
        const QByteArray json = file.read(ScaleDefinition::kMaxFileBytes + 1);
        auto parsed = ScaleDefinition::parse(json, name);
        if (!parsed) {
            if (shipped)
                qCCritical(lcScales) << "a shipped scale does not parse:" << parsed.error().message;
            m_errors.append(Error{parsed.error().message, {}, Invalid});
            continue;
        }
        const QString id = parsed.value().id;
        if (m_shippedIds.contains(id) || fileOfId.contains(id)) {
            const QString owner =
                m_shippedIds.contains(id) ? Tr::tr("a scale shipped with Kangqiao") : fileOfId.value(id);
            m_errors.append(Error{Tr::tr("%1: the scale id '%2' is already used by %3; the file is skipped.")
                                      .arg(name, id, owner),
                                  {},
                                  DuplicateId});
            continue;
        }
        fileOfId.insert(id, name);
        if (shipped)
            m_shippedIds.insert(id);
        m_scales.append(parsed.take());
    }
}

} // namespace kq
