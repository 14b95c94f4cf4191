#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace kq {

class Database;
class Journal;
struct Actor;

// One service content (服务内容) or service form (服务形式). Records store the key; the names are
// for people.
struct ServiceEntry {
    QString key;    // stable ASCII key, e.g. "medication_training": a-z, 0-9 and _, at most 40
    QString nameZh; // the Chinese name, e.g. 服药训练; required
    QString nameEn; // may be empty for a centre's own entry: the Chinese name is shown instead
    bool active = true;

    friend bool operator==(const ServiceEntry&, const ServiceEntry&) = default;
};

// The configurable lists of service contents and forms (DOMAIN.md "Service content and forms").
// The national lists are the defaults, in code; a centre may add entries, rename them and
// deactivate them, never delete one, because old plans and session logs keep the key. Stored as
// JSON text under the settings keys "service_contents" and "service_forms".
class ServiceCatalogue {
public:
    enum ErrorCode { NotPermitted = 420, Invalid };
    enum class List { Contents, Forms };

    static constexpr int kMaxEntries = 100;
    static constexpr int kMaxNameLength = 60;
    static constexpr int kMaxKeyLength = 40;

    // The national lists only.
    static ServiceCatalogue defaults();
    // The centre's lists; a default entry the stored list lacks (new in this release) is appended.
    static ServiceCatalogue load(Database& db);

    // Replaces one list; needs ManageTemplates. Every key of the current list must still be there
    // (deactivate instead of deleting). Errors name the field ("entry-3-key", "entry-3-name-zh",
    // "entry-3-name-en", "entries") and code Invalid or NotPermitted. Audited, not synced.
    Result<void> save(Journal& journal, const Actor& actor, List list, QList<ServiceEntry> entries);

    // Active entries in list order, for pickers.
    QList<ServiceEntry> contents() const { return active(m_contents); }
    QList<ServiceEntry> forms() const { return active(m_forms); }
    // Every entry, inactive ones too, for the editor.
    const QList<ServiceEntry>& entries(List list) const
    {
        return list == List::Contents ? m_contents : m_forms;
    }

    std::optional<ServiceEntry> content(const QString& key) const { return find(m_contents, key); }
    std::optional<ServiceEntry> form(const QString& key) const { return find(m_forms, key); }
    // Names in the current language, for inactive keys too; the key itself when it is unknown.
    QString contentName(const QString& key) const { return nameOf(m_contents, key); }
    QString formName(const QString& key) const { return nameOf(m_forms, key); }
    // True for every key of the list, active or not.
    bool isKnownContent(const QString& key) const { return content(key).has_value(); }
    bool isKnownForm(const QString& key) const { return form(key).has_value(); }

    // The name of an entry in the current language: a default entry under its default English
    // name goes through the translation catalogue, any other by the locale (Chinese or English).
    static QString displayName(const ServiceEntry& entry);
    static QString settingsKey(List list);

private:
    static QList<ServiceEntry> active(const QList<ServiceEntry>& list);
    static std::optional<ServiceEntry> find(const QList<ServiceEntry>& list, const QString& key);
    static QString nameOf(const QList<ServiceEntry>& list, const QString& key);

    QList<ServiceEntry> m_contents;
    QList<ServiceEntry> m_forms;
};

} // namespace kq
