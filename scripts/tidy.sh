#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy on the product's C++ files (app/, ui/, model/) that
# changed since .ci/tidy-base (a commit; each session sets it to where it started), or since the
# commit given. Any diagnostic fails (issue 18.9).
#   bash scripts/tidy.sh [BASE]        (needs build/release/compile_commands.json)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base=${1:-$(head -n1 .ci/tidy-base)}
build=${TIDY_BUILD:-build/release}
command -v clang-tidy >/dev/null || { echo "tidy: clang-tidy missing (apt-get install clang-tidy)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json (build first)" >&2; exit 1; }
git rev-parse -q --verify "$base^{commit}" >/dev/null || { echo "tidy: $base is not a commit here" >&2; exit 1; }
mapfile -t files < <(git diff --name-only --diff-filter=d "$base" HEAD -- 'app/*.cpp' 'ui/*.cpp' 'model/*.cpp' | sort)
if [ ${#files[@]} -eq 0 ]; then
    echo "tidy: no product C++ file changed since $base"
    exit 0
fi
echo "tidy: ${#files[@]} files changed since $(git rev-parse --short "$base")"
# GCC 12 builds C++17 without a -std flag; clang-tidy's clang would take C++14. QTest's and
# qCDebug's macros are called without variadic arguments, which only pedantic clang minds.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\n' "${files[@]}" |
    xargs -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet --extra-arg=-std=c++17 \
        --extra-arg=-Wno-gnu-zero-variadic-macro-arguments >"$log" 2>/dev/null || true
if grep -E ': (warning|error):' "$log"; then
    echo "tidy: the diagnostics above are in files this change touched: fix them, or say why not" \
        "in a NOLINT comment" >&2
    exit 1
fi
echo "tidy: clean"
