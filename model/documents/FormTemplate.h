#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kq {

// One version of a consent (知情同意书) or service agreement (服务协议) text: HTML with
// {{placeholders}}. Versions are never changed once stored, so a signed document can name the
// version it was signed on and always find the same words.
struct FormTemplate {
    enum class Kind { Consent, Agreement };

    // Who made the text Kangqiao ships (version 1); the Journal's name for the system, too.
    static inline const QString kShippedBy = QStringLiteral("system");
    // Largest body a supervisor may save, in UTF-8 bytes.
    static constexpr int kMaxBodyBytes = 200 * 1024;

    Kind kind = Kind::Consent;
    QString language; // "zh_CN" or "en"
    int version = 0;
    QString body;
    QString createdBy;   // username, or kShippedBy
    QDateTime createdAt; // invalid for the shipped text not yet stored

    bool isShipped() const { return createdBy == kShippedBy; }

    // Stable keys stored in form_templates.kind: "consent", "agreement".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    // Translated name for people.
    static QString kindName(Kind kind);
    static QList<Kind> kinds();
    // The languages Kangqiao ships texts in.
    static QStringList languages();

    // Every placeholder a template may use, in the order the editor's help lists them.
    static QStringList placeholders();
    // A translated one-line description of a placeholder, for the editor's help.
    static QString describe(const QString& placeholder);
    // Placeholders whose value the caller builds as HTML (a table); the renderer does not escape them.
    static bool isPreRendered(const QString& placeholder);
    // What a text of this kind must contain to be usable.
    static QStringList required(Kind kind);
};

} // namespace kq
