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

# Moves sqlite-jdbc's native library for $2/$3 out of the jar in $1 into $1: from the jar, sqlite-jdbc copies
# it to /tmp under a new name on every start (1 MB each time, left behind when the app is killed, and
# refused where /tmp is mounted noexec). sqlite_options points sqlite-jdbc at it. JavaFX's natives stay in
# the jar: JavaFX copies them once to ~/.openjfx and reuses them, and out of the jar jpackage would list
# every library GTK links to as a dependency of the .deb. Needs zip; without it the library stays in the jar.
unpack_sqlite_native() {
  local dir="$1" os="$2" arch="$3" jar entry
  command -v zip >/dev/null 2>&1 || { echo "zip not found: sqlite's native library stays in the jar" >&2; return 0; }
  jar="$(jdk_home)/bin/jar"
  entry=$("$jar" tf "$dir/jingdu.jar" | grep -E "^org/sqlite/native/$os/$arch/[^/]+$" | head -1 || true)
  [ -n "$entry" ] || return 0
  (cd "$dir" && "$jar" xf jingdu.jar "$entry" && mv "$entry" . && rm -rf org)
  zip -q -d "$dir/jingdu.jar" "$entry" >/dev/null
}

# The JVM options that point sqlite-jdbc at the library unpack_sqlite_native put in the app folder.
sqlite_options() {
  local lib
  lib=$(cd "$1" && ls libsqlitejdbc.* sqlitejdbc.* 2>/dev/null | head -1 || true)
  [ -z "$lib" ] || printf '%s\n' '-Dorg.sqlite.lib.path=$APPDIR' "-Dorg.sqlite.lib.name=$lib"
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

# Options written into the launcher's .cfg. The class archive is optional: when it is missing or was made
# for another path the JVM starts without it, silently (the -Xlog options keep its warning off the console).
# Then the app's own JVM options, one per line in resources/jvm/app.options (shared with the pom and bench-app).
java_options() {
  printf '%s\n' -Dfile.encoding=UTF-8 '-XX:SharedArchiveFile=$APPDIR/jingdu.jsa' -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
  app_options
}

# The options of resources/jvm/app.options, one per line, without comments and blank lines.
app_options() {
  sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' resources/jvm/app.options | grep -v '^$' || true
}

# Starts an Xvfb on a free display; sets XVFB_PID and XVFB_DISPLAY (":N"). Stop it with: kill "$XVFB_PID".
start_xvfb() {
  local f
  f="$(mktemp)"
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$f" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$f" ] && break; sleep 0.1; done
  XVFB_DISPLAY=":$(tr -dc 0-9 <"$f")"
  rm -f "$f"
  [ "$XVFB_DISPLAY" != ":" ] || { echo "Xvfb did not start" >&2; return 1; }
}

# Starts "$@" on $XVFB_DISPLAY with JINGDU_STARTUP_LOG=1, no JDK in the environment, HOME=$APP_HOME; waits
# (at most 120 s) until its log ($APP_LOG) shows the first frame and the loaded engine. Sets APP_PID.
start_window() {
  env -i PATH=/usr/bin:/bin HOME="$APP_HOME" DISPLAY="$XVFB_DISPLAY" JINGDU_STARTUP_LOG=1 LANG=C.UTF-8 "$@" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1200); do
    grep -q "first frame" "$APP_LOG" && grep -q "analysis ready" "$APP_LOG" && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "the window did not come up; its log:" >&2
  cat "$APP_LOG" >&2
  return 1
}

# Records the classes a real start of the image's launcher loads into $image/lib/app/jingdu.classlist: the
# window under Xvfb until it is drawn and the engine is loaded; without Xvfb, the self-check (engine and
# database, no window). The launcher's java picks the recording option up from JDK_JAVA_OPTIONS.
record_class_list() {
  local image="$1" app home
  app="$(cd "$image/lib/app" && pwd)"
  home="$(mktemp -d)"
  APP_HOME="$home" APP_LOG="$home/log"
  local run=(env "JDK_JAVA_OPTIONS=-XX:DumpLoadedClassList=$app/jingdu.classlist" "$image/bin/Jingdu" --db "$home/jingdu.db")
  if command -v Xvfb >/dev/null 2>&1; then
    start_xvfb
    if start_window "${run[@]}"; then
      sleep 1 # let the first speech's highlighting load its classes too
    fi
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    kill "$XVFB_PID" 2>/dev/null || true
  else
    echo "no Xvfb: recording the class list from --self-check only" >&2
    env -i PATH=/usr/bin:/bin HOME="$home" "${run[@]}" --self-check >/dev/null 2>&1 || true
  fi
  rm -rf "$home"
  [ -s "$app/jingdu.classlist" ] || { echo "class list not recorded" >&2; return 1; }
}

# Makes the AppCDS archive for an image at the path it is at now ($1), from its class list.
make_cds_archive() {
  local app
  app="$(cd "$1/lib/app" && pwd)"
  "$1/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$app/jingdu.classlist" -XX:SharedArchiveFile="$app/jingdu.jsa" \
    -cp "$app/jingdu.jar" >/dev/null
}
