#!/bin/sh
# test-cli-timeline.sh: claimline-cli timeline --svg / --png, headless:
# the drawings are well-formed, name the story's events and have sane
# sizes; bad paths fail with one line.
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
cli=${CLAIMLINE_CLI:?CLAIMLINE_CLI must name the claimline-cli binary}
srcdir=${G_TEST_SRCDIR:-$(dirname "$0")}
sample="$srcdir/../data/sample"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
passed=0
failed=0

ok () { passed=$((passed + 1)); echo "ok - $1"; }
not_ok () { failed=$((failed + 1)); echo "not ok - $1"; }
check () { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

# The width and height of a PNG, from its IHDR chunk.
png_size () {
  od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }'
}

# Well-formed XML, with python3 when it is there.
is_xml () {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" 2>/dev/null
  else
    head -c 200 "$1" | grep -q '<svg'
  fi
}

"$cli" timeline --svg "$work/sample.svg" --png "$work/sample.png" "$sample"/*.txt >"$work/out" 2>&1
check "timeline --svg --png exits 0" "[ $? -eq 0 ]"
check "no event listing while exporting" "[ ! -s '$work/out' ]"
check "the SVG is well-formed XML" "is_xml '$work/sample.svg'"
check "the SVG has a root svg element" "grep -q '<svg' '$work/sample.svg'"
check "the SVG names the founding" "grep -q '2016: Scale AI founded' '$work/sample.svg'"
check "the SVG names the revenue conflict" "grep -q '2023: Scale AI revenue \$870 million (conflict)' '$work/sample.svg'"
check "the SVG names the 2025 projection" "grep -q '2025: Scale AI revenue' '$work/sample.svg'"
check "the SVG lists events in date order" \
  "[ \"\$(sed -n '/<desc>/,/<\\/desc>/p' '$work/sample.svg' | grep -o '^[<a-z>]*[0-9]\\{4\\}' | grep -o '[0-9]\\{4\\}' | tr '\\n' ' ')\" = '2016 2023 2024 2024 2024 2025 2025 2025 2025 2025 ' ]"

signature=$(od -An -tx1 -N8 "$work/sample.png" | tr -d ' \n')
check "the PNG starts with the PNG signature" "[ '$signature' = '89504e470d0a1a0a' ]"
set -- $(png_size "$work/sample.png")
check "the PNG is 1200 pixels wide" "[ '$1' -eq 1200 ]"
check "the PNG is between 100 and 2000 pixels high ($2)" "[ '$2' -ge 100 ] && [ '$2' -le 2000 ]"

"$cli" timeline --json --png "$work/listed.png" "$sample"/*.txt >"$work/out" 2>&1
check "--json still lists the events when exporting" "grep -q '\"value\":\"2016\"' '$work/out'"
check "--json with --png writes the PNG" "[ -s '$work/listed.png' ]"

"$cli" timeline --png "$work/missing/dir/t.png" "$sample"/*.txt >"$work/out" 2>"$work/err"
status=$?
check "an unwritable path fails with exit 1" "[ $status -eq 1 ]"
check "and one line of error" "[ \$(wc -l < '$work/err') -eq 1 ] && grep -q 'could not write' '$work/err'"

"$cli" --db "$work/empty.db" timeline --svg "$work/empty.svg" >"$work/out" 2>&1
check "an empty store draws an empty timeline" "[ $? -eq 0 ] && is_xml '$work/empty.svg'"

seeds=${CLAIMLINE_SHARED_DIR:-}/seeds
if [ -d "$seeds" ]; then
  "$cli" timeline --svg "$work/seeds.svg" "$seeds"/*.txt >"$work/out" 2>&1
  check "the seeds' timeline draws" "[ $? -eq 0 ] && is_xml '$work/seeds.svg'"
  check "the seeds' founding" "grep -q '2016: Scale AI founded' '$work/seeds.svg'"
  check "the seeds' 2023 revenue conflict" "grep -q '2023: Scale AI revenue \$870 million (conflict)' '$work/seeds.svg'"
  check "the seeds' 8 June event" "grep -q '2025-06-08:' '$work/seeds.svg'"
else
  echo "# skip: $seeds not found (set CLAIMLINE_SHARED_DIR); seed timeline not checked"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
