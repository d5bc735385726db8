#!/usr/bin/env bash
# The README's Quick start test command on a truly fresh Debian 12: a debootstrap chroot with
# nothing of this machine's packages, the committed tree copied in (git archive HEAD), then
# `bash scripts/dev.sh test` there, as a new developer runs it. Repeats it RUNS times (default 1)
# to catch what fails only sometimes. Root only; needs the Debian archive.
#   scripts/fresh-source-test.sh [CHROOT_DIR] [RUNS]   (default /tmp/portcheck-src-deb12; reused)
# With PORTCHECK_FRESH_CCACHE=1 the chroot gets ccache and this machine's cache (the compiler is
# the same Debian g++): the packages still come fresh, only the compiling is shortened.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=${1:-/tmp/portcheck-src-deb12}
runs=${2:-1}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
mounts=()
bind() {
    mkdir -p "$root$2"
    mountpoint -q "$root$2" || mount "${@:3}" "$1" "$root$2"
    mounts=("$root$2" "${mounts[@]}")
}
cleanup() { for m in "${mounts[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
bind proc /proc -t proc
bind sysfs /sys -t sysfs
bind /dev /dev --bind
bind devpts /dev/pts -t devpts
bind tmpfs /dev/shm -t tmpfs
bind tmpfs /run -t tmpfs
cp /etc/resolv.conf "$root/etc/resolv.conf"
ccache_env=()
if [ "${PORTCHECK_FRESH_CCACHE:-0}" = 1 ]; then
    chroot "$root" bash -c 'command -v ccache >/dev/null || { apt-get update -qq && apt-get install -y -qq ccache >/dev/null; }'
    bind "$HOME/.cache/ccache" /root/.cache/ccache --bind
    ccache_env=(CCACHE_BASEDIR=/src)
fi
rm -rf "$root/src" && mkdir -p "$root/src"
git archive HEAD | tar -x -C "$root/src"
for i in $(seq "$runs"); do
    echo "== fresh Debian 12, run $i of $runs: bash scripts/dev.sh test"
    start=$SECONDS
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "${ccache_env[@]}" bash -c 'cd /src && bash scripts/dev.sh test' \
        >"$root/tmp/fresh-run-$i.log" 2>&1 || {
        tail -60 "$root/tmp/fresh-run-$i.log"
        echo "== run $i FAILED after $((SECONDS - start)) s (log: $root/tmp/fresh-run-$i.log)"
        exit 1
    }
    grep -E 'tests passed|Total Test time' "$root/tmp/fresh-run-$i.log"
    echo "== run $i passed in $((SECONDS - start)) s"
done
