// The verdicts of a run counted, and the whole said in one sentence.
#include "model/verdict/verdict.h"

#include <QtGlobal>

#include <algorithm>

namespace PortCheck {

VerdictLevel VerdictSummary::overall() const
{
    return fail > 0   ? VerdictLevel::Fail
           : warn > 0 ? VerdictLevel::Warn
           : pass > 0 ? VerdictLevel::Pass
                      : VerdictLevel::NotTested;
}

VerdictSummary summarize(const QList<Verdict> &verdicts)
{
    VerdictSummary s;
    for (const Verdict &v : verdicts) {
        switch (v.level) {
        case VerdictLevel::Pass:
            ++s.pass;
            break;
        case VerdictLevel::Warn:
            ++s.warn;
            break;
        case VerdictLevel::Fail:
            ++s.fail;
            break;
        case VerdictLevel::NotTested:
            ++s.notTested;
            break;
        }
    }
    return s;
}

Text overallSentence(const VerdictSummary &s)
{
    switch (s.overall()) {
    case VerdictLevel::Fail:
        return Text::phrase(
            "Verdict",
            QT_TRANSLATE_N_NOOP("Verdict", "%n link(s) fail: the network is not ready for Guardian."), {},
            s.fail);
    case VerdictLevel::Warn:
        return Text::phrase(
            "Verdict", QT_TRANSLATE_N_NOOP("Verdict", "Guardian can work, with %n warning(s) to look at."),
            {}, s.warn);
    case VerdictLevel::Pass:
        return Text::phrase("Verdict", QT_TRANSLATE_NOOP("Verdict", "Every link tested from here passes."));
    case VerdictLevel::NotTested:
        break;
    }
    return Text::phrase("Verdict",
                        QT_TRANSLATE_NOOP("Verdict", "Nothing could be tested from this computer."));
}

Text countsSentence(const VerdictSummary &s)
{
    const auto number = [](int n) {
        return Text::plain(QString::number(n));
    };
    return Text::phrase("Verdict",
                        QT_TRANSLATE_NOOP("Verdict", "%1 pass · %2 warn · %3 fail · %4 not tested from here"),
                        {number(s.pass), number(s.warn), number(s.fail), number(s.notTested)});
}

int exitCodeFor(const QList<Verdict> &verdicts)
{
    const bool failed = std::any_of(verdicts.cbegin(), verdicts.cend(),
                                    [](const Verdict &v) { return v.level == VerdictLevel::Fail; });
    return failed ? 1 : 0;
}

} // namespace PortCheck
