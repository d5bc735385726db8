#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 30), starting from the
# seed corpus in tests/fuzz/corpus. A crash stops the script with the fuzzer's exit code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-30}
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPORTCHECK_FUZZ=ON -DPORTCHECK_WERROR=OFF >/dev/null
cmake --build build/fuzz --target fuzz_ldap fuzz_smb fuzz_http fuzz_tds -j "$(nproc)"
for target in ldap smb http tds; do
    corpus=build/fuzz/corpus/$target
    mkdir -p "$corpus"
    [ -d "tests/fuzz/corpus/$target" ] && cp -n tests/fuzz/corpus/$target/* "$corpus"/ 2>/dev/null || true
    echo "== fuzz_$target for ${seconds}s"
    ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=4096 \
        -print_final_stats=1 "$corpus" 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==|SUMMARY)" || true
    [ "${PIPESTATUS[0]}" -eq 0 ] || exit "${PIPESTATUS[0]}"
done
