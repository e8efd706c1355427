#!/bin/bash
# Jingdu's launcher on Linux: build.sh puts it in place of jpackage's bin/Jingdu (docs/decisions/0007).
# It starts the bundled runtime with the options, class path and main class of lib/app/Jingdu.cfg, the file
# jpackage writes. jpackage's own launcher asks rpm and then dpkg which package owns it, twice, on every
# start and before Java starts: 0.2 s on a machine with 1,000 packages, more on a full desktop.
set -e
image="$(dirname "$(dirname "$(readlink -f "$0")")")"
app="$image/lib/app"
opts=()
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    java-options=*) opts+=("${line#java-options=}") ;;
    app.classpath=*) classpath="${line#app.classpath=}" ;;
    app.mainclass=*) main="${line#app.mainclass=}" ;;
  esac
done <"$app/Jingdu.cfg"
[ -n "$main" ] || { echo "Jingdu: $app/Jingdu.cfg names no main class" >&2; exit 1; }
exec -a "$0" "$image/lib/runtime/bin/java" "${opts[@]//\$APPDIR/"$app"}" \
  -Djpackage.app-path="$image/bin/Jingdu" -cp "${classpath//\$APPDIR/"$app"}" "$main" "$@"
