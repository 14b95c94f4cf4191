#include "Language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kq::ui::Language {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
} // namespace

void apply(const QString& setting)
{
    QString code = setting;
    if (code != u"zh_CN" && code != u"en")
        code =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");

    for (auto* t : {&g_app, &g_qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    g_current = code;
    QLocale::setDefault(QLocale(code));
    // English needs its file too: the sources are English but plural forms live in kangqiao_en.
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/kangqiao_%1.qm").arg(code)))
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
}

QString current()
{
    return g_current;
}

void addChoices(QComboBox* box)
{
    // Endonyms, not tr(): a person looks for their own language by its own name.
    box->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    box->addItem(QStringLiteral("English"), QStringLiteral("en"));
}

} // namespace kq::ui::Language
