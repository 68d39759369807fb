#!/bin/sh
# test-local.sh: build, install and run the Claimline Flatpak on a machine
# that cannot reach Flathub.
#
# The GNOME runtime cannot be downloaded here, so this script makes a small
# stand-in from Debian 12 packages: a Platform and an SDK, each a minbase
# root filesystem made with mmdebstrap whose /usr becomes the runtime's files.
# It exports both into a local OSTree repository, installs them for the
# current user, builds flatpak/io.github.claimline.Claimline.json against
# them (a temporary copy with only the runtime and SDK names and version
# changed), installs the app, runs claimline-cli inside the sandbox, starts
# the GUI under Xvfb, takes a screenshot and checks the exported desktop
# entry and icon.
#
# The built runtimes are cached (see CLAIMLINE_FLATPAK_CACHE below), so a
# second run only rebuilds the app. Must run as root: it installs host tools
# with apt-get and builds root filesystems. The only network access it needs
# is the Debian mirror named in this machine's apt sources.
#
# Environment:
#   CLAIMLINE_FLATPAK_CACHE   cache folder (default:
#                             ${XDG_CACHE_HOME:-/var/tmp}/claimline-flatpak)
#   CLAIMLINE_FLATPAK_TMPDIR  where the temporary root filesystems go
#                             (default: /var/tmp; needs about 3 GB)
#   CLAIMLINE_FLATPAK_REBUILD set to 1 to rebuild the cached runtimes
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
app_id=io.github.claimline.Claimline
manifest=$top/flatpak/$app_id.json
screenshot=$top/flatpak/screenshots/flatpak-run.png

suite=bookworm
platform_id=io.github.claimline.DebianPlatform
sdk_id=io.github.claimline.DebianSdk
runtime_branch=12
remote=claimline-local
# Bump when the way the runtimes are put together changes, to drop the cache.
recipe=1

platform_packages="
  libglib2.0-0 libglib2.0-bin libgtk-4-1 libadwaita-1-0 libsoup-3.0-0
  libsqlite3-0 libxml2 libjson-glib-1.0-0
  glib-networking gsettings-desktop-schemas dconf-gsettings-backend
  fontconfig fonts-cantarell fonts-dejavu-core
  shared-mime-info librsvg2-common adwaita-icon-theme hicolor-icon-theme
  libgl1 libegl1 libegl-mesa0 libgles2 libgl1-mesa-dri
  xkb-data ca-certificates locales
"
sdk_packages="$platform_packages
  gcc libc6-dev meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev
  libsoup-3.0-dev libsqlite3-dev libxml2-dev libjson-glib-dev
  desktop-file-utils appstream-util
"
host_packages="
  flatpak flatpak-builder mmdebstrap debian-archive-keyring elfutils
  xvfb xauth x11-utils dbus dbus-x11 imagemagick python3 ca-certificates
"

cache=${CLAIMLINE_FLATPAK_CACHE:-${XDG_CACHE_HOME:-/var/tmp}/claimline-flatpak}
repo=$cache/repo
user_dir=${FLATPAK_USER_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/flatpak}

say () {
  printf '\n==> %s\n' "$*"
}

fail () {
  printf 'test-local.sh: error: %s\n' "$*" >&2
  exit 1
}

# ---------------------------------------------------------------------------
# Temporary folder, clean-up and timings.

tmp=""
gen_manifest=""
timings=""
phase_name=""
phase_start=0
script_start=$(date +%s)

saved_app_data=""
cleanup () {
  status=$?
  set +e
  [ -n "$gen_manifest" ] && rm -f "$gen_manifest"
  # Gives the user back the app's own data folder, set aside for the runs.
  if [ -n "$saved_app_data" ]; then
    rm -rf "$HOME/.var/app/$app_id"
    [ -e "$saved_app_data" ] && mv "$saved_app_data" "$HOME/.var/app/$app_id"
  fi
  [ -n "$tmp" ] && rm -rf "$tmp"
  if [ -n "$timings" ]; then
    printf '\nPhase timings:\n%b' "$timings"
    printf '  %-24s %5ss\n' "total" "$(( $(date +%s) - script_start ))"
  fi
  if [ "$status" -eq 0 ]; then
    printf '\ntest-local.sh: PASS\n'
  else
    [ -n "$phase_name" ] && printf 'test-local.sh: failed during "%s"\n' "$phase_name" >&2
    printf '\ntest-local.sh: FAIL\n' >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

begin () {
  phase_name=$1
  phase_start=$(date +%s)
  say "$1"
}

end () {
  elapsed=$(( $(date +%s) - phase_start ))
  timings="$timings$(printf '  %-24s %5ss' "$phase_name" "$elapsed")\n"
  printf '    [%s: %ss]\n' "$phase_name" "$elapsed"
  phase_name=""
}

[ "$(id -u)" -eq 0 ] ||
  fail "run this as root: it installs host tools with apt-get and builds root filesystems with mmdebstrap"
[ -f "$manifest" ] || fail "no manifest at $manifest"
case "$cache" in
  *[[:space:]]*) fail "the cache folder '$cache' must not contain spaces" ;;
esac

tmp=$(mktemp -d "${CLAIMLINE_FLATPAK_TMPDIR:-/var/tmp}/claimline-flatpak-test.XXXXXX")
mkdir -p "$cache"

# ---------------------------------------------------------------------------
begin "host tools"

missing=""
for p in $host_packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
fi
for tool in flatpak flatpak-builder mmdebstrap eu-strip xvfb-run xwininfo dbus-run-session import identify python3; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing after installing the host tools"
done
arch=$(flatpak --default-arch)
echo "$(flatpak --version), $(flatpak-builder --version), $(mmdebstrap --version), arch $arch"
end

# ---------------------------------------------------------------------------
# The runtimes: one mmdebstrap root filesystem each, cached in $repo.

# The Debian mirror(s) for $suite, read from this machine's apt sources.
write_sources () {
  python3 - "$suite" >"$tmp/sources.list" <<'EOF'
import glob
import os
import re
import sys

suite = sys.argv[1]
wanted = [suite, suite + "-updates", suite + "-security"]
lines = []


def add(uri, suites, components):
    if not re.match(r"(https?|file):", uri) or "main" not in components:
        return
    for s in suites:
        line = "deb %s %s main" % (uri, s)
        if s in wanted and line not in lines:
            lines.append(line)


def one_line_style(path):
    with open(path, encoding="utf-8") as f:
        for raw in f:
            words = raw.split("#", 1)[0].split()
            if not words or words[0] != "deb":
                continue
            words = words[1:]
            if words and words[0].startswith("["):
                while words and not words[0].endswith("]"):
                    words.pop(0)
                words = words[1:]
            if len(words) >= 3:
                add(words[0], [words[1]], words[2:])


def deb822_style(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for paragraph in re.split(r"\n[ \t]*\n", text):
        fields = {}
        key = None
        for raw in paragraph.splitlines():
            if raw.startswith("#"):
                continue
            if raw[:1] in (" ", "\t") and key:
                fields[key] += " " + raw.strip()
            elif ":" in raw:
                key, value = raw.split(":", 1)
                key = key.strip().lower()
                fields[key] = value.strip()
        if fields.get("enabled", "yes").lower() == "no":
            continue
        if "deb" not in fields.get("types", "").split():
            continue
        for uri in fields.get("uris", "").split():
            add(uri, fields.get("suites", "").split(),
                fields.get("components", "").split())


if os.path.exists("/etc/apt/sources.list"):
    one_line_style("/etc/apt/sources.list")
for path in sorted(glob.glob("/etc/apt/sources.list.d/*.list")):
    one_line_style(path)
for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
    deb822_style(path)

if not any(" %s main" % suite in line for line in lines):
    sys.exit("no Debian '%s' source with the main component in /etc/apt/sources.list "
             "or /etc/apt/sources.list.d/" % suite)
# The release itself first: mmdebstrap takes the essential set from it.
lines.sort(key=lambda line: wanted.index(line.split()[2]))
print("\n".join(lines))
EOF
}

# runtime_key PACKAGES: what a cached runtime was built from.
runtime_key () {
  # shellcheck disable=SC2086
  printf '%s\n' "recipe $recipe" "$suite" "$arch" $1 | sha256sum | cut -d' ' -f1
}

# runtime_cached ID PACKAGES: whether $repo holds ID built from PACKAGES.
runtime_cached () {
  [ "${CLAIMLINE_FLATPAK_REBUILD:-}" != 1 ] || return 1
  [ -f "$cache/$1.key" ] || return 1
  [ "$(cat "$cache/$1.key")" = "$(runtime_key "$2")" ] || return 1
  flatpak repo --branches "$repo" 2>/dev/null | grep -q "^runtime/$1/$arch/${runtime_branch}[[:space:]]"
}

# build_runtime ID LABEL PACKAGES: makes and exports runtime ID.
build_runtime () {
  id=$1
  label=$2
  packages=$3
  rootfs=$tmp/$id.rootfs
  dir=$tmp/$id

  begin "$label root filesystem"
  # Free space: a root filesystem, its export and the repository.
  avail=$(df -Pk "$tmp" | awk 'NR == 2 { print $4 }')
  [ "$avail" -ge 3000000 ] || fail "less than 3 GB free in $tmp"
  [ -s "$tmp/sources.list" ] || {
    write_sources || fail "could not read a Debian mirror from the apt sources"
    echo "Debian sources (from this machine's apt configuration):"
    sed 's/^/  /' "$tmp/sources.list"
  }
  mkdir -p "$cache/debs"
  # shellcheck disable=SC2086
  include=$(printf '%s\n' $packages | paste -sd, -)
  # The downloaded packages are kept in $cache/debs, so the SDK (a superset
  # of the Platform) and later rebuilds download only what is new.
  # shellcheck disable=SC2016
  mmdebstrap --mode=root --variant=minbase \
    --include="$include" \
    --aptopt='Acquire::Retries "3"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --skip=essential/unlink \
    --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
    --setup-hook="sync-in $cache/debs /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives $cache/debs" \
    "$suite" "$rootfs" "$tmp/sources.list" ||
    fail "mmdebstrap could not make the $label root filesystem (its output is above)"
  end

  begin "$label export"
  mkdir -p "$dir"
  mv "$rootfs/usr" "$dir/files"
  # Flatpak shows the runtime's /usr/etc as /etc.
  cp -a "$rootfs/etc" "$dir/files/etc"
  rm -rf "$rootfs"
  # Apps that bundle libraries find them in /app/lib; flatpak regenerates
  # the loader cache with the runtime's ldconfig, which it looks for in bin.
  grep -qx /app/lib "$dir/files/etc/ld.so.conf" || echo /app/lib >>"$dir/files/etc/ld.so.conf"
  [ -e "$dir/files/bin/ldconfig" ] || ln -s ../sbin/ldconfig "$dir/files/bin/ldconfig"
  {
    printf '[Runtime]\nname=%s\n' "$id"
    printf 'runtime=%s/%s/%s\n' "$platform_id" "$arch" "$runtime_branch"
    printf 'sdk=%s/%s/%s\n' "$sdk_id" "$arch" "$runtime_branch"
    if [ "$id" = "$sdk_id" ]; then
      printf '\n[Environment]\nLC_ALL=C.UTF-8\n'
    fi
  } >"$dir/metadata"
  flatpak build-export --runtime --files=files \
    --subject="$id from Debian $suite packages (claimline test-local.sh)" \
    "$repo" "$dir" "$runtime_branch"
  rm -rf "$dir"
  runtime_key "$packages" >"$cache/$id.key"
  end
}

for id in "$platform_id" "$sdk_id"; do
  if [ "$id" = "$platform_id" ]; then
    label=Platform packages=$platform_packages
  else
    label=SDK packages=$sdk_packages
  fi
  if runtime_cached "$id" "$packages"; then
    echo "$id//$runtime_branch: using the cached build in $repo"
  else
    rm -f "$cache/$id.key"
    build_runtime "$id" "$label" "$packages"
  fi
done

# ---------------------------------------------------------------------------
begin "runtime install"
flatpak --user remote-add --if-not-exists --no-gpg-verify "$remote" "file://$repo"
flatpak --user remote-modify --no-gpg-verify --url="file://$repo" "$remote"
flatpak --user install -y --noninteractive --or-update "$remote" \
  "runtime/$platform_id/$arch/$runtime_branch" "runtime/$sdk_id/$arch/$runtime_branch"
end

# ---------------------------------------------------------------------------
begin "app build"
# A copy of the real manifest next to it (its sources are relative to its
# folder) with only the runtime and SDK names and version substituted.
gen_manifest=$top/flatpak/.test-local-$$.json
python3 - "$manifest" "$gen_manifest" "$platform_id" "$sdk_id" "$runtime_branch" <<'EOF'
import json
import sys

source, target, runtime, sdk, version = sys.argv[1:]
with open(source, encoding="utf-8") as f:
    manifest = json.load(f)
for key in ("runtime", "runtime-version", "sdk"):
    if key not in manifest:
        sys.exit("%s has no %r" % (source, key))
print("Substituting %s//%s and %s with %s//%s and %s" % (
    manifest["runtime"], manifest["runtime-version"], manifest["sdk"],
    runtime, version, sdk))
manifest["runtime"] = runtime
manifest["runtime-version"] = version
manifest["sdk"] = sdk
with open(target, "w", encoding="utf-8") as f:
    json.dump(manifest, f, indent=2)
    f.write("\n")
EOF
# Build folders kept from failed builds.
rm -rf "$cache/flatpak-builder/build"
flatpak-builder --disable-rofiles-fuse --force-clean \
  --state-dir="$cache/flatpak-builder" --repo="$repo" \
  --subject="Claimline built by test-local.sh" \
  "$tmp/app" "$gen_manifest" ||
  fail "flatpak-builder could not build the app from the working tree (its output is above)"
rm -f "$gen_manifest"
gen_manifest=""
rm -rf "$tmp/app"
# Keep only the newest commit of each ref, so the cache does not grow.
flatpak build-update-repo --prune --prune-depth=0 "$repo" >/dev/null
end

# ---------------------------------------------------------------------------
begin "app install"
flatpak --user install -y --noninteractive --reinstall "$remote" "app/$app_id/$arch/master"
flatpak --user info "$app_id"
end

# ---------------------------------------------------------------------------
# Flatpak points XDG_DATA_HOME at ~/.var/app/APP_ID/data whatever --env
# says, so the runs would meet the store an earlier run left there: set that
# folder aside (cleanup puts it back) so that they start from a fresh store.
if [ -e "$HOME/.var/app/$app_id" ]; then
  saved_app_data=$tmp/saved-app-data
  mv "$HOME/.var/app/$app_id" "$saved_app_data"
else
  saved_app_data=$tmp/none
fi

# The sandbox gets no files of ours by its manifest; these runs grant a
# temporary data folder and the input folder, read-only.
appdata=$tmp/appdata
mkdir -p "$appdata/data" "$appdata/config" "$appdata/cache"
run_options="--filesystem=$appdata --env=XDG_DATA_HOME=$appdata/data --env=XDG_CONFIG_HOME=$appdata/config --env=XDG_CACHE_HOME=$appdata/cache"

begin "cli run"
seed=$top/../shared/seeds/000_596ccfb5675a9eb0.txt
[ -f "$seed" ] || seed=$top/data/sample/01-harbor-ledger.txt
seed=$(cd "$(dirname "$seed")" && pwd)/$(basename "$seed")
seed_dir=$(dirname "$seed")
samples=$top/data/sample
cli () {
  # shellcheck disable=SC2086
  flatpak run $run_options --filesystem="$seed_dir:ro" --filesystem="$samples:ro" \
    --command=claimline-cli "$app_id" "$@"
}
echo "claimline-cli claims --json $seed"
if cli claims --json "$seed" >"$tmp/claims.jsonl" 2>"$tmp/claims.err"; then
  claims_status=0
else
  claims_status=$?
fi
cat "$tmp/claims.err" >&2
if [ "$claims_status" -ne 0 ]; then
  fail "claimline-cli claims exited with $claims_status inside the sandbox"
fi
python3 - "$tmp/claims.jsonl" <<'EOF' || fail "claimline-cli claims printed no claims"
import json
import sys

claims = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            claims.append(json.loads(line))
claims = [c for c in claims if isinstance(c, dict) and c.get("text")]
print("%d claims, for example:" % len(claims))
for claim in claims[:3]:
    print("  [%s] %s" % (claim.get("kind"), claim["text"]))
sys.exit(0 if claims else 1)
EOF
# A few articles for the window to show.
cli import "$samples"/*.txt >/dev/null
cli list >"$tmp/list.txt"
cat "$tmp/list.txt"
[ -s "$tmp/list.txt" ] || fail "claimline-cli list printed nothing after import"
end

# ---------------------------------------------------------------------------
begin "gui run"
mkdir -p "$(dirname "$screenshot")"
rm -f "$screenshot"
cat >"$tmp/gui.sh" <<'EOF'
# gui.sh APP_ID SCREENSHOT LOG RUN_OPTIONS: runs inside Xvfb and D-Bus.
app_id=$1 screenshot=$2 log=$3 run_options=$4
# shellcheck disable=SC2086
flatpak run $run_options "$app_id" >"$log" 2>&1 &
pid=$!
shown=0
i=0
while [ "$i" -lt 60 ]; do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Claimline"'; then
    shown=1
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
  i=$((i + 1))
done
# Let the first frames draw.
[ "$shown" = 1 ] && sleep 3
import -window root "$screenshot"
shot=$?
running=0
kill -0 "$pid" 2>/dev/null && running=1
flatpak kill "$app_id" >/dev/null 2>&1
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ "$shown" = 1 ] || { echo "no Claimline window appeared within 60 s" >&2; exit 1; }
[ "$running" = 1 ] || { echo "the app exited on its own" >&2; exit 1; }
exit "$shot"
EOF
if xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
     sh "$tmp/gui.sh" "$app_id" "$screenshot" "$tmp/gui.log" "$run_options"; then
  gui_status=0
else
  gui_status=$?
fi
if [ -s "$tmp/gui.log" ]; then
  echo "Output of flatpak run:"
  sed 's/^/  /' "$tmp/gui.log"
fi
[ "$gui_status" -eq 0 ] || fail "the GUI did not start under Xvfb (see above)"
[ -s "$screenshot" ] || fail "no screenshot at $screenshot"
colours=$(identify -format '%k' "$screenshot")
echo "Screenshot: $screenshot ($(identify -format '%wx%h' "$screenshot"), $colours colours)"
[ "$colours" -gt 32 ] || fail "the screenshot looks blank ($colours colours)"
end

# ---------------------------------------------------------------------------
begin "exports check"
exports=$user_dir/exports/share
desktop=$exports/applications/$app_id.desktop
icon=$exports/icons/hicolor/scalable/apps/$app_id.svg
[ -f "$desktop" ] || fail "the desktop entry is not exported at $desktop"
grep -q "^Exec=.*flatpak run.*$app_id" "$desktop" ||
  fail "the exported desktop entry does not start the app with flatpak run"
[ -f "$icon" ] || fail "the icon is not exported at $icon"
echo "$desktop"
grep '^Exec=' "$desktop" | sed 's/^/  /'
echo "$icon"
end
