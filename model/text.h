#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace PortCheck {

// A sentence that model/ builds and ui/ words. model/ never translates: it keeps the English source
// text, which lupdate collects because every source is written as QT_TRANSLATE_NOOP(context, "..."),
// and the arguments. English outputs (the results JSON, JUnit) print english(); the window, the PDF
// and the command line print it through a Translator (ui/ localized()).
//
// Arguments are Texts too: host names and what the network sent are plain (never looked up), role
// names and remediation from the catalog are catalog texts (context "Catalog", the YAML's English as
// the key), so a custom catalog without translations still reads in English.
class Text
{
public:
    // The text for (context, source, n) in the reader's language; the source itself when none.
    using Translator = std::function<QString(const QString &context, const QString &source, int n)>;

    Text() = default;

    // Shown as it is, in every language.
    static Text plain(const QString &text);
    // context and source are literals marked with QT_TRANSLATE_NOOP; %1..%9 take args in order,
    // %n takes n (a translation picks its plural form; english() keeps the source's words, so
    // prefer one phrase per number where the English differs).
    static Text phrase(const char *context, const char *source, QList<Text> args = {}, int n = -1);
    // A text of the catalog; {name} placeholders take the named arguments.
    static Text catalog(const QString &source, QList<std::pair<QString, Text>> named = {});
    // "a, b, c" and "a; b; c" in the reader's punctuation.
    static Text list(const QList<Text> &items);
    static Text sentences(const QList<Text> &items);

    bool isEmpty() const { return m_source.isEmpty() && m_args.isEmpty(); }
    bool isPlain() const { return m_context.isEmpty(); }
    const QString &source() const { return m_source; }

    QString toString(const Translator &translate) const;
    QString english() const { return toString({}); }

    // The structure, so a results file opened later reads in the reader's language too: a string
    // for plain text, an object otherwise. fromJson() takes what toJson() wrote; anything else
    // (or nesting deeper than 32) becomes plain text. A text whose arguments would expand to more
    // than kMaxExpandedLength characters (a source repeating %1 at every level fans out
    // exponentially), or beyond what is left of `budget` (shared by the texts of one file), is
    // refused: it reads as a note that says so.
    QJsonValue toJson() const;
    static Text fromJson(const QJsonValue &value);
    static Text fromJson(const QJsonValue &value, qint64 *budget);
    static constexpr qint64 kMaxExpandedLength = 4 << 20;

    bool operator==(const Text &other) const;

    // The same text with every plain part passed through displaySafe(): what a terminal, the window
    // and the PDF show. The original stays for the JSON (english() of *this).
    Text displaySafe() const;

private:
    static Text fromJson(const QJsonValue &value, int depth, qint64 *expanded);
    static Text joined(const QList<Text> &items, const char *pair);

    QString m_context; // empty: plain text
    QString m_source;
    QList<Text> m_args;
    QStringList m_names; // catalog texts: the placeholder name of each argument
    int m_count = -1;
};

QStringList englishTexts(const QList<Text> &texts);

// Text from the network or a file, made safe to show: control characters (C0, DEL, C1, so ESC
// sequences too) and the bidirectional controls that reorder what a reader sees (U+061C, U+200E,
// U+200F, U+202A-U+202E, U+2066-U+2069) and U+2028/U+2029 become visible escapes (\x1b, \u202e).
// keepLayout keeps line feeds and tabs (for whole messages whose lines are ours).
QString displaySafe(const QString &text, bool keepLayout = false);

// Host names and addresses in the order a reader expects, the same under every locale: letters
// without case, runs of digits by their value (dc2 before dc10, 127.0.1.9 before 127.0.1.10).
// Negative, zero or positive as a is before, like or after b.
int naturalCompare(QStringView a, QStringView b);

} // namespace PortCheck

// Members are Qt's implicitly shared types only, which move as bytes.
Q_DECLARE_TYPEINFO(PortCheck::Text, Q_RELOCATABLE_TYPE);
