#!/bin/sh
# compare-readability.sh: Claimline's main-text extractor against Mozilla
# Readability (with jsdom) on the pages of the article extraction benchmark,
# speed and F1 side by side.
#
# Copyright 2026 The Claimline authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bench/compare-readability.sh BUILD_DIR [ROUNDS]
#
# BUILD_DIR is a configured and built tree (a release build, for timings:
# meson setup _build-release -Dbuildtype=release -Dgui=false).  The corpus
# is $CLAIMLINE_SHARED_DIR/corpora/article-extraction-benchmark, by default
# ../shared next to the source tree.  @mozilla/readability and jsdom are
# installed with npm into a temporary folder that is removed afterwards;
# nothing here is part of the build or of `meson test`.  Both extractors
# are timed on pages already in memory (Readability: JSDOM parse plus
# parse(); Claimline: claimline_readable_extract()), and both outputs are
# scored by tests/score-extraction-benchmark with the same measure.

set -eu

if [ $# -lt 1 ]; then
  echo "Usage: $0 BUILD_DIR [ROUNDS]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
rounds=${2:-3}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
shared=${CLAIMLINE_SHARED_DIR:-$source_dir/../shared}
corpus=$shared/corpora/article-extraction-benchmark

for program in node npm; do
  command -v $program >/dev/null || { echo "$program is needed" >&2; exit 1; }
done
for tool in bench/bench-readable tests/score-extraction-benchmark; do
  [ -x "$build/$tool" ] || { echo "$build/$tool is not built" >&2; exit 1; }
done
[ -d "$corpus/html" ] || { echo "No corpus in $corpus" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "Installing @mozilla/readability and jsdom into $work ..."
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
  @mozilla/readability jsdom >/dev/null)

# Reads every page first, then times JSDOM + Readability over all of them,
# ROUNDS times; writes the last round's text in the benchmark's format.
cat > "$work/run-readability.js" <<'EOF'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [corpus, output, rounds] = process.argv.slice(2);
const truth = JSON.parse(fs.readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8'));
const pages = Object.keys(truth).sort().map((id) => ({
  id,
  url: truth[id].url,
  html: zlib.gunzipSync(fs.readFileSync(path.join(corpus, 'html', id + '.html.gz')))
    .toString('utf8'),
}));
const quiet = new VirtualConsole();
const result = {};
let failures = 0;

const start = process.hrtime.bigint();
for (let round = 0; round < Number(rounds); round++) {
  for (const page of pages) {
    let text = '';
    try {
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article && article.textContent ? article.textContent : '';
      dom.window.close();
    } catch (error) {
      // jsdom's CSS parser throws on some pages; they count as no text
      if (round === 0) failures++;
    }
    result[page.id] = { articleBody: text };
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
fs.writeFileSync(output, JSON.stringify({ version: 'readability', output: result }));
console.log(`${(pages.length * Number(rounds) / seconds).toFixed(1)} ${failures}`);
EOF

echo "Running Readability ($rounds round(s)) ..."
set -- $(node "$work/run-readability.js" "$corpus" "$work/readability.json" "$rounds")
theirs_speed=$1
theirs_failures=$2
echo "Running Claimline ($rounds round(s)) ..."
ours_line=$("$build/bench/bench-readable" "$corpus" "$rounds")
ours_speed=$(echo "$ours_line" | sed -n 's/.* \([0-9.]*\) pages\/s.*/\1/p')

export CLAIMLINE_SHARED_DIR="$shared"
ours_score=$("$build/tests/score-extraction-benchmark" \
  | sed -n 's/^article-extraction-benchmark: //p')
theirs_score=$("$build/tests/score-extraction-benchmark" --predictions "$work/readability.json" \
  | sed -n 's/^predictions: //p')

echo
printf '%-34s %10s   %s\n' "extractor" "pages/s" "score on the benchmark"
printf '%-34s %10s   %s\n' "Claimline (claimline-readable)" "$ours_speed" "$ours_score"
printf '%-34s %10s   %s\n' "Readability.js + jsdom (Node $(node --version))" \
  "$theirs_speed" "$theirs_score"
[ "$theirs_failures" = 0 ] \
  || echo "($theirs_failures page(s) made jsdom throw; they count as no text for Readability)"
echo
awk -v a="$ours_speed" -v b="$theirs_speed" 'BEGIN { printf "Claimline is %.1fx faster.\n", a / b }'
