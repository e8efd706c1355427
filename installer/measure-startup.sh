#!/usr/bin/env bash
# Cold-start figures for README: starts a launcher N times under Xvfb with JINGDU_STARTUP_LOG=1, a fresh
# HOME and data file each time, and prints the median of "first frame" and "analysis ready".
# Usage: installer/measure-startup.sh [LAUNCHER] [RUNS]   (default target/installer/Jingdu/bin/Jingdu, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh
launcher="${1:-target/installer/Jingdu/bin/Jingdu}"
runs="${2:-5}"
tmp="$(mktemp -d)"
start_xvfb # one X server for all runs, so each run measures the app rather than the server's start
trap 'kill "$XVFB_PID" 2>/dev/null || true; rm -rf "$tmp"' EXIT

frame=() ready=()
for i in $(seq "$runs"); do
  APP_HOME="$tmp/home$i" APP_LOG="$tmp/run$i.log"
  mkdir -p "$APP_HOME"
  start_window "$launcher" --db "$APP_HOME/jingdu.db"
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  f=$(sed -n 's/^startup: first frame after \([0-9]*\) ms/\1/p' "$APP_LOG")
  r=$(sed -n 's/^startup: analysis ready after \([0-9]*\) ms/\1/p' "$APP_LOG")
  echo "run $i: first frame $f ms, analysis ready $r ms"
  frame+=("$f") ready+=("$r")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo "median of $runs: first frame $(median "${frame[@]}") ms, analysis ready $(median "${ready[@]}") ms"
