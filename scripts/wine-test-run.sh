#!/bin/sh
# CTest's emulator for the Windows build (CMAKE_CROSSCOMPILING_EMULATOR of the windows preset):
# runs one test executable under Wine and exits with its result.
#
# Two things of Wine 8 that a plain `wine64 suite.exe` under CTest runs into:
# - A Wine program's children and the services Wine starts on demand (explorer.exe /desktop,
#   services.exe, rpcss) inherit its stdout and stderr and outlive it. Given CTest's pipes they
#   keep them open and CTest waits for end of file until the timeout, although the suite ended.
#   So the program's stdio goes to a file, printed afterwards.
# - A suite that opened windows can stay blocked in Wine's process exit after QTest printed its
#   totals (its last thread waits on the desktop process it started). When the QTest log (the
#   `-o FILE,txt` argument) says "Finished testing" and the process is still there 20 s later, it
#   is ended and the suite's result is QTest's count of failures, as its exit code would have been.
#   The product itself meets the same after using the GUI libraries (`demo --pdf`): with
#   PORTCHECK_WINE_DONE_PATTERN set, the program's own output is watched for that pattern instead
#   ("Report written to"), and a process ended after it counts as exit 0 (the caller checks its files).
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
out=$(mktemp "${TMPDIR:-/tmp}/portcheck-wine.XXXXXX") || exit 125
log=
previous=
for arg in "$@"; do
    case "$previous,$arg" in
    -o,-,txt) ;;
    -o,*,txt) [ -n "$log" ] || log=${arg%,txt} ;;
    esac
    previous=$arg
done
[ -n "$log" ] && rm -f "$log"

watch=$log
pattern='^\*\*\*\*\*\*\*\*\* Finished testing of'
if [ -n "${PORTCHECK_WINE_DONE_PATTERN:-}" ]; then
    watch=$out
    pattern=$PORTCHECK_WINE_DONE_PATTERN
fi

"$wine" "$@" </dev/null >"$out" 2>&1 &
pid=$!
# Still running: not gone and not a zombie waiting for `wait` (kill -0 succeeds on a zombie).
running() {
    kill -0 "$pid" 2>/dev/null && ! grep -q '^[0-9]* (.*) Z ' "/proc/$pid/stat" 2>/dev/null
}
ended=
while running; do
    if [ -n "$watch" ] && grep -aq "$pattern" "$watch" 2>/dev/null; then
        waited=0
        while running && [ "$waited" -lt 20 ]; do
            sleep 1
            waited=$((waited + 1))
        done
        if running; then
            kill "$pid" 2>/dev/null
            sleep 1
            kill -9 "$pid" 2>/dev/null
            ended=yes
        fi
        break
    fi
    sleep 1
done
wait "$pid"
rc=$?
cat "$out"
rm -f "$out"
if [ -n "$ended" ] && [ "$watch" = "$out" ]; then
    echo "wine-test-run: $(basename "$1") printed '$pattern' but did not exit within 20 s (Wine's process" \
        "exit waiting on its desktop); ended it."
    rc=0
elif [ -n "$ended" ]; then
    failed=$(sed -n 's/^Totals: [0-9]* passed, \([0-9]*\) failed.*/\1/p' "$log" | tail -n 1)
    echo "wine-test-run: $(basename "$1") finished testing but did not exit within 20 s (Wine's process" \
        "exit waiting on its desktop); ended it. Result: QTest's totals, ${failed:-?} failed."
    case "$failed" in
    '' | *[!0-9]*) rc=125 ;;
    *) rc=$((failed > 127 ? 127 : failed)) ;;
    esac
fi
exit "$rc"
