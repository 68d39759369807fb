#!/bin/sh
# run.sh: install what is needed, build, and start Claimline from the build
# tree. On first start it opens on its built-in sample story.
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build"

"$top/build-aux/install-deps.sh"
[ -f "$build/build.ninja" ] || meson setup "$build" "$top"
meson compile -C "$build"

export GSETTINGS_SCHEMA_DIR="$build/data"
exec "$build/src/ui/claimline" "$@"
