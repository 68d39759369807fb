#!/bin/sh
# compare-claims.sh: Claimline's claims engine against the recognisers a
# user might otherwise script, on the same generated news-like corpus, in
# one run: chrono-node (dates) and Microsoft Recognizers-Text (numbers,
# currencies, percentages, dates and times), both on Node.
#
# Copyright 2026 The Claimline authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bench/compare-claims.sh BUILD_DIR [MEGABYTES]
#
# BUILD_DIR is a configured and built release tree (meson setup
# _build-release -Dbuildtype=release -Dgui=false).  bench-claims writes the
# corpus (one article a line) while it measures Claimline; the peers read
# that file, so every tool sees the same bytes.  The npm packages are
# installed into a temporary folder that is removed afterwards; nothing
# here is part of the build or of `meson test`.  The peers do less than
# Claimline (they find expressions; Claimline also assembles and normalises
# claims), so the ratio flatters them.

set -eu

if [ $# -lt 1 ]; then
  echo "Usage: $0 BUILD_DIR [MEGABYTES]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
megabytes=${2:-5}

for program in node npm; do
  command -v $program >/dev/null || { echo "$program is needed" >&2; exit 1; }
done
[ -x "$build/bench/bench-claims" ] || { echo "$build/bench/bench-claims is not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "Installing chrono-node and @microsoft/recognizers-text-suite into $work ..."
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
  chrono-node @microsoft/recognizers-text-suite >/dev/null)

claimline=$("$build/bench/bench-claims" "$megabytes" --dump "$work/corpus.txt")
echo "$claimline"

# Each peer runs over the lines of the corpus (up to a byte limit) once,
# after one warm-up line, on one core; it prints MB/s and how many
# expressions it found.
cat > "$work/run-peers.js" <<'EOF'
const fs = require('fs');
const chrono = require('chrono-node');
const rt = require('@microsoft/recognizers-text-suite');

const [corpusPath, which, maxBytes] = process.argv.slice(2);
const lines = [];
let taken = 0;
for (const line of fs.readFileSync(corpusPath, 'utf8').split('\n')) {
  if (line.length === 0 || taken >= Number(maxBytes))
    continue;
  lines.push(line);
  taken += Buffer.byteLength(line, 'utf8');
}
const bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(l, 'utf8'), 0);
const reference = new Date(Date.UTC(2025, 5, 8));
const en = rt.Culture.English;

const peers = {
  'chrono-node': (text) => chrono.parse(text, reference).length,
  'recognizers-text': (text) =>
    rt.recognizeNumber(text, en).length +
    rt.recognizeCurrency(text, en).length +
    rt.recognizePercentage(text, en).length +
    rt.recognizeDateTime(text, en, undefined, reference).length,
};

const run = peers[which];
run(lines[0]);
const start = process.hrtime.bigint();
let found = 0;
for (const line of lines)
  found += run(line);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = bytes / 1e6;
console.log(`${which}: ${mb.toFixed(2)} MB in ${seconds.toFixed(2)} s: ` +
            `${(mb / seconds).toPrecision(3)} MB/s, ${Math.round(found / mb)} expressions per MB; ` +
            `peak RSS ${Math.round(process.resourceUsage().maxRSS)} KiB`);
EOF

claimline_rate=$(echo "$claimline" | sed -n 's/.*: \([0-9.]*\) MB\/s.*/\1/p')
# Recognizers-Text manages about a kilobyte a second, so it reads only the
# first 100 KB of the corpus (the articles are alike: the rate holds).
for peer in chrono-node:1000000000 recognizers-text:100000; do
  limit=${peer#*:}
  peer=${peer%%:*}
  line=$(cd "$work" && node run-peers.js "$work/corpus.txt" "$peer" "$limit")
  echo "$line"
  rate=$(echo "$line" | sed -n 's/.*: \([0-9.]*\) MB\/s.*/\1/p')
  awk -v c="$claimline_rate" -v p="$rate" -v n="$peer" \
    'BEGIN { if (p > 0) printf "Claimline / %s: %.1f times the throughput\n", n, c / p }'
done
