#!/bin/sh
# test-cli.sh: claimline-cli's exit codes and messages, good input and bad.
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
cli=${CLAIMLINE_CLI:?CLAIMLINE_CLI must name the claimline-cli binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Never the user's own store: the default path lives under XDG_DATA_HOME.
export XDG_DATA_HOME="$work/data"
db="$work/store.db"
passed=0
failed=0

ok () { passed=$((passed + 1)); echo "ok - $1"; }
not_ok () { failed=$((failed + 1)); echo "not ok - $1"; }

# expect NAME STATUS PATTERN COMMAND…: exit status and a grep pattern that
# the output (stdout+stderr) must match; errors must be exactly one line.
expect () {
  name=$1 status=$2 pattern=$3
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  actual=$?
  if [ "$actual" -ne "$status" ]; then
    not_ok "$name: exit $actual, expected $status"; cat "$work/out" "$work/err"; return
  fi
  if ! cat "$work/out" "$work/err" | grep -q -- "$pattern"; then
    not_ok "$name: output does not match '$pattern'"; cat "$work/out" "$work/err"; return
  fi
  if [ "$status" -ne 0 ] && [ "$(wc -l < "$work/err")" -ne 1 ]; then
    not_ok "$name: expected one line on stderr"; cat "$work/err"; return
  fi
  ok "$name"
}

cat > "$work/report.txt" <<'TEXT'
Tidal barrier opens after six years
Outlet: Estuary Post
Published: 14 March 2025

The new tidal barrier on the river mouth opened on Friday after six years of building work.

Engineers said the gates can close in under ten minutes when a surge is forecast.
TEXT
mkdir "$work/folder"
: > "$work/empty.txt"
printf '\000\001\002\003binary\000\000\377\376\000\000\000\000' > "$work/blob.txt"
printf 'This file is not a database, only some words.' > "$work/corrupt.db"

expect "import a text file" 0 "Tidal barrier opens" "$cli" --db "$db" import "$work/report.txt"
expect "import it again" 0 "Already" "$cli" --db "$db" import "$work/report.txt"
expect "list" 0 "Estuary Post" "$cli" --db "$db" list
expect "list --json" 0 '"published":"2025-03-14"' "$cli" --db "$db" list --json
expect "show" 0 "surge is forecast" "$cli" --db "$db" show 1
expect "show --json" 0 '"text":"The new tidal barrier' "$cli" --db "$db" show 1 --json
expect "search" 0 "Tidal barrier" "$cli" --db "$db" search gates
expect "search --json" 0 '"id":1' "$cli" --db "$db" --json search "surge"
expect "search with no match" 0 "No articles match" "$cli" --db "$db" search zeppelin
expect "default store under XDG_DATA_HOME" 0 "Imported" "$cli" import "$work/report.txt"
[ -f "$XDG_DATA_HOME/claimline/claimline.db" ] && ok "default store created" || not_ok "default store created"

expect "missing file" 1 "$work/nope.txt" "$cli" --db "$db" import "$work/nope.txt"
expect "a directory" 1 "irectory" "$cli" --db "$db" import "$work/folder"
expect "an empty file" 1 "empty" "$cli" --db "$db" import "$work/empty.txt"
expect "a binary file" 1 "blob.txt" "$cli" --db "$db" import "$work/blob.txt"
expect "a corrupt database" 1 "not a Claimline store" "$cli" --db "$work/corrupt.db" list
expect "a database path that is a directory" 1 "directory" "$cli" --db "$work/folder" list
expect "an unknown article" 1 "No article with id 99" "$cli" --db "$db" show 99
expect "an id that is not a number" 2 "not an article id" "$cli" --db "$db" show abc
expect "an empty search" 2 "no words" "$cli" --db "$db" search "?!"
expect "an unknown command" 2 "unknown command" "$cli" --db "$db" frobnicate
expect "an unknown option" 2 "unknown option" "$cli" --db "$db" list --colour
expect "no command" 2 "no command" "$cli"
expect "import without files" 2 "usage" "$cli" --db "$db" import
n=$("$cli" --db "$db" list --json | wc -l)
[ "$n" -eq 1 ] && ok "failed imports left nothing behind" || not_ok "failed imports left nothing behind ($n rows)"

# The claims engine and the comparison, on the project's own fixtures.
stories=${G_TEST_SRCDIR:-$(dirname "$0")}/fixtures/stories/northwind
printf 'Quarterly results\nOutlet: Test Wire\n\nAcme had revenue of $5 million last year, the company said.\n' > "$work/undated.txt"
expect "claims --json" 0 '"kind":"money"' "$cli" claims --json "$stories/01-coastal-courier.txt"
expect "claims offsets and attribute" 0 '"attribute":"funding round"' "$cli" claims --json "$stories/01-coastal-courier.txt"
expect "claims --dct resolves last year" 0 '"value":"2024"' "$cli" claims --json --dct 2025-03-01 "$work/undated.txt"
expect "claims without a date stay unresolved" 0 '"value":"XXXX"' "$cli" claims --json "$work/undated.txt"
expect "dates --json" 0 '"type":"DATE"' "$cli" dates --json --dct 2025-03-01 "$work/undated.txt"
expect "compare finds the time conflict" 0 '"conflict":"time"' "$cli" compare --json "$stories"/*
expect "compare finds the value conflict" 0 '"conflict":"value"' "$cli" compare --json "$stories"/*
expect "timeline --json" 0 '"value":"2024"' "$cli" timeline --json "$stories"/*
expect "brief in Markdown" 0 "## Conflicts" "$cli" brief "$stories"/*
expect "brief in HTML" 0 "<h2>Conflicts</h2>" "$cli" brief --format html "$stories"/*
expect "brief in JSON" 0 '"conflicts"' "$cli" brief --format json "$stories"/*
expect "an unknown brief format" 2 "unknown format" "$cli" brief --format xml "$stories"/*
printf 'Harbour dues rise\nOutlet: Test Wire\nPosted on 06/09/2025\n\nThe port raised its dues by 4%% on Monday.\n' > "$work/ambiguous.txt"
expect "dates read month first" 0 '"published":"2025-06-09"' "$cli" --db "$work/order1.db" --json import "$work/ambiguous.txt"
expect "--date-order day-month" 0 '"published":"2025-09-06"' "$cli" --db "$work/order2.db" --json --date-order day-month import "$work/ambiguous.txt"
expect "an unknown date order" 2 "date order" "$cli" --date-order sideways list
expect "a malformed --dct" 2 "YYYY-MM-DD" "$cli" claims --dct 03/01/2025 "$work/undated.txt"

seeds=${CLAIMLINE_SHARED_DIR:-}/seeds
if [ -d "$seeds" ]; then
  expect "import the five seeds" 0 "Imported" "$cli" --db "$work/seeds.db" import "$seeds"/*.txt
  n=$("$cli" --db "$work/seeds.db" list --json | wc -l)
  [ "$n" -eq 5 ] && ok "five seed articles listed" || not_ok "five seed articles listed ($n)"
  expect "search the seeds" 0 "Scale AI" "$cli" --db "$work/seeds.db" search valuation
  expect "the seeds' revenue conflict" 0 '"reason":"2023 vs 2024"' "$cli" compare --json "$seeds"/*.txt
else
  echo "# skip: $seeds not found (set CLAIMLINE_SHARED_DIR); seed import not checked"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
