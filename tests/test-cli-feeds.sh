#!/bin/sh
# test-cli-feeds.sh: claimline-cli's feed commands against a local web
# server (python3 -m http.server on 127.0.0.1, port 0).
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
cli=${CLAIMLINE_CLI:?CLAIMLINE_CLI must name the claimline-cli binary}
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..0 # SKIP python3 is needed for the local web server"
  exit 77
fi
work=$(mktemp -d)
server_pid=
cleanup () {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data"
db="$work/store.db"
site="$work/site"
mkdir "$site"
passed=0
failed=0

ok () { passed=$((passed + 1)); echo "ok - $1"; }
not_ok () { failed=$((failed + 1)); echo "not ok - $1"; }

# expect NAME STATUS PATTERN COMMAND…: as in test-cli.sh.
expect () {
  name=$1 status=$2 pattern=$3
  shift 3
  "$@" >"$work/out" 2>"$work/err"
  actual=$?
  if [ "$actual" -ne "$status" ]; then
    not_ok "$name: exit $actual, expected $status"; cat "$work/out" "$work/err"; return
  fi
  if [ -n "$pattern" ] && ! cat "$work/out" "$work/err" | grep -q -- "$pattern"; then
    not_ok "$name: output does not match '$pattern'"; cat "$work/out" "$work/err"; return
  fi
  if [ "$status" -ne 0 ] && [ "$(wc -l < "$work/err")" -ne 1 ]; then
    not_ok "$name: expected one line on stderr"; cat "$work/err"; return
  fi
  ok "$name"
}

# write_feed FILE TITLE N: an RSS feed with N items.
write_feed () {
  {
    echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    echo "<title>$2</title><link>http://127.0.0.1/</link><description>Test</description>"
    i=$3
    while [ "$i" -gt 0 ]; do
      echo "<item><title>$2 bulletin $i: quay repairs</title><guid>$2-$i</guid>"
      echo "<link>http://127.0.0.1/$2/$i</link><pubDate>Tue, 0$i Jun 2025 09:00:00 GMT</pubDate>"
      echo "<description>Repairs on quay $i of $2 will cost 1.$i million euros, the port said on Tuesday.</description></item>"
      i=$((i - 1))
    done
    echo '</channel></rss>'
  } > "$site/$1"
}

write_feed quay.xml "Quay Post" 2
write_feed gazette.xml "Harbour Gazette" 3
cat > "$site/index.html" <<'HTML'
<!DOCTYPE html><html><head><title>Harbour Gazette</title>
<link rel="alternate" type="application/rss+xml" href="/gazette.xml"></head>
<body><p>Front page.</p></body></html>
HTML
cat > "$site/bare.html" <<'HTML'
<!DOCTYPE html><html><head><title>No feed</title></head><body><p>Nothing.</p></body></html>
HTML

python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$site" > "$work/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 50); do
  port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$work/server.log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "1..0 # SKIP the local web server did not start"; exit 77
fi
base="http://127.0.0.1:$port"

expect "add-feed by feed URL" 0 "Subscribed to feed 1 “Quay Post”: 2 new articles" \
  "$cli" --db "$db" add-feed "$base/quay.xml" --folder News
expect "add-feed by page URL" 0 "“Harbour Gazette”: 3 new articles" \
  "$cli" --db "$db" add-feed "$base/"
expect "add-feed --title" 0 "“Renamed at once”" \
  "$cli" --db "$db" add-feed "$base/quay.xml?copy" --title "Renamed at once"
expect "add-feed of a missing feed" 1 "HTTP 404" "$cli" --db "$db" add-feed "$base/missing.xml"
expect "add-feed of a page without feed" 1 "names no feed" "$cli" --db "$db" add-feed "$base/bare.html"
expect "add-feed needs a URL" 2 "usage" "$cli" --db "$db" add-feed
expect "add-feed of no web address" 1 "not an http" "$cli" --db "$db" add-feed "ftp://127.0.0.1/x"

expect "feeds" 0 "Quay Post *News" "$cli" --db "$db" feeds
expect "feeds --json" 0 '"folder":"News"' "$cli" --db "$db" feeds --json
expect "articles from feeds are in the library" 0 "Harbour Gazette bulletin 3" "$cli" --db "$db" list

# http.server answers If-Modified-Since with 304.
expect "refresh, nothing new" 0 "not modified" "$cli" --db "$db" refresh 1
write_feed quay.xml "Quay Post" 4
touch -d "@$(( $(date +%s) + 5 ))" "$site/quay.xml"
expect "refresh of a changed feed" 0 "Quay Post: 2 new articles" "$cli" --db "$db" refresh 1
expect "refresh again adds nothing" 0 "0 new articles from 1 feeds" "$cli" --db "$db" refresh 1
expect "refresh --json" 0 '"not_modified":true' "$cli" --db "$db" --json refresh 2

cat > "$work/dead.opml" <<OPML
<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="Dead"><outline text="Gone Daily" type="rss" xmlUrl="$base/gone.xml"/></outline>
</body></opml>
OPML
expect "opml-import" 0 "Subscribed to 1 new feed" "$cli" --db "$db" opml-import "$work/dead.opml"
expect "refresh all: one failing feed" 0 "Gone Daily: error: .*HTTP 404" "$cli" --db "$db" refresh
expect "the others still refreshed" 0 "(1 failed)" "$cli" --db "$db" refresh
expect "refresh of only failing feeds" 1 "no feed could be refreshed" "$cli" --db "$db" refresh 4
expect "feeds shows the error" 0 "error: Cannot fetch .*HTTP 404" "$cli" --db "$db" feeds
expect "refresh of an unknown feed" 1 "no feed could be refreshed" "$cli" --db "$db" refresh 99
expect "refresh of no feed id" 2 "not a feed id" "$cli" --db "$db" refresh abc

expect "rename-feed" 0 "Feed 1 is now “Quay Chronicle”" "$cli" --db "$db" rename-feed 1 "Quay Chronicle"
expect "renamed in the list" 0 "Quay Chronicle" "$cli" --db "$db" feeds
expect "rename-feed of an unknown feed" 1 "no feed 99" "$cli" --db "$db" rename-feed 99 Title
expect "rename-feed of no feed id" 2 "not a feed id" "$cli" --db "$db" rename-feed x Title

expect "opml-export" 0 'text="Quay Chronicle"' "$cli" --db "$db" opml-export
expect "opml-export to a file" 0 "" "$cli" --db "$db" opml-export "$work/out.opml"
if grep -q 'title="Quay Chronicle"\|text="Quay Chronicle"' "$work/out.opml"; then ok "the exported file"; else not_ok "the exported file"; fi
expect "opml-import into another store" 0 "Subscribed to 4 new feeds" \
  "$cli" --db "$work/other.db" opml-import "$work/out.opml"
expect "round trip keeps title and folder" 0 "Quay Chronicle *News" "$cli" --db "$work/other.db" feeds
expect "opml-import of a missing file" 1 "cannot read" "$cli" --db "$db" opml-import "$work/none.opml"
expect "opml-import of something else" 1 "cannot import" "$cli" --db "$db" opml-import "$site/bare.html"

n_before=$("$cli" --db "$db" list | wc -l)
expect "remove-feed keeps articles" 0 "articles stay" "$cli" --db "$db" remove-feed 1
n_after=$("$cli" --db "$db" list | wc -l)
if [ "$n_before" -eq "$n_after" ]; then ok "articles kept ($n_after)"; else not_ok "articles kept: $n_before → $n_after"; fi
expect "remove-feed --delete-articles" 0 "and its articles" "$cli" --db "$db" remove-feed 2 --delete-articles
n_deleted=$("$cli" --db "$db" list | wc -l)
if [ "$n_deleted" -eq $((n_after - 3)) ]; then ok "articles deleted ($n_deleted left)"; else not_ok "articles deleted: $n_after → $n_deleted"; fi
expect "remove-feed of an unknown feed" 1 "no feed 2" "$cli" --db "$db" remove-feed 2

echo "1..$((passed + failed))"
[ "$failed" -eq 0 ]
