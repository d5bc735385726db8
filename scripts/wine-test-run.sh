#!/bin/sh
# CTest's emulator for the Windows build (CMAKE_CROSSCOMPILING_EMULATOR of the windows preset):
# runs one test executable under Wine with its stdio on a file, then prints that file.
#
# Why not wine64 directly: a Wine program's children and the services Wine starts on demand
# (explorer.exe, services.exe, winedevice.exe, rpcss) inherit its stdout and stderr and outlive it.
# Given CTest's pipes they keep them open, and CTest then waits for end of file until the test's
# timeout although the suite printed its totals and exited. A file has no reader to keep waiting.
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
out=$(mktemp "${TMPDIR:-/tmp}/portcheck-wine.XXXXXX") || exit 125
"$wine" "$@" </dev/null >"$out" 2>&1
rc=$?
cat "$out"
rm -f "$out"
exit "$rc"
