#!/usr/bin/env bash
# Screenshots of every wizard page against the demo site, under Xvfb: light, dark and 200 % scale.
#   bash scripts/screenshots.sh [OUTDIR]     (default: build/screenshots)
# Everything runs on loopback; the user's own session is not touched (test-mode paths).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-build/screenshots}"
mkdir -p "$out"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb xauth" >&2; exit 2; }
[ -x build/release/tests/wizard_tour ] || { cmake --preset release >/dev/null; cmake --build --preset release --target wizard_tour; }
tour=build/release/tests/wizard_tour
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1600x1000x24" "$tour" "$out" light-
PORTCHECK_PALETTE=dark xvfb-run -a -s "-screen 0 1600x1000x24" "$tour" "$out" dark-
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2600x1800x24" "$tour" "$out" scale200-
# Fail and warning must stay apart for colour-blind readers (needs python3-numpy, python3-pil).
if /usr/bin/python3 -c 'import numpy, PIL' 2>/dev/null; then
    /usr/bin/python3 scripts/colourblind-check.py "$out"/light-*-results.png
    /usr/bin/python3 scripts/colourblind-check.py --dark "$out"/dark-*-results.png
fi
echo "Screenshots in $out"
