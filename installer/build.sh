#!/usr/bin/env bash
# Builds Jingdu's installer for this OS with the JDK's own jlink + jpackage.
#   Linux:  target/installer/Jingdu/ (app image, launcher bin/Jingdu) and target/installer/jingdu_<ver>_<arch>.deb
#   macOS:  delegates to installer/build-mac.sh;  Windows: use installer\build.ps1
# Needs a JDK 17+ with jmods (Debian: openjdk-17-jdk-headless), Maven, and for the .deb fakeroot + dpkg-deb.
# Environment: JINGDU_APP_VERSION overrides the version (check-deb.sh builds a bumped one to test upgrades);
#              JINGDU_NO_DEB=1 builds the app image only;  JINGDU_NO_CDS=1 skips making the local image's AppCDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

case "$(uname -s)" in
  Linux) ;;
  Darwin) exec bash installer/build-mac.sh "$@" ;;
  *) echo "on Windows run: powershell -ExecutionPolicy Bypass -File installer\\build.ps1" >&2; exit 2 ;;
esac

ensure_jar
version="${JINGDU_APP_VERSION:-$(pom_version)}"
out=target/installer
rm -rf "$out"
mkdir -p "$out"

# The installer's copy of the jar keeps only this machine's sqlite native (the others are 13 MB).
prepare_input "$out/input" Linux "$(sqlite_arch)"
unpack_sqlite_native "$out/input" Linux "$(sqlite_arch)"

# A runtime with just the JDK modules the app uses; JavaFX (classes + natives) travels in the jar.
make_runtime "$out/runtime"

app_options=(
  --name Jingdu
  --app-version "$version"
  --vendor "Jingdu"
  --description "精读：安全生产领导讲话精读与批注 / reader and annotator for work-safety speeches"
  --copyright "Jingdu"
)

java_opts=()
while read -r o; do java_opts+=(--java-options "$o"); done < <(java_options; sqlite_options "$out/input")

echo "jpackage: app image"
jpackage --type app-image --dest "$out" "${app_options[@]}" \
  --input "$out/input" --main-jar jingdu.jar --main-class jingdu.Main \
  --runtime-image "$out/runtime" \
  --icon resources/icons/jingdu.png \
  "${java_opts[@]}"

image="$out/Jingdu"
[ -x "$image/bin/Jingdu" ] || { echo "no launcher at $image/bin/Jingdu" >&2; exit 1; }
# Our launcher script in place of jpackage's, which queries rpm and dpkg on every start (decision 0007);
# it reads the same lib/app/Jingdu.cfg.
install -m 755 installer/launcher-linux.sh "$image/bin/Jingdu"
rm -f "$image/lib/libapplauncher.so"

# AppCDS (see README for the figures): the class list travels in the image; the archive itself is
# path-bound, so the .deb's postinst makes it at /opt/jingdu and this script makes the local image's below.
record_class_list "$image"

if [ "${JINGDU_NO_DEB:-}" != 1 ]; then
  echo "jpackage: deb"
  jpackage --type deb --dest "$out" "${app_options[@]}" \
    --app-image "$image" \
    --resource-dir installer/linux \
    --linux-package-name jingdu \
    --linux-deb-maintainer "jingdu@localhost" \
    --linux-menu-group "Office;Education;" \
    --linux-app-category editors \
    --linux-shortcut \
    --icon resources/icons/jingdu.png \
    --file-associations installer/linux/txt.properties \
    --file-associations installer/linux/docx.properties
fi

[ "${JINGDU_NO_CDS:-}" = 1 ] || make_cds_archive "$image"

rm -rf "$out/input" "$out/runtime"
du -sh "$image" "$out"/*.deb 2>/dev/null || du -sh "$image"
