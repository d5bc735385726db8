#pragma once

#include "model/probe/probetypes.h"
#include "model/verdict/verdict.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace PortCheck {

// How a verdict looks wherever it is shown (tables, diagram, PDF): a colour from the Okabe-Ito
// palette, which colour-blind readers can tell apart, and always a shape as well, so that the state
// never rests on colour alone. `Running` is the diagram's state for a link still being probed.
enum class VisualState
{
    Pass,
    Warn,
    Fail,
    NotTested,
    Running
};

class VerdictStyle final
{
    Q_DECLARE_TR_FUNCTIONS(VerdictStyle)

public:
    static VisualState fromVerdict(VerdictLevel level);
    static QColor color(VisualState state, const QPalette &palette = {});
    // GUI thread only: the icons are kept once drawn.
    static QIcon icon(VisualState state, int size = 16);
    static QString text(VisualState state);
    static QString text(VerdictLevel level) { return text(fromVerdict(level)); }
    // How bad a state is, for "worst first" and for the state of a group: fail 4, running 3,
    // warn 2, pass 1, not tested 0.
    static int severity(VisualState state);
    static int severity(VerdictLevel level) { return severity(fromVerdict(level)); }
    // The visual state of one probe result: pass for open and identified, fail for a failure, warn
    // for an open port whose service could not be checked (TLS error on a port that worked, silent).
    static VisualState forProbe(const ProbeResult &result);
    static QString stateText(ProbeState state);
    static QString serviceText(ServiceState state);
    // Qt::PenStyle for a diagram line: solid pass and fail (fail thick), dashed warn, dotted not tested.
    static Qt::PenStyle penStyle(VisualState state);
    // A tool tip that shows `text` exactly: Qt renders tool tips that look like markup as rich text,
    // and this text can come from the network or a results file.
    static QString plainToolTip(const QString &text);
    // True when the palette's window is dark: verdict colours are then lightened for contrast.
    static bool isDark(const QPalette &palette);

private:
    static QIcon drawIcon(VisualState state, int size);
};

} // namespace PortCheck
