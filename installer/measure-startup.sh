#!/usr/bin/env bash
# Cold-start figures for README: starts a launcher N times under Xvfb with JINGDU_STARTUP_LOG=1, a fresh
# HOME and data file each time, and prints the median of "first frame" and "analysis ready".
# Usage: installer/measure-startup.sh [LAUNCHER] [RUNS]   (default target/installer/Jingdu/bin/Jingdu, 5)
set -euo pipefail
launcher="${1:-target/installer/Jingdu/bin/Jingdu}"
runs="${2:-5}"
tmp="$(mktemp -d)"
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

# one Xvfb for all runs, so each run measures the app rather than the X server's start
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

frame=() ready=()
for i in $(seq "$runs"); do
  home="$tmp/home$i"
  mkdir -p "$home"
  log="$tmp/run$i.log"
  # no JAVA_HOME, no JDK on PATH: only what the image carries
  env -i PATH=/usr/bin:/bin HOME="$home" DISPLAY="$display" JINGDU_STARTUP_LOG=1 LANG=C.UTF-8 \
    "$launcher" --db "$home/jingdu.db" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    grep -q "analysis ready" "$log" && grep -q "first frame" "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  f=$(sed -n 's/^startup: first frame after \([0-9]*\) ms/\1/p' "$log")
  r=$(sed -n 's/^startup: analysis ready after \([0-9]*\) ms/\1/p' "$log")
  [ -n "$f" ] && [ -n "$r" ] || { echo "run $i: no startup lines; log:" >&2; cat "$log" >&2; exit 1; }
  echo "run $i: first frame $f ms, analysis ready $r ms"
  frame+=("$f") ready+=("$r")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo "median of $runs: first frame $(median "${frame[@]}") ms, analysis ready $(median "${ready[@]}") ms"
