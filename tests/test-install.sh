#!/bin/sh
# test-install.sh: `meson install` into a temporary DESTDIR puts every file
# where the desktop looks for it, and the installed app starts from there:
# it finds its GSettings schema, its icon and its translations, and opens
# the built-in sample story (its store gains the five sample articles).
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
build=$(cd "${G_TEST_BUILDDIR:?G_TEST_BUILDDIR must name the tests build folder}/.." && pwd)
app_id=io.github.claimline.Claimline
work=$(mktemp -d)
app_pid=
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
failed=0

ok () { echo "ok - $*"; }
not_ok () { echo "not ok - $*"; failed=1; }
check_file () {
  if [ -f "$1" ]; then ok "installed $2"; else not_ok "$2 is missing: $1"; fi
}

if ! meson install -C "$build" --destdir "$work/root" --no-rebuild --quiet >"$work/install.log" 2>&1; then
  cat "$work/install.log"
  echo "not ok - meson install failed"
  exit 1
fi

bin=$(find "$work/root" -path "*/bin/claimline" -type f | head -n 1)
if [ -z "$bin" ]; then
  echo "not ok - no bin/claimline under the DESTDIR"
  exit 1
fi
prefix=$(dirname "$(dirname "$bin")")
share=$prefix/share

check_file "$prefix/bin/claimline-cli" "the command-line tool"
check_file "$share/applications/$app_id.desktop" "the desktop file"
check_file "$share/metainfo/$app_id.metainfo.xml" "the AppStream metainfo"
check_file "$share/glib-2.0/schemas/$app_id.gschema.xml" "the GSettings schema"
check_file "$share/icons/hicolor/scalable/apps/$app_id.svg" "the app icon"
check_file "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" "the symbolic icon"
check_file "$share/locale/de/LC_MESSAGES/claimline.mo" "the German catalogue"

# The desktop entry names the installed icon and program, and carries the
# German name merged from the catalogue.
desktop=$share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
  grep -qx "Icon=$app_id" "$desktop" && ok "the desktop file names the icon" ||
    not_ok "the desktop file does not name the icon $app_id"
  grep -q "^Exec=claimline" "$desktop" && ok "the desktop file runs claimline" ||
    not_ok "the desktop file does not run claimline"
  grep -q "^Name\[de\]=" "$desktop" && ok "the desktop file is translated" ||
    not_ok "the desktop file has no German name"
fi

# The installed CLI reads a sample article as it would from a fresh clone.
sample=$(find "$G_TEST_SRCDIR/../data/sample" -name '*.txt' | head -n 1)
if "$prefix/bin/claimline-cli" --db "$work/cli.db" import "$sample" >/dev/null 2>"$work/cli.err"; then
  ok "the installed claimline-cli imports an article"
else
  not_ok "the installed claimline-cli failed: $(cat "$work/cli.err")"
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "# no display: skipping the start of the installed app (run under xvfb-run)"
  exit $failed
fi

# Schemas are compiled by the post-install step on a real install; a
# DESTDIR install leaves that to the packager, so the test does it.
glib-compile-schemas --strict "$share/glib-2.0/schemas" || not_ok "the schema does not compile"

mkdir -p "$work/data" "$work/config" "$work/cache"
env -u GSETTINGS_SCHEMA_DIR -u CLAIMLINE_TEST_LOCALEDIR \
  XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
  XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
  GSETTINGS_BACKEND=memory \
  "$bin" >"$work/app.log" 2>&1 &
app_pid=$!

# The first start imports the sample story into the user's store.
store=$work/data/claimline/claimline.db
count=0
for _ in $(seq 1 60); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    break
  fi
  if [ -f "$store" ]; then
    count=$("$prefix/bin/claimline-cli" --db "$store" list 2>/dev/null | wc -l)
    [ "$count" -ge 5 ] && break
  fi
  sleep 0.5
done
if kill -0 "$app_pid" 2>/dev/null; then
  ok "the installed app is running"
else
  not_ok "the installed app exited: $(cat "$work/app.log")"
fi
if [ "$count" -ge 5 ]; then
  ok "the installed app opened the sample story ($count articles)"
else
  not_ok "the installed app's store has $count articles, not the five of the sample story"
fi
if grep -qi "schema\|icon\|critical" "$work/app.log"; then
  not_ok "the installed app complained: $(cat "$work/app.log")"
else
  ok "no complaint about the schema or the icon"
fi
if command -v import >/dev/null 2>&1 && [ -n "${DISPLAY:-}" ]; then
  sleep 3
  mkdir -p "$G_TEST_BUILDDIR/screenshots"
  import -window root "$G_TEST_BUILDDIR/screenshots/installed-app.png" 2>/dev/null &&
    echo "# screenshot: $G_TEST_BUILDDIR/screenshots/installed-app.png"
fi
kill "$app_pid" 2>/dev/null
wait "$app_pid" 2>/dev/null
app_pid=

exit $failed
