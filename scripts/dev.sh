#!/usr/bin/env bash
# The two Quick start commands of the README:
#   bash scripts/dev.sh run    install what is missing, build, open the program (or its command line)
#   bash scripts/dev.sh test   install what is missing, build, run every test
# Works as root on a fresh Debian 12; as another user it asks sudo for the package install.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Build: compiler, CMake, Qt 6 and yaml-cpp. Tests: real peers (slapd, openssl), nmap as the
# benchmark anchor, Xvfb and poppler for screenshots and PDF checks, fonts so text renders.
build_packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libyaml-cpp-dev libgl-dev libssl3 fonts-dejavu-core fonts-droid-fallback)
test_packages=(python3 python3-yaml python3-numpy python3-pil ansible-core clang-format clang-tidy slapd ldap-utils krb5-kdc dnsmasq-base faketime openssl nmap xvfb xauth poppler-utils fonts-dejavu-core iproute2 nftables desktop-file-utils appstream dpkg-dev file qt6-translations-l10n qt6-qpa-plugins tinyproxy-bin mitmproxy)

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$(nproc)"
}

case "${1:-}" in
run)
    install_missing "${build_packages[@]}"
    build
    binary=build/release/app/guardian-portcheck
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$binary"
    fi
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the command-line equivalent."
    echo
    echo "\$ guardian-portcheck demo      # a simulated site on loopback: every verdict, nothing leaves the machine"
    "$binary" demo
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    ctest --preset release -j "$(nproc)"
    ;;
fuzz)
    # libFuzzer needs clang and its runtime; every parser of network bytes and of files runs for
    # SECONDS (default 30) or, with --runs N, for N executions each (what CI does).
    install_missing "${build_packages[@]}" clang libclang-rt-14-dev
    bash scripts/fuzz.sh "${@:2}"
    ;;
*)
    echo "usage: bash scripts/dev.sh run|test|fuzz [SECONDS | --runs N] [TARGET...]" >&2
    exit 2
    ;;
esac
