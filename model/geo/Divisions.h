#pragma once

#include <QList>
#include <QString>

namespace kq {

// The county-level administrative divisions of mainland China (县/县级市/市辖区/旗…) with their
// prefecture and province, from the table shipped in resources (generated from GB/T 2260 data; the
// source is cited in the table's header). Loaded once, read-only, thread-safe after load.
class Divisions {
public:
    struct County {
        QString code;             // 6 digits
        QString name;             // 朝阳区
        QString prefecture;       // 北京市 (for municipalities the province name)
        QString province;         // 北京市
        QString fullName() const; // 北京市朝阳区 (prefecture repeated only when it differs)
    };

    static const Divisions& instance();

    bool isCounty(const QString& code) const;
    const County* county(const QString& code) const;
    // Counties whose name, full name or code contains `text`; at most `limit`, code order.
    QList<const County*> search(const QString& text, int limit = 50) const;
    const QList<County>& all() const { return m_counties; }

private:
    Divisions();
    QList<County> m_counties; // sorted by code
};

} // namespace kq
