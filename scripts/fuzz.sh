#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each, starting from the seed corpus in
# tests/fuzz/corpus (which also holds every crash found so far, as regression seeds).
#   bash scripts/fuzz.sh [SECONDS]          each target for SECONDS (default 30)
#   bash scripts/fuzz.sh --runs N           each target for N executions (CI: fixed work, not time)
#   ... [TARGET...]                         only these targets (ldap, http, results or fuzz_results, ...)
# A crash, a leak or a timeout fails the script (after the other targets ran). The crashing input
# is kept under build/fuzz/crashes/TARGET/ and copied to tests/fuzz/corpus/TARGET/ so that, once
# fixed, it is committed as a regression seed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

limit=(-max_total_time=30)
what="30s"
if [ "${1:-}" = "--runs" ]; then
    limit=(-runs="${2:?--runs needs a number}")
    what="${2} runs"
    shift 2
elif [ -n "${1:-}" ] && [ "${1}" -eq "${1}" ] 2>/dev/null; then
    limit=(-max_total_time="$1")
    what="${1}s"
    shift
fi
all_targets=(ldap smb http tds kerberos dns profile catalog hostlist hostimport session results m365 x509 servicetags)
targets=("${@#fuzz_}") # "results" or "fuzz_results"
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPORTCHECK_FUZZ=ON -DPORTCHECK_WERROR=OFF >/dev/null
cmake --build build/fuzz --target "${targets[@]/#/fuzz_}" -j "$(nproc)"

failed=()
summary=()
for target in "${targets[@]}"; do
    corpus=build/fuzz/corpus/$target
    crashes=build/fuzz/crashes/$target
    log=build/fuzz/fuzz_$target.log
    mkdir -p "$corpus" "$crashes"
    rm -f "$crashes"/*
    if [ -d "tests/fuzz/corpus/$target" ]; then
        cp -n "tests/fuzz/corpus/$target"/* "$corpus"/ 2>/dev/null || true
    fi
    echo "== fuzz_$target for $what"
    # No pipe into grep here: with pipefail, `fuzzer | grep || true` reset the fuzzer's status and
    # a crash passed as success. The status is taken from the fuzzer itself.
    status=0
    case "$target" in
    ldap | smb | http | tds) max_len=4096 ;; # network answers: the interesting part is short
    *) max_len=32768 ;;                     # files (the built-in catalog is 19 KB)
    esac
    ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/fuzz_$target "${limit[@]}" -max_len=$max_len \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$corpus" >"$log" 2>&1 || status=$?
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" "$log" || true
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    summary+=("$(printf '%-12s %12s execs %10s execs/s  exit %s' "$target" "${execs:-?}" "${rate:-?}" "$status")")
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        mkdir -p "tests/fuzz/corpus/$target"
        for input in "$crashes"/*; do
            [ -f "$input" ] || continue
            seed="tests/fuzz/corpus/$target/$(basename "$input")"
            cp -n "$input" "$seed"
            echo "!! fuzz_$target failed (exit $status); input kept: $input, regression seed: $seed"
        done
        echo "!! full log: $log"
    fi
done

echo "== fuzz summary ($what each)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "FUZZ FAILED: ${failed[*]} (fix the parser, then commit the seeds under tests/fuzz/corpus)" >&2
    exit 1
fi
