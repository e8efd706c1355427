#!/usr/bin/env bash
# macOS: builds target/installer/Jingdu.app and target/installer/Jingdu-<ver>.dmg with jlink + jpackage.
# Run on a Mac (Apple silicon or Intel; the .dmg is for that architecture only), with a JDK 17+ that has
# jmods (e.g. Temurin 17; JAVA_HOME set) and Maven. The jar MUST be built on the Mac: Maven's JavaFX
# dependency picks the platform's natives from the build machine, so a Linux-built jar has no Mac natives.
# Not signed or notarized: on first start users right-click the app and choose Open (see installer/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh
[ "$(uname -s)" = Darwin ] || { echo "build-mac.sh runs on macOS only" >&2; exit 2; }

# a jar from another OS would carry the wrong JavaFX natives: always rebuild here
echo "maven: building target/jingdu.jar"
mvn -q -B -DskipTests package
version="${JINGDU_APP_VERSION:-$(pom_version)}"
# macOS wants MAJOR.MINOR.PATCH with MAJOR >= 1 for CFBundleVersion; 0.x builds are numbered 1.x for the bundle
case "$version" in 0.*) bundle_version="1.${version#0.}" ;; *) bundle_version="$version" ;; esac
out=target/installer
rm -rf "$out"
mkdir -p "$out"

prepare_input "$out/input" Mac "$(sqlite_arch)"
make_runtime "$out/runtime"

common=(
  --name Jingdu --app-version "$bundle_version" --vendor Jingdu
  --description "精读：安全生产领导讲话精读与批注 / reader and annotator for work-safety speeches"
  --copyright "Jingdu"
)

# The bundle identifier names the app to macOS (Launch Services, preferences): never change it.
app=(
  --input "$out/input" --main-jar jingdu.jar --main-class jingdu.Main
  --runtime-image "$out/runtime"
  --icon resources/icons/jingdu.icns
  --java-options -Dfile.encoding=UTF-8
  $(app_options | sed 's/^/--java-options /') # resources/jvm/app.options
  --mac-package-identifier cn.jingdu.Jingdu --mac-package-name Jingdu
)

echo "jpackage: app image"
jpackage --type app-image --dest "$out" "${common[@]}" "${app[@]}"

# the installer check: the bundled runtime analyses the sample and opens a database
tmp="$(mktemp -d)"
env -i PATH=/usr/bin:/bin HOME="$tmp" "$out/Jingdu.app/Contents/MacOS/Jingdu" --self-check --db "$tmp/jingdu.db"
rm -rf "$tmp"

# file associations live in the bundle's Info.plist, which jpackage writes only when it builds the
# bundle itself: so the .dmg is packaged from the same inputs rather than from the checked image
echo "jpackage: dmg"
jpackage --type dmg --dest "$out" "${common[@]}" "${app[@]}" \
  --file-associations installer/mac/txt.properties \
  --file-associations installer/mac/docx.properties

rm -rf "$out/input" "$out/runtime"
du -sh "$out"/Jingdu.app "$out"/*.dmg
