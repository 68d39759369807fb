#!/bin/sh
# run.sh
#
# Copyright 2026 The Claimline authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz against a sanitized core
# library and runs each of them for a while.
#
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD-DIR]
#   SECONDS    how long to run each target (default 60)
#   BUILD-DIR  the meson build folder to use (default _build-fuzz)
#
# Environment: FUZZ_TARGETS limits the run to some targets (space-separated
# names such as "feed opml"); FUZZ_KEEP=1 keeps the temporary folder that
# holds the corpora, logs and crash artifacts; FUZZ_HTML_MAX_LEN (default
# 65536, 0 for none) caps the input size of the HTML target, whose seeds
# larger than the cap are left out, so that a short run gets past the
# seed corpus into mutations; FUZZ_MAX_LEN sets -max_len for the other
# targets (default: libFuzzer's own choice); FUZZ_TIMEOUT sets the seconds
# one input may take (default 10; libFuzzer counts wall-clock time, so
# hour-long runs beside other work want more; units slower than that are
# reported as slow).
#
# Prints one line per target, "fuzz-NAME: N execs, cov C, crashes K", and
# exits non-zero when any target crashed, leaked or timed out.

set -eu

seconds=${1:-60}
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
builddir=${2:-_build-fuzz}
case $builddir in
  /*) ;;
  *) builddir=$srcdir/$builddir ;;
esac
fuzzdir=$srcdir/tests/fuzz
shared=$srcdir/../shared/corpora
targets=${FUZZ_TARGETS:-import-text import-html feed opml feed-date claims}
html_max_len=${FUZZ_HTML_MAX_LEN:-65536}

# Toolchain.
if ! command -v clang >/dev/null 2>&1 ||
   ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "Installing clang and libclang-rt-14-dev" >&2
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q >&2
  $sudo apt-get install -y -q clang libclang-rt-14-dev >&2
fi

# The sanitized, coverage-instrumented core library.
if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" "$srcdir" \
    -Dgui=false \
    -Db_sanitize=address,undefined \
    -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link >&2
fi
ninja -C "$builddir" src/core/libclaimline-core.a >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/claimline-fuzz.XXXXXX")
cleanup () {
  if [ "${FUZZ_KEEP:-0}" = 1 ]; then
    echo "Kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT INT TERM

deps="gio-2.0 libxml-2.0 json-glib-1.0 libsoup-3.0 sqlite3"
cflags=$(pkg-config --cflags $deps)
libs=$(pkg-config --libs $deps)

for name in $targets; do
  # shellcheck disable=SC2086 # word splitting of the pkg-config flags
  clang -g -O1 -std=gnu11 -Wall -Wextra -Wno-unused-parameter \
    -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
    -I"$srcdir/src/core" -I"$builddir" $cflags \
    -o "$builddir/fuzz-$name" "$fuzzdir/fuzz-$name.c" \
    "$builddir/src/core/libclaimline-core.a" $libs -lm
done

# Seed corpora: the project's fixtures, and a bounded sample of the shared
# corpora when they are there (files under 500 KiB).  Files are copied
# under numbered names, as several corpora use the same file name
# throughout.
seed () {
  corpus=$work/corpus-$1
  limit=$2
  shift 2
  mkdir -p "$corpus"
  for dir in "$@"; do
    [ -d "$dir" ] || continue
    find "$dir" -type f -size -500k
  done | sort | head -n "$limit" | {
    n=$(ls "$corpus" | wc -l)
    while IFS= read -r file; do
      n=$((n + 1))
      cp "$file" "$corpus/seed-$n"
    done
  }
}

seed_matching () {
  corpus=$work/corpus-$1
  pattern=$2
  limit=$3
  shift 3
  mkdir -p "$corpus"
  for dir in "$@"; do
    [ -d "$dir" ] || continue
    find "$dir" -type f -name "$pattern" -size -"${seed_max_kib:-500}"k
  done | sort | head -n "$limit" | {
    n=$(ls "$corpus" | wc -l)
    while IFS= read -r file; do
      n=$((n + 1))
      cp "$file" "$corpus/seed-$n"
    done
  }
}

fixtures=$srcdir/tests/fixtures
for name in $targets; do
  case $name in
    import-text)
      seed_matching "$name" '*.txt' 300 "$fixtures/import" "$fixtures/stories" \
        "$srcdir/data/sample"
      ;;
    import-html)
      # Seeds above the input cap would only be truncated into noise.
      seed_max_kib=500
      [ "$html_max_len" -gt 0 ] && seed_max_kib=$((html_max_len / 1024))
      seed_matching "$name" '*.html' 100 "$fixtures/import" "$fixtures/readable" \
        "$fixtures/feeds"
      seed_matching "$name" 'source.html' 200 "$shared/readability-pages"
      seed_max_kib=500
      ;;
    feed)
      seed "$name" 100 "$fixtures/feeds"
      seed_matching "$name" '*.xml' 300 "$shared/feedparser-tests"
      ;;
    opml)
      seed_matching "$name" '*.opml' 100 "$fixtures/feeds" "$srcdir/data"
      seed_matching "$name" '*.xml' 30 "$fixtures/feeds"
      ;;
    feed-date)
      corpus=$work/corpus-$name
      mkdir -p "$corpus"
      n=0
      for date in 'Tue, 10 Jun 2003 04:00:00 GMT' 'Sun, 6 Nov 94 08:49:37 +0100' \
                  '10 Jun 2003 04:00 EST' 'Wed, 02 Oct 2002 08:00:00 GMT+2' \
                  '2003-12-13T18:30:02Z' '2003-12-13T18:30:02.25+01:00' \
                  '2003-12' '2003' '2003-12-13' 'Sun Nov  6 08:49:37 1994' \
                  '13 déc. 2003 18:30' 'Mon, 31 Feb 2003 25:61:61 -9999'; do
        n=$((n + 1))
        printf '%s' "$date" > "$corpus/seed-$n"
      done
      ;;
    claims)
      seed_matching "$name" '*.txt' 300 "$fixtures/stories" "$srcdir/data/sample" \
        "$fixtures/import"
      ;;
  esac
done

# Runs.  GLib keeps some memory for the life of the process (type system,
# caches); LeakSanitizer only reports what an input leaks past that.
status=0
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
mkdir -p "$work/artifacts"
for name in $targets; do
  log=$work/fuzz-$name.log
  rc=0
  max_len=${FUZZ_MAX_LEN:-0}
  [ "$name" = import-html ] && max_len=$html_max_len
  set --
  [ "$max_len" -gt 0 ] && set -- -max_len="$max_len"
  "$builddir/fuzz-$name" "$@" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="${FUZZ_TIMEOUT:-10}" \
    -report_slow_units="${FUZZ_TIMEOUT:-10}" \
    -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$name-" \
    "$work/corpus-$name" >"$log" 2>&1 || rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  [ -n "$execs" ] ||
    execs=$(sed -n 's/^#\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  cov=$(sed -n 's/^#[0-9].* cov: \([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  crashes=$(find "$work/artifacts" -name "$name-*" -type f | wc -l)
  if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    crashes=1
  fi
  echo "fuzz-$name: ${execs:-0} execs, cov ${cov:-0}, crashes $crashes"

  if [ "$crashes" -ne 0 ]; then
    status=1
    mkdir -p "$fuzzdir/crashes"
    for artifact in "$work/artifacts/$name-"*; do
      [ -f "$artifact" ] || continue
      if [ "$(wc -c <"$artifact")" -le 4096 ]; then
        cp "$artifact" "$fuzzdir/crashes/"
      fi
      echo "  artifact: $(basename "$artifact") ($(wc -c <"$artifact") bytes)"
    done
    sed -n '/^==[0-9]*==ERROR\|runtime error\|^ *#[0-9]* 0x/p' "$log" | head -n 30 | sed 's/^/  /'
    cp "$log" "$builddir/fuzz-$name.log"
    echo "  log: $builddir/fuzz-$name.log"
  fi
done

exit $status
