#!/usr/bin/env bash
# Builds the .deb and .tar.gz, validates the desktop entry and the AppStream metainfo, and checks
# what the .deb declares. With --install-test (root), installs the .deb the way an administrator
# does (dpkg -i, then apt-get -f install), runs it, and removes it again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
(cd build/release && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls build/release/guardian-portcheck_*.deb)
tgz=$(ls build/release/guardian-portcheck-*.tar.gz)
echo "Packages: $deb $tgz"

desktop-file-validate packaging/com.cayosoft.GuardianPortCheck.desktop
appstreamcli validate --no-net packaging/com.cayosoft.GuardianPortCheck.metainfo.xml

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6widgets6 libqt6svg6 libyaml-cpp qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core fonts-droid-fallback; do
    grep -q "$needed" <<<"$depends" || { echo "the .deb does not depend on $needed" >&2; exit 1; }
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/guardian-portcheck ./usr/share/applications/com.cayosoft.GuardianPortCheck.desktop \
            ./usr/share/metainfo/com.cayosoft.GuardianPortCheck.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/com.cayosoft.GuardianPortCheck.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "the .deb lacks $path" >&2; exit 1; }
done
tar -tzf "$tgz" | grep -q 'bin/guardian-portcheck$' || { echo "the .tar.gz lacks the binary" >&2; exit 1; }

if [ "${1:-}" = "--install-test" ]; then
    export DEBIAN_FRONTEND=noninteractive
    dpkg -i "$deb" || { apt-get update -qq; apt-get install -f -y -qq; }
    /usr/bin/guardian-portcheck --version
    env -u DISPLAY /usr/bin/guardian-portcheck demo --text >/dev/null
    echo "installed binary: --version and demo ran"
    dpkg -r guardian-portcheck >/dev/null
fi
echo "packages OK"
