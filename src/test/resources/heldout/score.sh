#!/usr/bin/env bash
# Score the engine (target/jingdu.jar) on a subset of gold: dev (h01-h04), blind (h05-h08), dev2 (h09-h12, second
# development set for actors and deadlines), dev3 (h13-h16, third development set: unseen kinds for actors), all (h*), or seeds;
# the other kinds of documents (kinds/: news n, notices t, enterprise e, other subjects o): kinds-dev (*01),
# kinds-blind (*02), kinds.
# Usage: src/test/resources/heldout/score.sh dev|blind|dev2|dev3|all|seeds|kinds-dev|kinds-blind|kinds [--total]
#        (JINGDU_JAR=… scores another build)
# Blind files are for the final estimate only: print their TOTAL lines, never per-file or per-sentence errors.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
eval_py=/work/shared/tools/eval_analysis.py
jar="${JINGDU_JAR:-$root/target/jingdu.jar}"
cmd="java -jar $jar analyze --json {}"
set_name="${1:-dev}"
case "$set_name" in
  seeds) gold=/work/shared/gold; corpus=/work/shared/corpus ;;
  dev|blind|dev2|dev3|all)
    corpus="$here/corpus"
    gold="$(mktemp -d)"; trap 'rm -rf "$gold"' EXIT
    case "$set_name" in dev) pats=('h0[1-4]_*') ;; blind) pats=('h0[5-8]_*') ;; dev2) pats=('h09_*' 'h1[0-2]_*') ;; dev3) pats=('h1[3-6]_*') ;; all) pats=('h*') ;; esac
    for pat in "${pats[@]}"; do for f in "$here"/gold/$pat.json; do ln -s "$f" "$gold/"; done; done ;;
  kinds|kinds-dev|kinds-blind)
    corpus="$here/kinds/corpus"
    gold="$(mktemp -d)"; trap 'rm -rf "$gold"' EXIT
    case "$set_name" in kinds) pat='*' ;; kinds-dev) pat='?01_*' ;; kinds-blind) pat='?02_*' ;; esac
    for f in "$here"/kinds/gold/$pat.json; do ln -s "$f" "$gold/"; done ;;
  *) echo "usage: $0 dev|blind|dev2|dev3|all|seeds|kinds-dev|kinds-blind|kinds [--total]" >&2; exit 2 ;;
esac
if [[ "${2:-}" == "--total" || "$set_name" == "blind" || "$set_name" == "kinds-blind" || "$set_name" == "kinds" ]]; then
  python3 "$eval_py" --gold "$gold" --corpus "$corpus" --cmd "$cmd" | grep '^TOTAL\|^obligationF1' 
else
  python3 "$eval_py" --gold "$gold" --corpus "$corpus" --cmd "$cmd"
fi
