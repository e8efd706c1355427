# Shared by build.sh and build-mac.sh (sourced, not run). Assumes the repository root as cwd.

# JDK modules the app needs: jdeps --print-module-deps --ignore-missing-deps --multi-release 17 on the
# shaded jar, plus what is only reached by reflection or service lookup (verified by running the image:
# java.logging for JavaFX/HanLP, java.naming + java.xml for sqlite-jdbc and prefs, jdk.localedata for zh).
JINGDU_MODULES="java.base,java.compiler,java.desktop,java.prefs,java.sql,java.logging,java.naming,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata"

jdk_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then echo "$JAVA_HOME"; return; fi
  dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")"
}

# The project version, read from pom.xml (the first <version> after the artifactId, not the parent's).
pom_version() {
  sed -n '/<artifactId>jingdu<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1
}

# Builds target/jingdu.jar unless it is newer than every source, resource and the pom.
ensure_jar() {
  if [ -f target/jingdu.jar ] && [ -z "$(find src/main resources pom.xml -newer target/jingdu.jar -print -quit)" ]; then
    return
  fi
  echo "maven: building target/jingdu.jar"
  mvn -q -B -DskipTests package
}

# sqlite-jdbc's name for this machine's architecture.
sqlite_arch() {
  case "$(uname -m)" in
    x86_64|amd64) echo x86_64 ;;
    aarch64|arm64) echo aarch64 ;;
    *) uname -m ;;
  esac
}

# Copies the jar to $1, dropping sqlite-jdbc natives of other systems ($2 = Linux|Mac|Windows, $3 = arch).
prepare_input() {
  local dir="$1" os="$2" arch="$3"
  mkdir -p "$dir"
  cp target/jingdu.jar "$dir/jingdu.jar"
  if command -v zip >/dev/null 2>&1; then
    local drop
    drop=$(unzip -Z1 "$dir/jingdu.jar" | grep -E '^org/sqlite/native/.+/[^/]+$' | grep -v "^org/sqlite/native/$os/$arch/" || true)
    [ -z "$drop" ] || printf '%s\n' "$drop" | zip -q -d "$dir/jingdu.jar" -@ >/dev/null
  else
    echo "zip not found: keeping every sqlite native in the jar (13 MB more)" >&2
  fi
}

# jlink: the trimmed runtime, Chinese + English locale data only, with a CDS archive of its own classes.
make_runtime() {
  local jdk jmods
  jdk="$(jdk_home)"
  jmods="$jdk/jmods"
  [ -f "$jmods/java.base.jmod" ] || { echo "no jmods in $jmods (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }
  echo "jlink: $JINGDU_MODULES"
  "$jdk/bin/jlink" --module-path "$jmods" --add-modules "$JINGDU_MODULES" \
    --include-locales=zh,en --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$1"
}

java_options() {
  echo "-Dfile.encoding=UTF-8"
}
