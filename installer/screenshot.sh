#!/usr/bin/env bash
# Real-window check: starts Jingdu on the GTK toolkit under Xvfb, opens the sample, tags paragraphs,
# adds a note and writes target/screenshot.png (and -en for the English UI, -dark for the dark theme,
# -find with the find bar open, -corrections with corrections, a hover and the 我的修正 list, and
# -1366-reader/-library/-search/-export: the set at 1366×768; -1366-task-board(-en): the task board; -1366-stats(-en): the 统计 view;
# -1366-compare(-en): 讲话对比, a pair of the alignment set compared and a continued task selected).
# Needs: xvfb, libgtk-3-0, fonts-noto-cjk (see .ci/run), and a prior `mvn verify` (or test-compile + package).
set -euo pipefail
cd "$(dirname "$0")/.."
cp="target/jingdu.jar:target/test-classes"
[ -f target/jingdu.jar ] && [ -d target/test-classes ] || { echo "build first: mvn verify" >&2; exit 1; }
run() {
  xvfb-run -a -s "-screen 0 1400x900x24" \
    java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.ScreenshotRun "$@"
}
run target/screenshot.png zh
run target/screenshot-en.png en
run target/screenshot-dark.png zh dark
run target/screenshot-find.png zh find
# issue 16: the reader with corrections, the hover over an edited task and the 我的修正 list, at 1366×768
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.CorrectionsScreenshotRun \
  target/screenshot-corrections.png zh
# issue 18: the set at 1366×768 — reader with notes over sector terms, library with imported texts, search with
# several hits, export dialog with Word and its preview (texts from ../shared/corpus/seeds, or the folder given as $1)
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.ScreenshotSetRun \
  target/screenshot-1366 zh "${1:-../shared/corpus/seeds}"
# issue 19: the task board at 1366×768 with overdue and due-soon rows, and the board in English
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.TaskBoardScreenshotRun \
  target/screenshot-1366-task-board.png zh
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.TaskBoardScreenshotRun \
  target/screenshot-1366-task-board-en.png en
# issue 20: the 统计 view at 1366×768 (charts over the sample and a few corpus speeches, a bar clicked), zh and en
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.StatsScreenshotRun \
  target/screenshot-1366-stats.png zh "${1:-../shared/corpus/seeds}"
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.StatsScreenshotRun \
  target/screenshot-1366-stats-en.png en "${1:-../shared/corpus/seeds}"
# issue 20: 讲话对比 at 1366×768, in Chinese and English
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.CompareScreenshotRun \
  target/screenshot-1366-compare.png zh
xvfb-run -a -s "-screen 0 1366x768x24" \
  java -Dprism.order=sw -Djava.util.prefs.userRoot="$PWD/target/prefs" -cp "$cp" jingdu.ui.CompareScreenshotRun \
  target/screenshot-1366-compare-en.png en
