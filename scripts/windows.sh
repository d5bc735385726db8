#!/usr/bin/env bash
# The Windows build, made on this Debian 12 machine (issue 12):
#   bash scripts/windows.sh            everything below, in order
#   bash scripts/windows.sh deps       install the cross compilers, Wine, NSIS; fetch the source packages
#   bash scripts/windows.sh toolchain  build static Qt 6.4.2 and yaml-cpp for mingw once, into the cache
#   bash scripts/windows.sh build      cross-build build/windows/guardian-portcheck.exe
#   bash scripts/windows.sh test       the exe's smoke checks and the QTest suites under Wine
#   bash scripts/windows.sh package    the zip and the NSIS installer (and a silent install under Wine)
#   bash scripts/windows.sh cache-dir  print the toolchain cache folder (empty output: not built yet)
#
# The toolchain lives outside the repo, keyed by the versions and options that went into it:
#   ${PORTCHECK_WINDOWS_CACHE:-/var/cache/guardian-portcheck}/qt-6.4.2-mingw-static-<hash>/
# Only the first run pays for it (about 50 CPU-minutes); afterwards only the project is built.
# Nothing is downloaded but Debian's own packages and source packages.
# (Editing this file while it runs corrupts the running copy: bash reads scripts as it goes.)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

cache_root=${PORTCHECK_WINDOWS_CACHE:-/var/cache/guardian-portcheck}
src_root=$cache_root/src
jobs=${PORTCHECK_WINDOWS_JOBS:-$(nproc)}
# The Qt build is long: run it at the lowest priority so interactive work keeps the machine.
nice_cmd=(nice -n "${PORTCHECK_WINDOWS_NICE:-19}")
triple=x86_64-w64-mingw32
toolchain_file=$repo/cmake/mingw-w64-x86_64.cmake
build_dir=$repo/build/windows

windows_packages=(g++-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64 wine64 nsis
    cmake ninja-build dpkg-dev xz-utils zip unzip file xvfb xauth imagemagick poppler-utils
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    librsvg2-bin icoutils python3)

log() { printf '== %s\n' "$*"; }
die() {
    printf 'windows.sh: %s\n' "$*" >&2
    exit 1
}

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# A deb-src entry made from the machine's own Debian source (same mirror, suites, key), in a file
# of its own so the machine's apt configuration is left as it was.
add_deb_src() {
    local file=/etc/apt/sources.list.d/guardian-portcheck-src.sources
    [ -f "$file" ] && return 0
    local origin=/etc/apt/sources.list.d/debian.sources
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    if [ -f "$origin" ]; then
        # The first stanza (the main archive), with its Types replaced.
        awk 'BEGIN{RS=""; ORS="\n\n"} NR==1{print}' "$origin" |
            sed -e 's/^Types:.*/Types: deb-src/' | "${sudo[@]}" tee "$file" >/dev/null
    elif [ -f /etc/apt/sources.list ]; then
        grep -E '^deb ' /etc/apt/sources.list | grep -v security | sed 's/^deb /deb-src /' |
            "${sudo[@]}" tee "${file%.sources}.list" >/dev/null
        file=${file%.sources}.list
    else
        die "no apt source found to derive a deb-src entry from"
    fi
    log "added $file"
    "${sudo[@]}" apt-get update -qq
}

# Debian's source packages, unpacked once under $src_root.
fetch_sources() {
    mkdir -p "$src_root"
    local pkg dir
    for pkg in qt6-base qt6-svg yaml-cpp; do
        dir=$(find "$src_root" -maxdepth 1 -type d -name "${pkg}-*" | head -n1)
        [ -n "$dir" ] && continue
        log "apt-get source $pkg"
        (cd "$src_root" && apt-get source -qq "$pkg") && continue
        # The mirror this machine uses answered 404 for qt6-svg_6.4.2.orig.tar.xz (2026-12-01).
        # Then a copy of the same upstream release (qtsvg v6.4.2) can be given as a tarball.
        if [ "$pkg" = qt6-svg ] && [ -f "${PORTCHECK_QTSVG_SOURCE:-}" ]; then
            log "apt-get source qt6-svg failed: unpacking $PORTCHECK_QTSVG_SOURCE instead"
            mkdir -p "$src_root/qt6-svg-6.4.2"
            tar -xf "$PORTCHECK_QTSVG_SOURCE" -C "$src_root/qt6-svg-6.4.2" --strip-components=1
            grep -q 'QT_REPO_MODULE_VERSION "6.4.2"' "$src_root/qt6-svg-6.4.2/.cmake.conf" ||
                die "$PORTCHECK_QTSVG_SOURCE is not qtsvg 6.4.2"
            continue
        fi
        # Without qtsvg the exe is built all the same; only the diagram's SVG export is left out
        # (the window, PNG and PDF exports do not need it). Said loudly, as the build summary does.
        if [ "$pkg" = qt6-svg ]; then
            log "WARNING: no qt6-svg source (the mirror has no qt6-svg_6.4.2.orig.tar.xz; set PORTCHECK_QTSVG_SOURCE=qtsvg-6.4.2.tar.xz to use a copy): building without Qt SVG, so the Windows exe has no SVG diagram export"
            rm -f "$src_root"/qt6-svg_*.dsc
            continue
        fi
        die "apt-get source $pkg failed (is the deb-src entry reachable?)"
    done
}

src_dir() { find "$src_root" -maxdepth 1 -type d -name "$1-*" | sort | head -n1; }
src_version() {
    local dsc
    dsc=$(find "$src_root" -maxdepth 1 -name "$1_*.dsc" | sort | head -n1)
    if [ -n "$dsc" ]; then
        sed -n 's/^Version: //p' "$dsc"
    elif [ -n "$(src_dir "$1")" ]; then
        echo upstream # unpacked from PORTCHECK_QTSVG_SOURCE
    else
        echo none
    fi
}
have_svg_source() { [ -n "$(src_dir qt6-svg)" ]; }

# What the Windows exe needs from Qt and nothing else: Core, Network (Schannel), Gui, Widgets,
# Test, Svg; the windows platform plugin (and offscreen for the tests), the windowsvista style.
# tabletevent off: the +dfsg tarball removed src/3rdparty/wintab. OpenGL stays on: 6.4.2's
# windows platform plugin does not compile without it. directwrite3 off with direct2d off: 6.4.2
# builds the DirectWrite font database into QtGui only with direct2d, but the windows plugin
# refers to it whenever directwrite3 is on (the static link of the exe then fails); the plugin's
# default font database is the GDI one all the same.
qt_options=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_SHARED_LIBS=OFF
    -DQT_HOST_PATH=/usr
    -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
    -DQT_BUILD_EXAMPLES=OFF
    -DQT_BUILD_TESTS=OFF
    -DQT_BUILD_BENCHMARKS=OFF
    -DFEATURE_schannel=ON
    -DFEATURE_openssl=OFF
    -DINPUT_openssl=no
    -DFEATURE_sql=OFF
    -DFEATURE_dbus=OFF
    -DFEATURE_concurrent=OFF
    -DFEATURE_printsupport=OFF
    -DFEATURE_system_zlib=OFF
    -DFEATURE_tabletevent=OFF
    -DFEATURE_jpeg=OFF
    -DFEATURE_sqlmodel=OFF
    -DFEATURE_zstd=OFF
    -DFEATURE_direct2d=OFF
    -DFEATURE_directwrite3=OFF
    -DFEATURE_gif=OFF
)

cache_key() {
    local gcc_version
    gcc_version=$($triple-g++-posix -dumpfullversion 2>/dev/null || echo none)
    printf '%s\n' "qt6-base $(src_version qt6-base)" "qt6-svg $(src_version qt6-svg)" \
        "yaml-cpp $(src_version yaml-cpp)" "gcc $gcc_version" "${qt_options[@]}" \
        "$(cat "$toolchain_file")" | sha256sum | cut -c1-12
}

prefix() { echo "$cache_root/qt-6.4.2-mingw-static-$(cache_key)"; }

cmake_cross() {
    local src=$1 bld=$2
    shift 2
    # ccache, when there is one: a toolchain rebuilt with other options compiles most files again
    # unchanged (not part of the cache key: it changes nothing in what is built).
    local launcher=()
    command -v ccache >/dev/null &&
        launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    "${nice_cmd[@]}" cmake -S "$src" -B "$bld" -G Ninja "${launcher[@]}" \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain_file" -DPORTCHECK_WINDOWS_PREFIX="$(prefix)" \
        -DCMAKE_INSTALL_PREFIX="$(prefix)" "$@"
    "${nice_cmd[@]}" cmake --build "$bld" -j "$jobs"
    cmake --install "$bld" >/dev/null
}

build_toolchain() {
    local pfx
    pfx=$(prefix)
    if [ -f "$pfx/.complete" ]; then
        log "toolchain cached: $pfx ($(du -sh "$pfx" | cut -f1))"
        return 0
    fi
    local work=$cache_root/work-$(cache_key)
    mkdir -p "$work" "$pfx"
    # Wall time from the first start, also when the build was stopped and resumed (ninja goes on).
    [ -f "$work/.started" ] || date +%s >"$work/.started"
    if [ ! -f "$pfx/.qtbase" ]; then
        log "building qtbase $(src_version qt6-base) for mingw (log: $work/qtbase.log)"
        cmake_cross "$(src_dir qt6-base)" "$work/qtbase" "${qt_options[@]}" >"$work/qtbase.log" 2>&1 ||
            die "qtbase failed, see $work/qtbase.log"
        touch "$pfx/.qtbase"
    fi
    [ "${1:-}" = qtbase-only ] && return 0
    if [ ! -f "$pfx/.qtsvg" ] && have_svg_source; then
        log "building qtsvg $(src_version qt6-svg) (log: $work/qtsvg.log)"
        cmake_cross "$(src_dir qt6-svg)" "$work/qtsvg" -DCMAKE_BUILD_TYPE=Release \
            -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            -DQt6_DIR="$pfx/lib/cmake/Qt6" -DCMAKE_PREFIX_PATH="$pfx" \
            -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF >"$work/qtsvg.log" 2>&1 ||
            die "qtsvg failed, see $work/qtsvg.log"
        touch "$pfx/.qtsvg"
    fi
    if [ ! -f "$pfx/.yaml-cpp" ]; then
        log "building yaml-cpp $(src_version yaml-cpp) (log: $work/yaml-cpp.log)"
        cmake_cross "$(src_dir yaml-cpp)" "$work/yaml-cpp" -DCMAKE_BUILD_TYPE=Release \
            -DYAML_BUILD_SHARED_LIBS=OFF -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF \
            -DYAML_CPP_BUILD_CONTRIB=OFF >"$work/yaml-cpp.log" 2>&1 ||
            die "yaml-cpp failed, see $work/yaml-cpp.log"
        touch "$pfx/.yaml-cpp"
    fi
    local took=$(($(date +%s) - $(cat "$work/.started")))
    touch "$pfx/.complete"
    printf 'built in %d min %d s\n' $((took / 60)) $((took % 60)) >"$pfx/.build-time"
    log "toolchain built in $((took / 60)) min $((took % 60)) s: $pfx ($(du -sh "$pfx" | cut -f1))"
    rm -rf "$work"
}

project_version() { sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$repo/CMakeLists.txt" | head -n1; }

# Every DLL a Windows 10 / Server 2016 (and later) installation has: the exe may import these only.
windows_dlls='^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|uuid|ws2_32|iphlpapi|dnsapi|secur32|crypt32|ncrypt|bcrypt|netapi32|userenv|version|winmm|mpr|authz|rpcrt4|shlwapi|wtsapi32|d3d11|dxgi|d3d9|d3d12|dwmapi|uxtheme|imm32|comdlg32|setupapi|opengl32|comctl32|shcore|dwrite|d2d1|msvcrt|winspool\.drv|winhttp|wininet|normaliz|powrprof|api-ms-win-[a-z0-9-]+)(\.dll)?$'

check_exe() {
    local exe=$1 dlls bad
    file "$exe" | grep -q 'PE32+ executable (GUI) x86-64' || die "$exe is not a PE32+ GUI executable: $(file -b "$exe")"
    dlls=$($triple-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u)
    bad=$(grep -Ev "$windows_dlls" <<<"$dlls" || true)
    [ -z "$bad" ] || die "$exe imports DLLs that Windows does not ship: $bad"
    log "$(basename "$exe"): $(file -b "$exe" | cut -d, -f1), $(du -h "$exe" | cut -f1), imports only Windows DLLs: $(tr '\n' ' ' <<<"$dlls")"
}

build_project() {
    local pfx
    pfx=$(prefix)
    [ -f "$pfx/.complete" ] || die "no toolchain in $pfx: run 'bash scripts/windows.sh toolchain' first"
    export PORTCHECK_WINDOWS_PREFIX=$pfx
    command -v ccache >/dev/null && export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
    mkdir -p "$repo/build" # a fresh clone has none yet
    cmake --preset windows -DPORTCHECK_BUILD_TESTS="${PORTCHECK_WINDOWS_TESTS:-ON}" >"$repo/build/windows-configure.log" 2>&1 ||
        { tail -30 "$repo/build/windows-configure.log" >&2; die "configure failed, see build/windows-configure.log"; }
    local targets=(guardian-portcheck)
    [ "${PORTCHECK_WINDOWS_TESTS:-ON}" = ON ] && targets=(all)
    cmake --build --preset windows -j "$jobs" --target "${targets[@]}"
    # Qt's static build puts every executable in the top of the build folder; otherwise copy it there.
    [ -f "$build_dir/app/guardian-portcheck.exe" ] &&
        cp "$build_dir/app/guardian-portcheck.exe" "$build_dir/guardian-portcheck.exe"
    check_exe "$build_dir/guardian-portcheck.exe"
}

# Wine: its own prefix in the cache (made once, about 10 s), no debug chatter, no Mono/Gecko
# prompts. Windows programs run with the Unix environment and see / as Z:.
wine_env() {
    export WINEPREFIX=${PORTCHECK_WINEPREFIX:-$cache_root/wineprefix}
    export PORTCHECK_WINEPREFIX=$WINEPREFIX
    export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    wine=/usr/lib/wine/wine64
    [ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        log "creating the Wine prefix $WINEPREFIX"
        "$wine" wineboot --init >/dev/null 2>&1 || true
        /usr/lib/wine/wineserver -w || true
    fi
    # Wine's own services (services.exe, explorer.exe /desktop, ...) start with the first program
    # of a prefix and inherit its stdio: started here, they hold /dev/null rather than a pipe of
    # this script's. (ctest's suites go through scripts/wine-test-run.sh, which keeps their stdio
    # on a file.) No persistent wineserver: `wineserver -w` below waits for it to end.
    "$wine" wineboot </dev/null >/dev/null 2>&1 || true
}

# Run the whole test stage inside one Xvfb (the windows platform plugin of the exe needs a display).
with_display() {
    if [ -z "${DISPLAY:-}" ]; then
        xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
    else
        "$@"
    fi
}

# The exe's TLS client (Schannel, through Wine) against OpenSSL's s_server on loopback: TLS 1.2 or
# later negotiated, the HTTP answer read inside it, and the demo CA's certificate named.
tls_client_check() {
    local out=$1 port=44333 pid
    command -v openssl >/dev/null || { log "no openssl: TLS client check skipped"; return 0; }
    openssl s_server -accept "127.0.0.1:$port" -cert "$repo/resources/demo/demo-server.pem" \
        -key "$repo/resources/demo/demo-server.key" -www -quiet >/dev/null 2>&1 &
    pid=$!
    sleep 1
    "$wine" "$build_dir/guardian-portcheck.exe" probe "127.0.0.1:$port/https" --json "$out/tls.json" \
        >"$out/tls.txt" 2>&1 || true
    kill "$pid" 2>/dev/null || true
    python3 - "$out/tls.json" <<'PY' || die "the TLS client under Wine did not complete a handshake with openssl s_server"
import json, sys
r = json.load(open(sys.argv[1]))["checks"][0]
facts = r.get("facts", {})
assert r["state"] == "open" and facts.get("tls.protocol", "").startswith("TLS 1."), r
assert facts.get("http.status", "").startswith("200"), r
assert facts.get("tls.subject") == "dc.demo.portcheck.invalid", r
print("TLS client under Wine:", facts["tls.protocol"], facts["http.status"], r["service"])
PY
}

test_windows() {
    wine_env
    local exe=$build_dir/guardian-portcheck.exe out=$build_dir/wine-smoke
    [ -f "$exe" ] || die "no $exe: run 'bash scripts/windows.sh build' first"
    rm -rf "$out" && mkdir -p "$out/data"
    # A data folder of this run's own: no list a user or an earlier test imported changes what is compared.
    export PORTCHECK_DATA_DIR=$out/data
    local start=$SECONDS
    log "under Wine: --version"
    "$wine" "$exe" --version | tee "$out/version.txt"
    grep -q "$(project_version)" "$out/version.txt" || die "--version under Wine printed no version"
    log "under Wine: catalog --format csv"
    "$wine" "$exe" catalog --format csv >"$out/catalog.csv"
    head -n3 "$out/catalog.csv"
    [ "$(wc -l <"$out/catalog.csv")" -gt 10 ] || die "catalog --format csv printed too little"
    log "under Wine: demo --json --pdf --html"
    local rc=0
    # Through wine-test-run.sh: under Wine 8 a process that used the GUI libraries can stay in its
    # exit; it is ended 20 s after it said the last report was written (the files are checked below).
    (cd "$out" && PORTCHECK_WINE_DONE_PATTERN='^HTML report written to' "$repo/scripts/wine-test-run.sh" "$exe" demo \
        --json demo.json --pdf demo.pdf --html demo.html >demo.txt 2>&1) || rc=$?
    grep -a '^wine-test-run:' "$out/demo.txt" || true
    echo "exit code $rc"
    [ -s "$out/demo.json" ] && [ -s "$out/demo.pdf" ] || die "demo under Wine wrote no JSON or PDF (exit $rc)"
    pdfinfo "$out/demo.pdf" | grep -E '^(Pages|Producer)'
    # The HTML report: well-formed, with the diagram inline (a PNG: this build has no Qt SVG).
    [ -s "$out/demo.html" ] || die "demo under Wine wrote no HTML report (exit $rc)"
    /usr/bin/python3 - "$out/demo.html" <<'PY' || die "the HTML report of the Windows exe is not well-formed or has no diagram"
import sys, xml.etree.ElementTree as ET
text = open(sys.argv[1], encoding="utf-8").read()
ET.fromstring(text[text.index("<html"):])
assert "data:image/png;base64," in text or "<svg" in text, "no diagram"
print("HTML report under Wine:", len(text), "characters, well-formed, diagram inline")
PY
    local linux=$repo/build/release/app/guardian-portcheck
    if [ -x "$linux" ]; then
        (cd "$out" && env -u DISPLAY QT_QPA_PLATFORM=offscreen "$linux" demo --json demo-linux.json >/dev/null 2>&1) || true
        "$linux" catalog --format csv >"$out/catalog-linux.csv"
        ! grep -q $'\r\r' "$out/catalog.csv" || die "catalog --format csv under Wine ends its lines in CR CR LF"
        diff <(tr -d '\r' <"$out/catalog.csv") <(tr -d '\r' <"$out/catalog-linux.csv") >/dev/null ||
            die "catalog --format csv differs between the Windows and the Linux build"
        # Wine's Schannel has no server side (AcceptSecurityContext fails in GnuTLS), so the demo's
        # own TLS responders cannot serve under Wine: those checks are compared without their outcome,
        # and the TLS client is checked below against a Linux TLS server.
        python3 "$repo/scripts/compare-results.py" --tls-server-unavailable "$out/demo-linux.json" "$out/demo.json" ||
            die "the demo's JSON differs between the Windows and the Linux build"
        tls_client_check "$out"
    else
        log "no Linux build in build/release: JSON comparison skipped"
    fi
    log "smoke checks under Wine: $((SECONDS - start)) s"
    if [ -f "$build_dir/CTestTestfile.cmake" ] && [ -d "$build_dir/tests" ]; then
        start=$SECONDS
        log "QTest suites under Wine (excluded, with the reason: tests/windows-excluded.txt)"
        local exclude
        exclude=$(grep -v '^#' "$repo/tests/windows-excluded.txt" | cut -d' ' -f1 | grep . | paste -sd'|')
        rm -f "$build_dir"/test-logs/*.txt
        local rc=0
        ctest --preset windows -j "$jobs" ${exclude:+-E "^($exclude)\$"} || rc=$?
        # Wine loses a suite's stdout when it is redirected: the QTest logs in test-logs/ say why.
        local logfile
        for logfile in "$build_dir"/test-logs/*.txt; do
            [ -f "$logfile" ] || continue
            if grep -aqE '^(FAIL!|QFATAL)' "$logfile" || ! grep -aq '^Totals:' "$logfile"; then
                echo "---- $(basename "$logfile" .txt) under Wine:"
                grep -aE -A3 '^(FAIL!|QFATAL)' "$logfile" | head -60
                grep -aq '^Totals:' "$logfile" || echo "(no Totals line: the suite crashed or hung)"
            fi
        done
        log "QTest suites under Wine: $((SECONDS - start)) s"
        [ "$rc" -eq 0 ] || die "QTest suites failed under Wine (see above and $build_dir/test-logs)"
    fi
}

package_windows() {
    wine_env
    local version exe=$build_dir/guardian-portcheck.exe stage=$build_dir/stage
    version=$(project_version)
    [ -f "$exe" ] || die "no $exe: run 'bash scripts/windows.sh build' first"
    rm -rf "$stage" && mkdir -p "$stage/licenses"
    cp "$exe" "$stage/"
    sed "s/@VERSION@/$version/g" "$repo/packaging/windows/README.txt" | sed 's/$/\r/' >"$stage/README.txt"
    # Licences of what the exe contains: Qt (LGPL-3.0, with its bundled libraries listed in
    # Debian's copyright file), yaml-cpp (MIT), the mingw-w64 runtime and GCC's runtime library.
    local base svg yaml
    base=$(src_dir qt6-base) svg=$(src_dir qt6-svg) yaml=$(src_dir yaml-cpp)
    cp "$base/LICENSES/LGPL-3.0-only.txt" "$stage/licenses/Qt-LGPL-3.0-only.txt"
    cp "$base/LICENSES/GPL-3.0-only.txt" "$stage/licenses/Qt-GPL-3.0-only.txt"
    cp "$base/debian/copyright" "$stage/licenses/qt6-base-copyright.txt"
    [ -f "$svg/debian/copyright" ] && cp "$svg/debian/copyright" "$stage/licenses/qt6-svg-copyright.txt"
    cp "$yaml/LICENSE" "$stage/licenses/yaml-cpp-LICENSE.txt"
    cp /usr/share/doc/mingw-w64-common/copyright "$stage/licenses/mingw-w64-copyright.txt" 2>/dev/null || true
    cp /usr/share/doc/gcc-mingw-w64-base/copyright "$stage/licenses/gcc-runtime-copyright.txt" 2>/dev/null || true
    local zip=$build_dir/guardian-portcheck-$version-windows-x64.zip
    rm -f "$zip"
    (cd "$stage" && zip -q -r -X "$zip" guardian-portcheck.exe README.txt licenses)
    log "$(basename "$zip"): $(du -h "$zip" | cut -f1)"
    cp "$repo/resources/icons/guardian-portcheck.ico" "$stage/"
    local setup=$build_dir/guardian-portcheck-$version-setup.exe
    makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" "$repo/packaging/windows/installer.nsi"
    log "$(basename "$setup"): $(du -h "$setup" | cut -f1)"

    log "installer under Wine: silent install, run, silent uninstall"
    local dir="$WINEPREFIX/drive_c/Program Files/Cayosoft/Guardian Port Check"
    local lnk="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Guardian Port Check.lnk"
    local key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\GuardianPortCheck'
    "$wine" "$setup" /S
    /usr/lib/wine/wineserver -w
    [ -f "$dir/guardian-portcheck.exe" ] || die "silent install: no exe in $dir"
    [ -f "$dir/uninstall.exe" ] || die "silent install: no uninstaller"
    [ -f "$lnk" ] || die "silent install: no Start menu entry"
    "$wine" reg query "$key" /v DisplayVersion | grep -q "$version" || die "silent install: no uninstall entry"
    "$wine" "$dir/guardian-portcheck.exe" --version | grep -q "$version" || die "installed exe: --version failed"
    echo "installed: $(find "$dir" -type f | wc -l) files, Start menu entry, uninstall entry $version"
    "$wine" "$dir/uninstall.exe" /S
    /usr/lib/wine/wineserver -w
    local i
    for i in $(seq 30); do [ -e "$dir/guardian-portcheck.exe" ] || break; sleep 1; done
    [ ! -e "$dir" ] || die "silent uninstall left $dir: $(ls "$dir")"
    [ ! -e "$lnk" ] || die "silent uninstall left the Start menu entry"
    ! "$wine" reg query "$key" >/dev/null 2>&1 || die "silent uninstall left the uninstall entry"
    echo "uninstalled: folder, Start menu entry and uninstall entry gone"
}

case "${1:-all}" in
all)
    install_missing "${windows_packages[@]}"
    add_deb_src
    fetch_sources
    build_toolchain
    build_project
    with_display bash "$0" test
    bash "$0" package
    ;;
deps)
    install_missing "${windows_packages[@]}"
    add_deb_src
    fetch_sources
    ;;
toolchain)
    # The cross compilers come first: without them Qt's configure stops at once.
    install_missing "${windows_packages[@]}"
    add_deb_src
    fetch_sources
    build_toolchain
    ;;
qtbase)
    build_toolchain qtbase-only
    ;;
build)
    install_missing "${windows_packages[@]}"
    build_project
    ;;
test)
    with_display bash "$0" test-here
    ;;
test-here)
    test_windows
    ;;
package)
    with_display bash "$0" package-here
    ;;
package-here)
    package_windows
    ;;
cache-dir)
    [ -d "$src_root" ] && [ -f "$(prefix)/.complete" ] && prefix
    ;;
*)
    echo "usage: bash scripts/windows.sh [deps|toolchain|build|test|package|cache-dir]" >&2
    exit 2
    ;;
esac
