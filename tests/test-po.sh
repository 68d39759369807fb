#!/bin/sh
# test-po.sh: every source file with translatable strings is listed in
# po/POTFILES.in, every listed file exists, and every translation passes
# msgfmt --check.
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
tests_dir=${G_TEST_SRCDIR:?G_TEST_SRCDIR must name the tests folder}
srcdir=$(cd "$tests_dir/.." && pwd)
cd "$srcdir"
potfiles=po/POTFILES.in
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# The files POTFILES.in lists, without comments and blank lines.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" | sort -u >"$work/listed"

# Source files that mark strings: _( N_( C_( NC_( or translatable="yes".
# Desktop entries, metainfo and GSettings schemas are translatable whole.
{
  find src data -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \
      -o -name '*.in' -o -name '*.xml' \) \
      -exec grep -lE '(^|[^A-Za-z0-9_])(N|C|NC)?_[[:space:]]*\(|translatable="yes"' {} +
  find data -maxdepth 1 -type f \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
      -o -name '*.gschema.xml' \)
} | sort -u >"$work/marked"

for file in $(comm -23 "$work/marked" "$work/listed"); do
  echo "not ok - $file has translatable strings but is missing from $potfiles"
  failed=1
done
while IFS= read -r file; do
  if [ ! -f "$file" ]; then
    echo "not ok - $potfiles lists $file, which does not exist"
    failed=1
  fi
done <"$work/listed"
[ "$failed" -eq 0 ] && echo "ok - $potfiles lists every file with translatable strings"

if ! command -v msgfmt >/dev/null 2>&1; then
  echo "msgfmt not found; skipping the translation check" >&2
  [ "$failed" -eq 0 ] && exit 77
  exit 1
fi
for po in po/*.po; do
  [ -e "$po" ] || continue
  if msgfmt --check -o /dev/null "$po"; then
    echo "ok - msgfmt --check $po"
  else
    echo "not ok - msgfmt --check $po"
    failed=1
  fi
done
exit "$failed"
