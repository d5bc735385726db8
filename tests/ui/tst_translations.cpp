#include "model/catalog/catalogloader.h"
#include "ui/i18n/catalogtexts.h"
#include "ui/i18n/translations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace PortCheck;
using namespace Qt::StringLiterals;

// The catalog's words are translated through a generated list (scripts/catalog-texts.py): these
// tests fail when the YAML changes without the list, or a language misses one of its texts.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedList_matchesTheCatalog();
    void everyCatalogText_isTranslated_data();
    void everyCatalogText_isTranslated();
    void localized_followsTheInstalledLanguage();
};

void TestTranslations::generatedList_matchesTheCatalog()
{
    const QStringList loaded = builtinCatalog().texts();
    const QStringList listed = builtinCatalogTexts();
    QVERIFY(loaded.size() > 100);
    const QSet<QString> a(loaded.cbegin(), loaded.cend());
    const QSet<QString> b(listed.cbegin(), listed.cend());
    for (const QString &missing : a - b)
        qWarning("not in ui/catalogtexts.cpp (run scripts/catalog-texts.py): %s", qPrintable(missing));
    for (const QString &extra : b - a)
        qWarning("in ui/catalogtexts.cpp but not in the catalog: %s", qPrintable(extra));
    QCOMPARE(a, b);
}

void TestTranslations::everyCatalogText_isTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::everyCatalogText_isTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/guardian-portcheck_"_s + language + u".qm"_s));
    const QRegularExpression placeholder(u"\\{\\w+\\}"_s);
    int same = 0;
    const QStringList texts = builtinCatalog().texts();
    for (const QString &text : texts) {
        const QString translated = translator.translate("Catalog", text.toUtf8().constData());
        QVERIFY2(!translated.isEmpty(), qPrintable(language + u": "_s + text));
        // {host}, {port}, {from} and {to} survive translation
        QStringList wanted;
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            wanted << it.next().captured();
        for (auto it = placeholder.globalMatch(translated); it.hasNext();)
            found << it.next().captured();
        wanted.sort();
        found.sort();
        QCOMPARE(found, wanted);
        // Product names (LDAPS, Azure SQL, Microsoft 365) may stay the same; sentences never do.
        if (text.endsWith(u'.'))
            QVERIFY2(translated != text, qPrintable(language + u": untranslated: "_s + text));
        same += translated == text ? 1 : 0;
    }
    // Product and protocol names ("Exchange Online", "HTTPS") stay; an untranslated file would not.
    QVERIFY2(same < texts.size() / 8,
             qPrintable(QString::number(same) + u" of "_s + QString::number(texts.size())));
}

void TestTranslations::localized_followsTheInstalledLanguage()
{
    const Text reason = Text::phrase("Verdict", "fails: %1",
                                     {Text::phrase("Verdict", "%1 refused", {Text::plain(u"445"_s)}),
                                      Text::catalog(u"Network file share"_s)});
    QVERIFY(installTranslations(u"ja"_s).startsWith(u"ja"_s));
    QCOMPARE(localized(reason), u"失敗: 445 拒否"_s);
    QCOMPARE(catalogText(u"Domain controller"_s), u"ドメインコントローラー"_s);
    QVERIFY(installTranslations(u"de"_s).startsWith(u"de"_s));
    QCOMPARE(localized(reason), u"fehlgeschlagen: 445 abgewiesen"_s);
    QCOMPARE(localized(Text::list({Text::catalog(u"Domain controller"_s), Text::plain(u"dc1"_s)})),
             u"Domänencontroller, dc1"_s);
    QCOMPARE(reason.english(), u"fails: 445 refused"_s); // English stays available for the JSON
    installTranslations(u"en"_s);
    QCOMPARE(localized(reason), u"fails: 445 refused"_s);
    // a text no translation knows (a custom catalog) reads as written
    QCOMPARE(catalogText(u"Our own appliance"_s), u"Our own appliance"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
