#pragma once

#include "core/Result.h"
#include "scales/ScaleDefinition.h"

#include <QList>
#include <QSet>
#include <QString>

namespace kq {

// The assessment scales on offer: those shipped in the resources (":/kangqiao/scales/*.json") and
// those a centre adds from a folder of its own, for scales it holds the rights to but Kangqiao may
// not ship (PSP, WHO-DAS II). A bad centre file never stops the others from loading.
class ScaleLibrary {
public:
    enum LoadErrorCode { Unreadable = 1, Invalid, DuplicateId };

    // Loads the shipped scales and, when `centreDirectory` is not empty, the *.json files directly in
    // it. A centre folder that does not exist holds no scales. A centre file that cannot be read or
    // parsed, or whose id is already taken, is skipped and listed in loadErrors().
    explicit ScaleLibrary(const QString& centreDirectory = {});

    const ScaleDefinition* find(const QString& id) const;
    // Shipped scales first, then the centre's, each group by id.
    const QList<ScaleDefinition>& all() const { return m_scales; }
    bool isShipped(const QString& id) const { return m_shippedIds.contains(id); }
    const QList<Error>& loadErrors() const { return m_errors; }

private:
    void loadDirectory(const QString& directory, bool shipped);

    QList<ScaleDefinition> m_scales;
    QSet<QString> m_shippedIds;
    QList<Error> m_errors;
};

} // namespace kq
