#!/bin/sh
# test.sh: install what is needed, build with warnings as errors, run the
# whole test suite under Xvfb, then again with AddressSanitizer and
# UndefinedBehaviorSanitizer. Ends with "N passed, N failed".
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/install-deps.sh" || exit 1

status=0
summaries=""

# run_suite BUILD_DIR [MESON_SETUP_OPTIONS…]
run_suite () {
  dir=$1
  shift
  rm -rf "$dir"
  if ! meson setup "$dir" "$top" --werror "$@" >"$dir.setup.log" 2>&1; then
    cat "$dir.setup.log"; status=1; return
  fi
  if ! meson compile -C "$dir"; then
    status=1; return
  fi
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    meson test -C "$dir" --print-errorlogs --num-processes 2 || status=1
  summaries="$summaries $dir/meson-logs/testlog.json"
}

run_suite "$top/_build-ci"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
LSAN_OPTIONS=suppressions="$top/tests/lsan.supp":print_suppressions=0 \
  run_suite "$top/_build-sanitize" -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

# On demand (several minutes the first time): build, install and run the
# Flatpak against a runtime made from Debian packages; see flatpak/README.md.
if [ "${CLAIMLINE_FLATPAK_TEST:-}" = 1 ]; then
  sh "$top/flatpak/test-local.sh" || status=1
fi
# On demand: the libFuzzer targets, each for CLAIMLINE_FUZZ_SECONDS seconds
# (60 in CI makes six minutes); see RELIABILITY.md.
if [ -n "${CLAIMLINE_FUZZ_SECONDS:-}" ]; then
  sh "$top/tests/fuzz/run.sh" "$CLAIMLINE_FUZZ_SECONDS" "$top/_build-fuzz" || status=1
fi
# shellcheck disable=SC2086
python3 "$top/build-aux/count-results.py" $summaries || status=1

exit $status
