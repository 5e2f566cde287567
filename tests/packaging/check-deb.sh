#!/usr/bin/env bash
# Builds the Debian package from the current build, unpacks it, and runs what it installed:
# the package must carry working binaries, a valid .desktop file and valid AppStream metainfo,
# and declare the runtime packages the automatic scan cannot see.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/out/saisine_*.deb)"
echo "package: $(basename "$deb")"

depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6core6; do
    grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed: $depends"; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
root="$work/root"
for f in usr/bin/saisine usr/bin/saisine-cli usr/share/applications/org.saisine.Saisine.desktop \
         usr/share/metainfo/org.saisine.Saisine.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/org.saisine.Saisine.png \
         usr/share/icons/hicolor/scalable/apps/org.saisine.Saisine.svg usr/share/doc/saisine/copyright; do
    [ -e "$root/$f" ] || { echo "missing from the package: $f"; exit 1; }
done

desktop-file-validate "$root/usr/share/applications/org.saisine.Saisine.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.saisine.Saisine.metainfo.xml"

"$root/usr/bin/saisine-cli" --version | grep -q "^Saisine "
QT_QPA_PLATFORM=offscreen "$root/usr/bin/saisine" --version | grep -q "Saisine"
"$root/usr/bin/saisine-cli" --db "$work/new.sqlite" demo --cases 3 --seed 1 2>/dev/null
"$root/usr/bin/saisine-cli" --db "$work/new.sqlite" check
echo "package ok"
