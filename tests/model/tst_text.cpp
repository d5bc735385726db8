#include "model/expected.h"
#include "model/outputfile.h"
#include "model/text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace PortCheck;
using namespace Qt::StringLiterals;

// Text is how model/ hands sentences to ui/: the English source, the arguments, and nothing
// translated. These tests pin how it fills arguments, what english() prints (the JSON contract)
// and that a results file cannot make it misbehave.
class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void english_fillsNestedArguments();
    void arguments_areFilledInOnePass();
    void catalog_fillsNamedPlaceholders();
    void lists_skipEmptyItems();
    void translator_seesEveryPhraseOnce();
    void json_roundTrip();
    void json_badInputBecomesPlainText();
    void naturalCompare_sameUnderEveryLocale();
    void displaySafe_escapesControlsAndBidi_data();
    void displaySafe_escapesControlsAndBidi();
    void displaySafe_escapesPlainPartsOnly();
    void json_fanOutBombIsRefused_data();
    void json_fanOutBombIsRefused();
    void json_budgetIsSharedByTheTextsOfAFile();
    void expected_holdsAValueOrAFailure();
};

void TestText::english_fillsNestedArguments()
{
    const Text port =
        Text::phrase("Verdict", "%1 (port %2)", {Text::plain(u"389/ldap"_s), Text::plain(u"10389"_s)});
    const Text reason = Text::phrase("Verdict", "fails: %1", {Text::phrase("Verdict", "%1 refused", {port})});
    QCOMPARE(reason.english(), u"fails: 389/ldap (port 10389) refused"_s);
    QVERIFY(!reason.isPlain());
    QVERIFY(Text::plain(u"x"_s).isPlain());
    QVERIFY(Text().isEmpty());
    QCOMPARE(Text::phrase("Probe", "%n probe(s)", {}, 3).english(), u"3 probe(s)"_s);
}

void TestText::arguments_areFilledInOnePass()
{
    // A host or a certificate subject can contain "%1": it must arrive as typed, not be filled again.
    const Text t =
        Text::phrase("Verdict", "%1 answered as %2", {Text::plain(u"dc%2"_s), Text::plain(u"%1%%"_s)});
    QCOMPARE(t.english(), u"dc%2 answered as %1%%"_s);
    // a placeholder without an argument stays as written
    QCOMPARE(Text::phrase("Verdict", "%1 and %3", {Text::plain(u"a"_s)}).english(), u"a and %3"_s);
}

void TestText::catalog_fillsNamedPlaceholders()
{
    const Text t = Text::catalog(u"Allow TCP {port} from {from} to {host}; {unknown} stays."_s,
                                 {{u"port"_s, Text::plain(u"389"_s)},
                                  {u"from"_s, Text::catalog(u"Guardian server"_s)},
                                  {u"host"_s, Text::plain(u"{port}"_s)}});
    QCOMPARE(t.english(), u"Allow TCP 389 from Guardian server to {port}; {unknown} stays."_s);
}

void TestText::lists_skipEmptyItems()
{
    QCOMPARE(Text::list({Text::plain(u"a"_s), Text(), Text::plain(u"b"_s), Text::plain(u"c"_s)}).english(),
             u"a, b, c"_s);
    QCOMPARE(Text::sentences({Text(), Text::plain(u"only"_s)}).english(), u"only"_s);
    QVERIFY(Text::list({}).isEmpty());
}

void TestText::translator_seesEveryPhraseOnce()
{
    QStringList asked;
    const Text::Translator upper = [&asked](const QString &context, const QString &source, int) {
        asked << context + u'|' + source;
        return source == u"%1 refused"_s ? u"%1 ABGEWIESEN"_s : QString(); // empty: keep the source
    };
    const Text t = Text::phrase("Verdict", "fails: %1",
                                {Text::phrase("Verdict", "%1 refused", {Text::plain(u"dc1"_s)})});
    QCOMPARE(t.toString(upper), u"fails: dc1 ABGEWIESEN"_s);
    QCOMPARE(asked, (QStringList{u"Verdict|fails: %1"_s, u"Verdict|%1 refused"_s}));
    QCOMPARE(Text::catalog(u"Domain controller"_s).toString(upper), u"Domain controller"_s);
    QCOMPARE(asked.last(), u"Catalog|Domain controller"_s);
}

void TestText::json_roundTrip()
{
    const Text t =
        Text::sentences({Text::phrase("Probe", "certificate: %1", {Text::plain(u"expired"_s)}),
                         Text::catalog(u"{host} at {port}"_s, {{u"host"_s, Text::plain(u"dc1"_s)},
                                                               {u"port"_s, Text::plain(u"636"_s)}}),
                         Text::phrase("Probe", "%n byte(s)", {}, 2)});
    const Text back = Text::fromJson(t.toJson());
    QCOMPARE(back, t);
    QCOMPARE(back.english(), t.english());
    QCOMPARE(Text::fromJson(Text::plain(u"as sent"_s).toJson()), Text::plain(u"as sent"_s));
}

void TestText::json_badInputBecomesPlainText()
{
    // names that do not match the arguments
    QJsonObject o{{u"context"_s, u"Catalog"_s},
                  {u"source"_s, u"{a} {b}"_s},
                  {u"args"_s, QJsonArray{u"x"_s}},
                  {u"names"_s, QJsonArray{u"a"_s, u"b"_s}}};
    QCOMPARE(Text::fromJson(o).english(), u"{a} {b}"_s);
    QVERIFY(Text::fromJson(o).isPlain());
    // no context, a number, null
    QCOMPARE(Text::fromJson(QJsonObject{{u"source"_s, u"s"_s}}), Text::plain(u"s"_s));
    QVERIFY(Text::fromJson(QJsonValue(42)).isEmpty());
    QVERIFY(Text::fromJson(QJsonValue()).isEmpty());
    // nesting deeper than any sentence: cut to plain text, no stack exhaustion
    QJsonValue deep = u"leaf"_s;
    for (int i = 0; i < 5000; ++i)
        deep =
            QJsonObject{{u"context"_s, u"Text"_s}, {u"source"_s, u"(%1)"_s}, {u"args"_s, QJsonArray{deep}}};
    const QString text = Text::fromJson(deep).english();
    QVERIFY(text.startsWith(u"(((("_s));
    QVERIFY(text.size() < 100);
}

void TestText::displaySafe_escapesControlsAndBidi_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("keepLayout");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"dc1.corp.example"_s << false << u"dc1.corp.example"_s;
    QTest::newRow("ansi colour") << u"a\x1b[31mb"_s << false << u"a\\x1b[31mb"_s;
    QTest::newRow("osc title") << u"\x1b]0;x\x07"_s << false << u"\\x1b]0;x\\x07"_s;
    QTest::newRow("nul and del") << QString(u"a\0b\x7f"_s) << false << u"a\\x00b\\x7f"_s;
    QTest::newRow("c1 csi") << u"a\x9b"
                               "2J"_s
                            << false << u"a\\x9b2J"_s;
    QTest::newRow("rlo") << u"txt\u202Eexe"_s << false << u"txt\\u202eexe"_s;
    QTest::newRow("isolates") << u"\u2066a\u2069"_s << false << u"\\u2066a\\u2069"_s;
    QTest::newRow("lrm") << u"a\u200Eb"_s << false << u"a\\u200eb"_s;
    QTest::newRow("newline escaped") << u"a\nb\rc"_s << false << u"a\\x0ab\\x0dc"_s;
    QTest::newRow("layout kept") << u"a\nb\tc\rd"_s << true << u"a\nb\tc\\x0dd"_s;
    QTest::newRow("japanese and arrows stay") << u"ドメイン → é"_s << false << u"ドメイン → é"_s;
}

void TestText::displaySafe_escapesControlsAndBidi()
{
    QFETCH(QString, input);
    QFETCH(bool, keepLayout);
    QFETCH(QString, shown);
    QCOMPARE(displaySafe(input, keepLayout), shown);
    QCOMPARE(displaySafe(shown, keepLayout), shown); // escaping twice changes nothing
}

void TestText::displaySafe_escapesPlainPartsOnly()
{
    const Text t = Text::phrase("Probe", "certificate %1 on %2",
                                {Text::plain(u"CN=a\x1b[2J"_s), Text::plain(u"dc\u202E1"_s)});
    QCOMPARE(t.displaySafe().english(), u"certificate CN=a\\x1b[2J on dc\\u202e1"_s);
    QCOMPARE(t.english(), u"certificate CN=a\x1b[2J on dc\u202E1"_s); // the JSON's words keep the bytes
}

void TestText::json_fanOutBombIsRefused_data()
{
    QTest::addColumn<bool>("named");
    QTest::newRow("%1 repeated") << false;
    QTest::newRow("{a} repeated") << true;
}

// A results file whose message_text repeats %1 at every level: 8 uses per level, 12 levels deep
// (well within the depth limit of 32) would be 8^12 copies of the leaf, about a terabyte.
void TestText::json_fanOutBombIsRefused()
{
    QFETCH(bool, named);
    QJsonValue bomb = u"leaf"_s;
    for (int i = 0; i < 12; ++i) {
        QJsonObject level{{u"context"_s, named ? u"Catalog"_s : u"Text"_s},
                          {u"source"_s, named ? u"{a}{a}{a}{a}{a}{a}{a}{a}"_s : u"%1%1%1%1%1%1%1%1"_s},
                          {u"args"_s, QJsonArray{bomb}}};
        if (named)
            level.insert(u"names"_s, QJsonArray{u"a"_s});
        bomb = level;
    }
    const Text t = Text::fromJson(bomb);
    const QString text = t.english();
    QVERIFY2(text.size() < 200, qPrintable(text.left(200)));
    QVERIFY2(text.contains(u"expand to more than"_s), qPrintable(text));

    // the same shape within the limit still reads whole: 8^4 leaves
    QJsonValue small = u"ab"_s;
    for (int i = 0; i < 4; ++i) {
        QJsonObject level{
            {u"context"_s, u"Text"_s}, {u"source"_s, u"%1%1%1%1%1%1%1%1"_s}, {u"args"_s, QJsonArray{small}}};
        small = level;
    }
    QCOMPARE(Text::fromJson(small).english(), QString(8 * 8 * 8 * 8, u'x').replace(u'x', u"ab"_s));
}

void TestText::json_budgetIsSharedByTheTextsOfAFile()
{
    const QString big(3 << 20, u'm'); // a 3 M message: fits the limit of one text
    qint64 budget = Text::kMaxExpandedLength;
    QCOMPARE(Text::fromJson(QJsonValue(big), &budget).english().size(), big.size());
    QCOMPARE(budget, Text::kMaxExpandedLength - big.size());
    // the second one does not fit what is left
    QVERIFY(Text::fromJson(QJsonValue(big), &budget).english().contains(u"left out"_s));
}

void TestText::naturalCompare_sameUnderEveryLocale()
{
    QStringList hosts{u"127.0.1.10"_s, u"DC10"_s, u"127.0.1.9"_s, u"dc2"_s, u"dc02b"_s,
                      u"127.0.1.1"_s,  u"dc2a"_s, u"fs1"_s,       u"dc"_s};
    std::sort(hosts.begin(), hosts.end(),
              [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    QCOMPARE(hosts, (QStringList{u"127.0.1.1"_s, u"127.0.1.9"_s, u"127.0.1.10"_s, u"dc"_s, u"dc2"_s,
                                 u"dc2a"_s, u"dc02b"_s, u"DC10"_s, u"fs1"_s}));
    QCOMPARE(naturalCompare(u"DC1", u"dc1"), 0);
    QVERIFY(naturalCompare(u"a99999999999999999999", u"a100000000000000000000") < 0); // beyond any integer
}

QTEST_GUILESS_MAIN(TestText)
// A value or a failure, never both, never neither; a failure always says what went wrong.
void TestText::expected_holdsAValueOrAFailure()
{
    const Expected<int> seven = 7;
    QVERIFY(seven.ok());
    QVERIFY(static_cast<bool>(seven));
    QCOMPARE(seven.value(), 7);
    QCOMPARE(*seven, 7);
    QVERIFY(seven.error().isEmpty());
    const Expected<int> none = Failure{Text::plain(u"no value here"_s)};
    QVERIFY(!none.ok());
    QCOMPARE(none.error().english(), u"no value here"_s);
    QCOMPARE(none.valueOr(-1), -1);
    Expected<QString> moved = u"taken"_s;
    const QString taken = std::move(moved).value();
    QCOMPARE(taken, u"taken"_s);
    const Expected<void> done;
    QVERIFY(done.ok());
    const Expected<void> failed = Failure{Text::plain(u"cannot write"_s)};
    QVERIFY(!failed);
    QCOMPARE(failed.error().english(), u"cannot write"_s);

    // The writer of every file the user names fails with the path and the reason.
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-folder/r.json"_s);
    const Expected<void> written = writeFileAtomically(missing, "{}");
    QVERIFY(!written);
    QVERIFY2(written.error().english().contains(missing), qPrintable(written.error().english()));
    const QString good = dir.filePath(u"r.json"_s);
    QVERIFY(writeFileAtomically(good, "{}").ok());
    QVERIFY(QFileInfo::exists(good));
}

#include "tst_text.moc"
