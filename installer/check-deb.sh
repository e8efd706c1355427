#!/usr/bin/env bash
# Installs the .deb that build.sh made (as root, with dpkg -i) and checks what a user relies on:
#  1. install: --version and --self-check from /opt/jingdu/bin/Jingdu, desktop entry, AppCDS archive;
#     a speech imported into the user's data file ($XDG_DATA_HOME/jingdu/jingdu.db);
#     the installed window under Xvfb, opening a speech given on its command line -> target/screenshot-installed.png;
#     a second start on the same library hands its file to that window (one window per library)
#  2. reinstall of the same version, 3. upgrade to a bumped version, 4. dpkg -r, then dpkg -P:
#     after each, the user's data file is still there with the same library.
# Leaves the machine without jingdu installed. Needs: root, dpkg, apt-get (for the .deb's dependencies), Xvfb,
# ImageMagick (import) for the screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh
[ "$(id -u)" = 0 ] || { echo "check-deb.sh installs a package: run it as root" >&2; exit 1; }

version="$(pom_version)"
deb="target/installer/jingdu_${version}-1_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "no $deb: run installer/build.sh first" >&2; exit 1; }
case "$(dpkg-query -W -f='${Status}' jingdu 2>/dev/null || true)" in
  *" installed"|*half*|*unpacked*) echo "jingdu is already installed here; remove it first (dpkg -P jingdu)" >&2; exit 1 ;;
  *config-files) dpkg -P jingdu >/dev/null ;; # left by an earlier dpkg -r: nothing of it is on disk
esac

tmp="$(mktemp -d)"
home="$tmp/home"
export XDG_DATA_HOME="$home/.local/share"
mkdir -p "$home"
XVFB_PID=
trap 'kill "${APP_PID:-}" "$XVFB_PID" 2>/dev/null || true; rm -rf "$tmp"' EXIT

app=/opt/jingdu/bin/Jingdu
data="$XDG_DATA_HOME/jingdu/jingdu.db"
# the app as the user runs it: no JDK on PATH, no JAVA_HOME, the user's HOME and data directory
as_user() { env -i PATH=/usr/bin:/bin HOME="$home" XDG_DATA_HOME="$XDG_DATA_HOME" LANG=C.UTF-8 "$@"; }
step() { echo "== $*"; }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

install_deb() {
  # dpkg -i does not fetch dependencies; apt-get -f brings what is missing and finishes the install
  if ! dpkg -i "$1" >"$tmp/dpkg.log" 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >>"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i $1"; }
  fi
  dpkg -s jingdu | grep -q '^Status: install ok installed' || { cat "$tmp/dpkg.log" >&2; fail "jingdu not installed"; }
}

# the installed app works, and the user's library is the one recorded at the first install
check_installed() {
  as_user "$app" --version | grep -q "^Jingdu " || fail "--version"
  as_user "$app" --self-check >"$tmp/self-check.log" 2>&1 || { cat "$tmp/self-check.log" >&2; fail "--self-check"; }
  grep -q "$data" "$tmp/self-check.log" || fail "self-check did not open the user's data file $data"
  [ -f /opt/jingdu/lib/app/jingdu.jsa ] || fail "postinst made no AppCDS archive"
  [ "$(as_user "$app" list)" = "$library" ] || fail "the library changed"
  echo "ok: $(dpkg-query -W -f='${Version}' jingdu), self-check ok, library intact"
}

step "control file"
dpkg-deb -f "$deb" Package Version Depends Recommends Installed-Size

step "install $deb"
install_deb "$deb"
desktop=$(ls /usr/share/applications/*ingdu*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
grep -q '^Exec=/opt/jingdu/bin/Jingdu %F' "$desktop" || fail "desktop entry does not pass files (%F)"
grep -q '^MimeType=.*text/plain' "$desktop" || fail "desktop entry does not offer .txt"
grep -q 'wordprocessingml' "$desktop" || fail "desktop entry does not offer .docx"
echo "ok: $desktop"
printf '一、关于燃气安全\n必须严防燃气泄漏事故。\n各企业要落实主体责任。\n' >"$tmp/讲话.txt"
as_user "$app" import "$tmp/讲话.txt" >/dev/null || fail "import into the user's library"
[ -f "$data" ] || fail "no data file at $data"
library="$(as_user "$app" list)"
check_installed

step "window from the installed app, opening a speech given on the command line"
start_xvfb
APP_HOME="$tmp/win" APP_LOG="$tmp/window.log"
mkdir -p "$APP_HOME"
printf '在全市燃气安全工作会议上的讲话\n一、提高思想认识\n各乡镇必须在国庆前完成燃气安全隐患排查。\n企业要落实安全生产主体责任。\n' >"$tmp/燃气讲话.txt"
start_window "$app" --db "$APP_HOME/jingdu.db" "$tmp/燃气讲话.txt" || fail "the installed window did not start"
sleep 3 # the import and the highlighting of the opened speech
import -window root -display "$XVFB_DISPLAY" target/screenshot-installed.png
grep '^startup:' "$APP_LOG"
as_user "$app" list --db "$APP_HOME/jingdu.db" | grep -q "燃气安全工作会议" || fail "the speech given on the command line was not imported"
echo "ok: target/screenshot-installed.png"

step "a second start on the same library hands its file to the open window"
printf '在全市消防安全工作会议上的讲话\n各单位要落实消防安全责任。\n' >"$tmp/消防讲话.txt"
# no display: a second window could not open, so only the hand-over can make this pass
timeout 60 env -i PATH=/usr/bin:/bin HOME="$APP_HOME" LANG=C.UTF-8 "$app" --db "$APP_HOME/jingdu.db" "$tmp/消防讲话.txt" >"$tmp/second.log" 2>&1 \
  || { cat "$tmp/second.log" >&2; fail "the second start did not hand over"; }
grep -q "精读已打开这个文库" "$tmp/second.log" || { cat "$tmp/second.log" >&2; fail "the second start said nothing of the hand-over"; }
for _ in $(seq 100); do
  as_user "$app" list --db "$APP_HOME/jingdu.db" | grep -q "消防安全工作会议" && break
  sleep 0.2
done
as_user "$app" list --db "$APP_HOME/jingdu.db" | grep -q "消防安全工作会议" || fail "the open window did not import the handed-over file"
kill -0 "$APP_PID" 2>/dev/null || fail "the first window is gone"
echo "ok: handed over to the open window and imported there"
kill "$APP_PID" "$XVFB_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true

step "reinstall the same version"
install_deb "$deb"
check_installed

step "upgrade to a bumped version"
# the same package with a higher version: dpkg then runs the upgrade path (old prerm upgrade, new postinst)
bumped="$tmp/jingdu_${version}.1-1.deb"
dpkg-deb -R "$deb" "$tmp/pkg"
sed -i "s/^Version: .*/Version: ${version}.1-1/" "$tmp/pkg/DEBIAN/control"
dpkg-deb -Zgzip -z1 --root-owner-group -b "$tmp/pkg" "$bumped" >/dev/null
rm -rf "$tmp/pkg"
install_deb "$bumped"
[ "$(dpkg-query -W -f='${Version}' jingdu)" = "${version}.1-1" ] || fail "not upgraded"
check_installed

step "remove"
sum="$(sha256sum "$data")"
dpkg -r jingdu >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -r"; }
[ ! -e /opt/jingdu ] || fail "/opt/jingdu left behind: $(find /opt/jingdu | head -5)"
! ls /usr/share/applications/*ingdu*.desktop >/dev/null 2>&1 || fail "desktop entry left behind"
[ "$(sha256sum "$data")" = "$sum" ] || fail "the user's data file changed on removal"
dpkg -P jingdu >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -P"; }
[ "$(sha256sum "$data")" = "$sum" ] || fail "the user's data file changed on purge"
echo "ok: removed and purged; the user's data file is still at $data"
echo "check-deb: ok"
