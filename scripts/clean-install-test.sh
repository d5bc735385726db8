#!/usr/bin/env bash
# Installs the .deb on a truly clean Debian 12 (a debootstrap chroot: nothing of this machine's
# packages), the way an administrator does: dpkg -i, then apt-get -f install. Then runs --version,
# the demo in the terminal, the catalog in German and a Japanese PDF of the demo, and checks the PDF
# here (text, fonts). Root only; needs the Debian archive (debootstrap, apt). Not part of CI: the
# chroot and Qt's packages take minutes to download.
#   scripts/clean-install-test.sh [CHROOT_DIR]   (default /tmp/portcheck-deb12; reused when present)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=${1:-/tmp/portcheck-deb12}
deb=$(ls build/release/guardian-portcheck_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no .deb: run scripts/package.sh first" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
command -v pdftotext >/dev/null || apt-get install -y -qq poppler-utils
if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/tmp/guardian-portcheck.deb"
rm -f "$root/tmp/demo-ja.pdf"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c '
    dpkg -r guardian-portcheck >/dev/null 2>&1 || true
    if ! dpkg -i /tmp/guardian-portcheck.deb >/dev/null 2>&1; then
        apt-get update -qq
        apt-get install -f -y -qq >/dev/null
    fi
    echo "== installed: $(dpkg-query -W -f="\${Package} \${Version}" guardian-portcheck)"
    guardian-portcheck --version
    echo "== demo"
    guardian-portcheck demo --text | tail -3
    echo "== LANG=de_DE.UTF-8 catalog"
    LANG=de_DE.UTF-8 guardian-portcheck catalog | head -4
    echo "== --lang ja demo --pdf"
    guardian-portcheck --lang ja demo --pdf /tmp/demo-ja.pdf | tail -1
'
pdf="$root/tmp/demo-ja.pdf"
text=$(pdftotext "$pdf" -)
grep -q "ドメインコントローラー" <<<"$text" || { echo "the Japanese PDF lacks Japanese text" >&2; exit 1; }
pdffonts "$pdf"
echo "clean Debian 12: installed, ran, Japanese PDF OK ($pdf)"
