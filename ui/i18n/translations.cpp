#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace PortCheck {

QString installTranslations(const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&own, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the chosen language too (the report's date, the window's counts).
    QLocale::setDefault(locale);
    own = new QTranslator;
    if (!own->load(locale, u"guardian-portcheck"_s, u"_"_s, u":/i18n"_s) &&
        !own->load(u"guardian-portcheck_en"_s, u":/i18n"_s)) {
        delete own;
        own = nullptr;
    }
    if (own)
        QCoreApplication::installTranslator(own);
    qt = new QTranslator;
    // Qt's own texts (dialog buttons): from Qt's folder on Linux, compiled in on Windows (ui/CMakeLists.txt).
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(locale, u"qtbase"_s, u"_"_s, u":/i18n/qt"_s)) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
        qt = nullptr;
    }
    return own ? own->language() : u"en"_s;
}

namespace {

QString translate(const QString &context, const QString &source, int n)
{
    return QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
}

} // namespace

namespace {

// What a results file brought as a phrase's source (a translation key nobody has) is shown
// escaped like plain text; our own sources keep their line breaks.
QString translateForDisplay(const QString &context, const QString &source, int n)
{
    return displaySafe(translate(context, source, n), true);
}

} // namespace

QString localized(const Text &text)
{
    // Network and file text never reaches a terminal, the window or the PDF raw (see displaySafe).
    return text.displaySafe().toString(translateForDisplay);
}

Text::Translator translator()
{
    return translate;
}

QStringList localized(const QList<Text> &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const Text &t : texts)
        out << localized(t);
    return out;
}

QString catalogText(const QString &english)
{
    return english.isEmpty() ? english : translate(u"Catalog"_s, english, -1);
}

QString roleName(const Catalog &catalog, const QString &roleId)
{
    const Role *role = catalog.role(roleId);
    return role ? catalogText(role->name) : roleId;
}

QString linkPath(const Catalog &catalog, const QString &linkId)
{
    return localized(catalog.linkTitle(linkId));
}

QString linkName(const Catalog &catalog, const QString &linkId)
{
    const Link *link = catalog.link(linkId);
    return link ? localized(catalog.linkName(*link)) : linkId;
}

} // namespace PortCheck
