#include "FieldRevisions.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kq::platform {

FieldRevisions FieldRevisions::allAt(qint64 rev, const QString& device, QStringList fields)
{
    FieldRevisions r;
    if (!fields.isEmpty())
        r.m_groups.append({rev, device, std::move(fields)});
    return r;
}

FieldRevisions FieldRevisions::fromText(const QByteArray& text)
{
    FieldRevisions r;
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isArray()) {
        for (const QJsonValue group : doc.array()) {
            const QJsonArray g = group.toArray();
            Group parsed{g.at(0).toInteger(), g.at(1).toString(), {}};
            for (const QJsonValue field : g.at(2).toArray())
                parsed.fields.append(field.toString());
            r.m_groups.append(std::move(parsed));
        }
    } else {
        const QJsonObject o = doc.object(); // the first form: {field: [rev, device]}
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonArray a = it.value().toArray();
            r.set(it.key(), a.at(0).toInteger(), a.at(1).toString());
        }
    }
    return r;
}

QByteArray FieldRevisions::toText() const
{
    // Groups in revision order, fields sorted: equal maps give equal text.
    QList<Group> groups = m_groups;
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return a.rev != b.rev ? a.rev < b.rev : a.device < b.device;
    });
    QByteArray out = "[";
    for (Group& g : groups) {
        if (out.size() > 1)
            out += ',';
        out += '[' + QByteArray::number(g.rev) + ',';
        JsonText::appendString(out, g.device);
        out += ",[";
        g.fields.sort();
        for (qsizetype i = 0; i < g.fields.size(); ++i) {
            if (i > 0)
                out += ',';
            JsonText::appendString(out, g.fields.at(i));
        }
        out += "]]";
    }
    out += ']';
    return out;
}

const FieldRevisions::Group* FieldRevisions::groupOf(const QString& field) const
{
    for (const Group& g : m_groups)
        if (g.fields.contains(field))
            return &g;
    return nullptr;
}

qint64 FieldRevisions::rev(const QString& field) const
{
    const Group* g = groupOf(field);
    return g ? g->rev : 0;
}

QString FieldRevisions::changedBy(const QString& field) const
{
    const Group* g = groupOf(field);
    return g ? g->device : QString();
}

void FieldRevisions::set(const QString& field, qint64 rev, const QString& device)
{
    // A field is in one group: out of its old one (dropped when empty), into its change's.
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].fields.removeOne(field)) {
            if (m_groups[i].fields.isEmpty())
                m_groups.removeAt(i);
            break;
        }
    }
    for (Group& g : m_groups) {
        if (g.rev == rev && g.device == device) {
            g.fields.append(field);
            return;
        }
    }
    m_groups.append({rev, device, {field}});
}

} // namespace kq::platform
